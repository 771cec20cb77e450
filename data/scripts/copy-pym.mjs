// Copies pym.js's parent library (and its licence) from the installed
// package to static/embed/, so the embed-code page can point newsrooms at a
// copy served by this site rather than at anyone else's server. Run it after
// installing or upgrading pym.js: `node data/scripts/copy-pym.mjs`.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = join(root, 'node_modules', 'pym.js');
const out = join(root, 'static', 'embed');

const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
mkdirSync(out, { recursive: true });
copyFileSync(join(pkg, 'dist', 'pym.v1.min.js'), join(out, 'pym.v1.min.js'));
copyFileSync(join(pkg, 'LICENSE'), join(out, 'pym.LICENSE.txt'));
console.log(`copied pym.js ${version} to static/embed/`);
