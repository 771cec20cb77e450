/**
 * Step text is plain text with `{cite:ID}` markers. It is split into segments;
 * ./html.ts escapes every text segment and writes each citation as a link, so
 * nothing in a story file can inject markup.
 *
 * A citation may name the claim it backs: `{cite:ID#key}`, where `key` is one
 * of the source's `supports` keys. Figures' and records' `sources` entries may
 * carry a key the same way (`ID#key`); `sourceId` strips it where a plain id is
 * needed.
 */

export type Segment = { kind: 'text'; text: string } | { kind: 'cite'; id: string; claim?: string };

const CITE = /\{cite:([^}\s]+)\}/g;

/** A source reference split into its source id and the claim key it names, if any. */
export function parseRef(ref: string): { id: string; claim?: string } {
	const at = ref.indexOf('#');
	return at < 0 ? { id: ref } : { id: ref.slice(0, at), claim: ref.slice(at + 1) };
}

/** The plain source id of a reference: `"tass-2022-01-07#airlift"` → `"tass-2022-01-07"`. */
export function sourceId(ref: string): string {
	return parseRef(ref).id;
}

export function segments(paragraph: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const m of paragraph.matchAll(CITE)) {
		const at = m.index ?? 0;
		if (at > last) out.push({ kind: 'text', text: paragraph.slice(last, at) });
		const { id, claim } = parseRef(m[1] as string);
		out.push(claim === undefined ? { kind: 'cite', id } : { kind: 'cite', id, claim });
		last = at + m[0].length;
	}
	if (last < paragraph.length) out.push({ kind: 'text', text: paragraph.slice(last) });
	return out;
}

/** The plain ids of the sources a paragraph cites, in order (claim keys stripped). */
export function citedSources(paragraph: string): string[] {
	return segments(paragraph).flatMap((s) => (s.kind === 'cite' ? [s.id] : []));
}

/** Every citation in a paragraph with the claim it names, if any. */
export function citations(paragraph: string): Array<{ id: string; claim?: string }> {
	return segments(paragraph).flatMap((s) => (s.kind === 'cite' ? [s.claim === undefined ? { id: s.id } : { id: s.id, claim: s.claim }] : []));
}

/** The paragraph as a reader hears it: citations dropped, spaces tidied. */
export function plainText(paragraph: string): string {
	return paragraph.replace(CITE, '').replace(/\s+([.,;:])/g, '$1').replace(/\s{2,}/g, ' ').trim();
}

/** A fragment id for a source, safe in URLs and HTML ids. */
export function sourceAnchor(id: string): string {
	return `source-${sourceId(id).replace(/\.txt$/, '').replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
