/** HTML escaping, on its own so that modules needing only this do not bring the step-text builders (./html.ts) with them. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function esc(text: string | number): string {
	return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
