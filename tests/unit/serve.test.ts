import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = join(process.cwd(), 'data/scripts/serve.mjs');
let busy: Server;
let port = 0;
let dir = '';

/** Run serve.mjs as a reader would and collect what it prints and how it ends. */
function serve(args: string[], env: Record<string, string> = {}) {
	return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
		const child = execFile(process.execPath, [SCRIPT, ...args], { env: { ...process.env, ...env }, timeout: 10_000 }, (error, stdout, stderr) =>
			resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr })
		);
		child.stdin?.end();
	});
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'serve-'));
	await writeFile(join(dir, 'index.html'), '<!doctype html><title>t</title>');
	// An earlier server still running on the port.
	busy = createServer((_, res) => res.end('earlier server'));
	await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
	const address = busy.address();
	port = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
	await new Promise<void>((r) => busy.close(() => r()));
	await rm(dir, { recursive: true, force: true });
});

describe('serve.mjs on a port already taken', () => {
	it('says the port is busy and how to choose another, exits 1, prints no stack trace', async () => {
		const { code, stdout, stderr } = await serve(['--dir', dir, '--port', String(port)]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toContain(`Port ${port} is already in use`);
		expect(stderr).toContain(`PORT=${port + 1} npm start`);
		expect(stderr).toContain(`--port ${port + 1}`);
		expect(stderr).not.toMatch(/EADDRINUSE|\n\s+at |node:internal/);
	});

	it('reads the port from PORT when no --port is given', async () => {
		const { code, stderr } = await serve(['--dir', dir], { PORT: String(port) });
		expect(code).toBe(1);
		expect(stderr).toContain(`Port ${port} is already in use`);
	});
});

describe('the static server’s caching', () => {
	it('lets a browser keep the content-hashed files for good and asks it to check everything else', async () => {
		const { serveStatic } = await import('../../data/scripts/static-server.mjs');
		const { mkdir } = await import('node:fs/promises');
		await mkdir(join(dir, '_app', 'immutable', 'chunks'), { recursive: true });
		await writeFile(join(dir, '_app', 'immutable', 'chunks', 'A1b2.js'), 'export {}');
		const server = await serveStatic(dir);
		try {
			const hashed = await fetch(`${server.url}/_app/immutable/chunks/A1b2.js`);
			expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
			const page = await fetch(`${server.url}/`);
			expect(page.headers.get('cache-control')).toBe('no-cache');
		} finally {
			await server.close();
		}
	});
});
