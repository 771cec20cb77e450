import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();

describe('the copy of pym.js the embed code points newsrooms to', () => {
	it('is the installed package’s file, byte for byte (run `node data/scripts/copy-pym.mjs` after upgrading pym.js)', () => {
		const served = readFileSync(join(root, 'static', 'embed', 'pym.v1.min.js'));
		const installed = readFileSync(join(root, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'));
		expect(served.equals(installed)).toBe(true);
	});

	it('ships with its licence', () => {
		expect(readFileSync(join(root, 'static', 'embed', 'pym.LICENSE.txt'), 'utf8')).toBe(readFileSync(join(root, 'node_modules', 'pym.js', 'LICENSE'), 'utf8'));
	});

	it('sends height messages in the format the embed parses and writes', () => {
		// The embed re-implements pym's child side; pin the parts of pym it relies on.
		const src = readFileSync(join(root, 'node_modules', 'pym.js', 'dist', 'pym.v1.js'), 'utf8');
		expect(src).toContain("var MESSAGE_DELIMITER = 'xPYMx';");
		expect(src).toContain("var bits = ['pym', id, messageType, message];");
		expect(src).toContain("this.onMessage('height', this._onHeightMessage);");
		expect(src).toContain("'&childId=' + this.id");
	});
});
