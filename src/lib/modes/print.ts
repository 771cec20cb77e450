/**
 * Printing: the step pictures load lazily, so before the page goes to paper
 * every one is asked for at once, and the handout button waits for them.
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

/** Load every picture, then open the print dialog. */
export async function printHandout(): Promise<void> {
	await Promise.all(loadAll().map((img) => img.decode().catch(() => undefined)));
	window.print();
}
