import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { story } from '../../data/story';
import manifest from '../../static/snapshots/manifest.json';
import { fnv1a64, snapshotKey } from '../../src/lib/snapshots/key';

type Entry = { key: string; files: Record<string, string>; webp: Record<string, string>; avif: Record<string, string> };
const steps = manifest.steps as Record<string, Entry | undefined>;
const langs = ((manifest as { langs?: Record<string, Record<string, string>> }).langs ?? {}) as Record<string, Record<string, string> | undefined>;

describe('step snapshots', () => {
	it('hashes the same state the same way and a changed state differently', () => {
		const s = story.steps[0]!;
		expect(snapshotKey(s)).toBe(snapshotKey(structuredClone(s)));
		expect(snapshotKey({ ...s, camera: { ...s.camera, bounds: [[s.camera.bounds[0][0] - 1, s.camera.bounds[0][1]], s.camera.bounds[1]] } })).not.toBe(snapshotKey(s));
		expect(snapshotKey({ ...s, layers: [] })).not.toBe(snapshotKey(s));
		expect(fnv1a64('')).toBe('cbf29ce484222325');
	});

	it.each(story.steps.map((s) => [s.id, s] as const))('has an up-to-date picture of step "%s" in both shapes (else run npm run snapshots)', (id, step) => {
		const entry = steps[id];
		expect(entry, `no snapshot of "${id}"`).toBeDefined();
		expect(entry!.key, `the snapshot of "${id}" is out of date`).toBe(snapshotKey(step));
		for (const size of ['wide', 'phone']) {
			const file = `static/${entry!.files[size]}`;
			expect(existsSync(file), file).toBe(true);
			expect(statSync(file).size, file).toBeGreaterThan(5_000);
			// The WebP copy is the poster phones load first: it must exist and be the smaller file.
			const webp = `static/${entry!.webp?.[size]}`;
			expect(existsSync(webp), webp).toBe(true);
			expect(readFileSync(webp).subarray(8, 12).toString('latin1'), webp).toBe('WEBP');
			expect(statSync(webp).size, webp).toBeLessThan(statSync(file).size);
			// The AVIF copy comes before it where the browser takes AVIF: smaller again.
			const avif = `static/${entry!.avif?.[size]}`;
			expect(existsSync(avif), avif).toBe(true);
			expect(readFileSync(avif).subarray(4, 12).toString('latin1'), avif).toBe('ftypavif');
			expect(statSync(avif).size, avif).toBeLessThan(statSync(webp).size);
		}
	});

	it('keeps no picture of a step the story no longer has', () => {
		const ids = new Set(story.steps.map((s) => s.id));
		expect(Object.keys(steps).filter((id) => !ids.has(id))).toEqual([]);
		for (const lang of ['ru', 'uk']) expect(Object.keys(langs[lang] ?? {}).filter((id) => !ids.has(id)), lang).toEqual([]);
	});

	it('hashes a language’s map words into its pictures’ keys', () => {
		const s = story.steps[0]!;
		expect(new Set([snapshotKey(s), snapshotKey(s, 'ru'), snapshotKey(s, 'uk')]).size).toBe(3);
		expect(() => snapshotKey(s, 'de')).toThrow(/no map words for "de"/);
	});

	// Each language's pictures show its map labels and key: made by the same script, kept fresh by the same check.
	describe.each(['ru', 'uk'])('in %s', (lang) => {
		it.each(story.steps.map((s) => [s.id, s] as const))('has an up-to-date picture of step "%s" in both shapes and three formats', (id, step) => {
			const key = langs[lang]?.[id];
			expect(key, `no ${lang} snapshot of "${id}" (run npm run snapshots -- --langs ${lang})`).toBeDefined();
			expect(key, `the ${lang} snapshot of "${id}" is out of date (run npm run snapshots -- --langs ${lang})`).toBe(snapshotKey(step, lang));
			for (const size of ['wide', 'phone']) {
				const [jpg, webp, avif] = ['jpg', 'webp', 'avif'].map((ext) => `static/snapshots/${lang}/${id}-${size}.${ext}`) as [string, string, string];
				for (const f of [jpg, webp, avif]) expect(existsSync(f), f).toBe(true);
				expect(statSync(jpg).size, jpg).toBeGreaterThan(5_000);
				expect(readFileSync(webp).subarray(8, 12).toString('latin1'), webp).toBe('WEBP');
				expect(readFileSync(avif).subarray(4, 12).toString('latin1'), avif).toBe('ftypavif');
				expect(statSync(avif).size, avif).toBeLessThan(statSync(jpg).size);
			}
		});
	});
});
