// @ts-check
/**
 * For the scripts that put two versions side by side (`compare.mjs`, `suite.mjs`): running a
 * command, and checking out another commit beside the working tree with its packages.
 */
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs a command to its end; its trimmed output, or an error with the command and its last lines.
 * @param {string} cmd
 * @param {string[]} args
 * @param {string} cwd
 */
export function run(cmd, args, cwd) {
	const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${(r.stdout + r.stderr).split('\n').slice(-15).join('\n')}`);
	return r.stdout.trim();
}

/**
 * `commit` checked out in a temporary git worktree beside `root`, using `root`'s node_modules.
 * A commit whose package-lock.json differs is refused: its code would run with other packages.
 * @param {string} root the working tree
 * @param {string} commit
 * @param {string} prefix the temporary folder's name prefix
 * @returns {Promise<{ tree: string; remove: () => void }>}
 */
export async function checkoutBeside(root, commit, prefix) {
	const tree = await mkdtemp(join(tmpdir(), prefix));
	run('git', ['worktree', 'add', '--detach', tree, commit], root);
	const remove = () => void run('git', ['worktree', 'remove', '--force', tree], root);
	try {
		const [lockHere, lockThere] = await Promise.all([readFile(join(root, 'package-lock.json'), 'utf8'), readFile(join(tree, 'package-lock.json'), 'utf8')]);
		if (lockHere !== lockThere) throw new Error(`${commit} has other packages (package-lock.json differs): only commits that share this tree's packages can run beside it`);
		symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
	} catch (e) {
		remove();
		throw e;
	}
	return { tree, remove };
}
