/**
 * The embed's side of the conversation with the page that frames it: its
 * height whenever it changes (as pym.js and AMP messages), step events, and
 * the few commands a host may send. pym.js itself is not loaded here; its
 * child half is a dozen lines of it, re-implemented against its message format.
 */
import { ampSizeMessage, parseHostMessage, pymMessage, type EmbedEvent, type HostCommand } from './messages';

export interface HostLinkOptions {
	childId: string | null;
	/** When the URL names the host (pym's parentUrl), only that origin may send commands. */
	parentOrigin: string | null;
	/** Steps a host may send the embed to. */
	steps: readonly string[];
	onCommand: (command: HostCommand) => void;
}

/** Height of the whole document, whatever the iframe's own height is. */
function documentHeight(): number {
	return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

export class HostLink {
	private readonly opts: HostLinkOptions;
	private readonly parent: Window | null;
	private lastHeight = -1;
	private observer: ResizeObserver | null = null;

	constructor(opts: HostLinkOptions) {
		this.opts = opts;
		this.parent = window.parent !== window ? window.parent : null;
	}

	/** Start reporting the height and listening for commands; returns the cleanup. */
	start(): () => void {
		// The observer reports each element's size once it is first laid out, so the first height
		// goes out after the page's own first layout: measuring here, as the page starts, would
		// make the browser lay the whole embed out an extra time inside its start.
		this.observer = new ResizeObserver(() => this.sendHeight());
		this.observer.observe(document.documentElement);
		this.observer.observe(document.body);
		window.addEventListener('message', this.onMessage);
		// Web fonts change line breaks after the first layout.
		document.fonts?.ready.then(() => this.sendHeight(true));
		return () => {
			this.observer?.disconnect();
			window.removeEventListener('message', this.onMessage);
		};
	}

	/** Tell the host the document's height; `force` sends it even if unchanged. */
	sendHeight(force = false): void {
		const height = documentHeight();
		if (!force && height === this.lastHeight) return;
		this.lastHeight = height;
		document.documentElement.dataset.reportedHeight = String(height);
		if (this.opts.childId !== null) this.post(pymMessage(this.opts.childId, 'height', height));
		this.post(ampSizeMessage(height));
	}

	send(event: EmbedEvent): void {
		this.post(event);
	}

	private post(message: unknown): void {
		// Nothing sent is private (a public story's step ids and a height), so
		// any host may read it: newsroom pages sit on origins the embed cannot know.
		this.parent?.postMessage(message, '*');
	}

	private onMessage = (e: MessageEvent): void => {
		if (this.parent === null || e.source !== this.parent) return;
		if (this.opts.parentOrigin !== null && e.origin !== this.opts.parentOrigin) return;
		const command = parseHostMessage(e.data, { childId: this.opts.childId, steps: this.opts.steps });
		if (!command) return;
		// pym's parent sends its width when it resizes: answer with the height, as pym's child does.
		if (command.kind === 'width') this.sendHeight(true);
		this.opts.onCommand(command);
	};
}
