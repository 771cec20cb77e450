/** A parsed HTML fragment to query, as a browser would see the markup (linkedom). */
import { parseHTML as parse } from 'linkedom';

export function parseHTML(fragment: string): Document {
	return parse(`<!doctype html><html><body>${fragment}</body></html>`).document as unknown as Document;
}
