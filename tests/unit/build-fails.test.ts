import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = process.cwd();
let dir = '';

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a malformed story file', () => {
	it('fails the build with the path and reason of every bad field', async () => {
		dir = await mkdtemp(join(tmpdir(), 'story-build-'));
		for (const f of ['src', 'data', 'static', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'package.json', 'security.config.js'])
			await cp(join(ROOT, f), join(dir, f), { recursive: true });
		await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
		const file = join(dir, 'data/story.ts');
		const text = await readFile(file, 'utf8');
		// Break two fields the way an editor might: a zoom out of range and a misspelt layer.
		await writeFile(
			file,
			`${text}\n(story.steps[7] as any).camera.bounds = [[80, 40], [40, 50]];\n(story.steps[9] as any).layers[0] = { layer: 'airlfit' };\n`
		);
		const result = await run('npx', ['vite', 'build'], { cwd: dir, env: { ...process.env, CI: 'true' } }).then(
			(r) => ({ ok: true, out: r.stdout + r.stderr }),
			(e: { stdout: string; stderr: string }) => ({ ok: false, out: e.stdout + e.stderr })
		);
		expect(result.ok, 'the build must fail').toBe(false);
		expect(result.out).toContain('steps[7].camera.bounds: west (80) must be less than east (40)');
		expect(result.out).toContain('steps[9].layers[0]: unknown layer "airlfit"');
	}, 240_000);

	it('fails the build when a translation misses a string or has one the English does not, naming the language, the step and the field', async () => {
		dir ||= await mkdtemp(join(tmpdir(), 'story-build-'));
		const lang = join(dir, 'translation');
		for (const f of ['src', 'data', 'static', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'package.json', 'security.config.js'])
			await cp(join(ROOT, f), join(lang, f), { recursive: true });
		await symlink(join(ROOT, 'node_modules'), join(lang, 'node_modules'), 'dir');
		const file = join(lang, 'data/i18n/uk.json');
		const words = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
		delete words['step.airlift.heading'];
		words['step.airlift.subhead'] = 'Зайвий рядок';
		await writeFile(file, JSON.stringify(words, null, '\t'));
		const result = await run('npx', ['vite', 'build'], { cwd: lang, env: { ...process.env, CI: 'true' } }).then(
			(r) => ({ ok: true, out: r.stdout + r.stderr }),
			(e: { stdout: string; stderr: string }) => ({ ok: false, out: e.stdout + e.stderr })
		);
		expect(result.ok, 'the build must fail').toBe(false);
		expect(result.out).toContain('uk: step airlift, heading: missing');
		expect(result.out).toMatch(/uk: step airlift, subhead: extra/);
	}, 240_000);
});
