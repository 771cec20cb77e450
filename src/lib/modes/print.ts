/**
 * Printing: the step pictures load lazily, and the source list comes after
 * the first screen ($lib/story/sourceList.ts), so before the page goes to
 * paper every picture is asked for at once, and the handout button waits for
 * them and for the list.
 */

const PICTURES = 'img.print-picture';

function loadAll(): HTMLImageElement[] {
	const imgs = Array.from(document.querySelectorAll<HTMLImageElement>(PICTURES));
	for (const img of imgs) img.loading = 'eager';
	return imgs;
}

/** Make Ctrl+P / Cmd+P fetch the pictures too; returns a cleanup function. */
export function preparePrinting(): () => void {
	const onBefore = () => void loadAll();
	window.addEventListener('beforeprint', onBefore);
	return () => window.removeEventListener('beforeprint', onBefore);
}

/** Load every picture and the source list, then open the print dialog. */
export async function printHandout(): Promise<void> {
	await Promise.all([...loadAll().map((img) => img.decode().catch(() => undefined)), import('$lib/story/sourceList').then((m) => m.sourcesListed())]);
	window.print();
}
