// subset-font ships no types: the one call data/scripts/fonts.mjs makes.
declare module 'subset-font' {
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; noLayoutClosure?: boolean; preserveNameIds?: number[]; variationAxes?: Record<string, number | { min: number; max: number; default?: number }> }
	): Promise<Buffer>;
}
