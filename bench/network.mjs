// @ts-check
/**
 * Bytes over the wire. The page's network log (CDP Network events) gives each
 * request's `encodedDataLength`: what came down the connection, compressed,
 * headers included. It cannot see what a worker or a service worker fetches,
 * and it reports a response a service worker answered from its cache as if it
 * had come down the wire. The server's own log sees exactly what went down the
 * wire. So the two are reconciled: each response the server sent is matched to
 * the page's request of the same path and size when there is one ('browser'),
 * and kept as seen only by the server otherwise ('server': worker and service
 * worker traffic). Requests the page made that never reached the server were
 * answered from a cache and cost nothing on the wire.
 */
import { bytesByKind } from './classify.mjs';

/** @typedef {{ url: string, path: string, mimeType: string, bytes: number | null }} PageRequest */
/** @typedef {{ path: string, status: number, bytes: number, type: string }} WireEntry */
/** @typedef {{ order: number, path: string, type: string, status: number, bytes: number, seenBy: 'browser' | 'server' }} Transfer */

/**
 * Start keeping the page's requests, in the order it makes them.
 * @param {{ on: (event: any, fn: (e: any) => void) => unknown, send: (method: any, params?: any) => Promise<unknown> }} cdp a Playwright CDPSession
 */
export async function recordNetwork(cdp) {
	/** @type {Map<string, PageRequest>} */
	const byId = new Map();
	/** @type {PageRequest[]} */
	const list = [];
	cdp.on('Network.requestWillBeSent', (e) => {
		const url = String(e.request.url);
		if (!/^https?:/.test(url) || byId.has(e.requestId)) return;
		const r = { url, path: new URL(url).pathname, mimeType: '', bytes: null };
		byId.set(e.requestId, r);
		list.push(r);
	});
	cdp.on('Network.responseReceived', (e) => {
		const r = byId.get(e.requestId);
		if (r) r.mimeType = e.response.mimeType ?? '';
	});
	cdp.on('Network.loadingFinished', (e) => {
		const r = byId.get(e.requestId);
		if (r) r.bytes = e.encodedDataLength;
	});
	await cdp.send('Network.enable');
	return { requests: () => list };
}

/**
 * What went down the wire, in the order the server received the requests.
 * @param {WireEntry[]} wire the server's log for this page
 * @param {PageRequest[]} page the page's own requests
 * @returns {{ transfers: Transfer[], fromCache: number }}
 */
export function reconcile(wire, page) {
	const unused = new Set(page.keys());
	const transfers = wire.map((w, order) => {
		let match = -1;
		for (const i of unused) {
			const p = /** @type {PageRequest} */ (page[i]);
			if (p.path === w.path && p.bytes === w.bytes) {
				match = i;
				break;
			}
		}
		if (match >= 0) unused.delete(match);
		const p = page[match];
		/** @type {Transfer} */
		const t = { order, path: w.path, type: w.type || p?.mimeType || '', status: w.status, bytes: w.bytes, seenBy: match >= 0 ? 'browser' : 'server' };
		return t;
	});
	return { transfers, fromCache: unused.size };
}

/**
 * The transfers of the first screen: everything requested before the first
 * request for a file that only the map needs (MapLibre's chunk or worker, or
 * geodata).
 * @param {Transfer[]} transfers in order
 * @param {Set<string>} mapPaths
 * @returns {{ transfers: Transfer[], cutAt: string | null }}
 */
export function firstScreen(transfers, mapPaths) {
	const i = transfers.findIndex((t) => mapPaths.has(t.path));
	return i < 0 ? { transfers, cutAt: null } : { transfers: transfers.slice(0, i), cutAt: /** @type {Transfer} */ (transfers[i]).path };
}

/**
 * Bytes by kind, with counts.
 * @param {Transfer[]} transfers
 */
export function summarize(transfers) {
	return {
		...bytesByKind(transfers.map((t) => ({ url: t.path, mimeType: t.type, bytes: t.bytes }))),
		count: transfers.length,
		// Fetched by a worker or service worker, which the page's own log cannot see.
		workerBytes: transfers.filter((t) => t.seenBy === 'server').reduce((s, t) => s + t.bytes, 0)
	};
}
