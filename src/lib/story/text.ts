/**
 * Step text is plain text with `{cite:ID}` markers. It is split into segments;
 * ./html.ts escapes every text segment and writes each citation as a link, so
 * nothing in a story file can inject markup.
 */

export type Segment = { kind: 'text'; text: string } | { kind: 'cite'; id: string };

const CITE = /\{cite:([^}\s]+)\}/g;

export function segments(paragraph: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const m of paragraph.matchAll(CITE)) {
		const at = m.index ?? 0;
		if (at > last) out.push({ kind: 'text', text: paragraph.slice(last, at) });
		out.push({ kind: 'cite', id: m[1] as string });
		last = at + m[0].length;
	}
	if (last < paragraph.length) out.push({ kind: 'text', text: paragraph.slice(last) });
	return out;
}

export function citedSources(paragraph: string): string[] {
	return segments(paragraph).flatMap((s) => (s.kind === 'cite' ? [s.id] : []));
}

/** The paragraph as a reader hears it: citations dropped, spaces tidied. */
export function plainText(paragraph: string): string {
	return paragraph.replace(CITE, '').replace(/\s+([.,;:])/g, '$1').replace(/\s{2,}/g, ' ').trim();
}

/** A fragment id for a source, safe in URLs and HTML ids. */
export function sourceAnchor(id: string): string {
	return `source-${id.replace(/\.txt$/, '').replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
