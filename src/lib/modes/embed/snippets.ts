/**
 * The code a newsroom pastes to embed the story: a pym.js snippet, a plain
 * iframe with a small resize listener, and an oEmbed-style description.
 * Every URL is absolute, built from wherever the site is served, and every
 * value is escaped for the place it lands (HTML attribute or script string).
 */
import { defaultBg, type EmbedBg, type EmbedMode, type EmbedTheme } from './params';
import { esc } from '$lib/story/escape';

export interface EmbedChoice {
	mode: EmbedMode;
	/** First and last step ids, for a range. */
	from?: string;
	to?: string;
	/** The step, for a single step. */
	step?: string;
	theme: EmbedTheme;
	/** The background; left out, the theme's own (white or dark). */
	bg?: EmbedBg;
}

/** The background a choice asks for that its theme would not give anyway, else null. */
function bgParam(choice: EmbedChoice): EmbedBg | null {
	return choice.bg && choice.bg !== defaultBg(choice.theme) ? choice.bg : null;
}

/** The query string for a choice, empty for the whole story in the light theme on white. */
export function embedQuery(choice: EmbedChoice): string {
	const q = new URLSearchParams();
	if (choice.mode === 'range' && choice.from && choice.to) {
		q.set('from', choice.from);
		q.set('to', choice.to);
	} else if (choice.mode === 'single' && choice.step) q.set('step', choice.step);
	if (choice.theme === 'dark') q.set('theme', 'dark');
	const bg = bgParam(choice);
	if (bg) q.set('bg', bg);
	const s = q.toString();
	return s ? `?${s}` : '';
}

/** `embedPage` is the absolute URL of /embed on this site. */
export function embedUrl(embedPage: string, choice: EmbedChoice): string {
	return `${embedPage}${embedQuery(choice)}`;
}

/** A JavaScript string literal that cannot end the <script> element it sits in. */
export function jsString(s: string): string {
	return JSON.stringify(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A pattern matching exactly this origin, for pym's `xdomain` (pym only anchors its end). */
export function originPattern(origin: string): string {
	return `^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
}

/** An element id for the pym container, readable and unique per choice. */
export function containerId(slug: string, choice: EmbedChoice): string {
	const part = choice.mode === 'range' ? `${choice.from}-to-${choice.to}` : choice.mode === 'single' ? choice.step : 'story';
	const bg = bgParam(choice);
	return `${slug}-${part}${choice.theme === 'dark' ? '-dark' : ''}${bg ? `-${bg}` : ''}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

export interface SnippetInput {
	/** Absolute URL of the embed, with its query. */
	src: string;
	/** The origin serving the embed, to accept messages from it only. */
	origin: string;
	/** Title of the iframe, read out by screen readers. */
	title: string;
}

/** For pages that use pym.js: a container, the site's own copy of pym.js, and a pym.Parent. */
export function pymSnippet(input: SnippetInput & { pymUrl: string; id: string }): string {
	const config = `{ title: ${jsString(input.title)}, xdomain: ${jsString(originPattern(input.origin))} }`;
	return [
		`<div id="${esc(input.id)}"></div>`,
		`<script src="${esc(input.pymUrl)}"></script>`,
		`<script>new pym.Parent(${jsString(input.id)}, ${jsString(input.src)}, ${config});</script>`
	].join('\n');
}

/** A plain iframe at a fixed height, without scripts (for oEmbed and CMSs that strip them). */
export function iframeTag(input: SnippetInput & { height: number }): string {
	return `<iframe src="${esc(input.src)}" title="${esc(input.title)}" width="100%" height="${Math.ceil(input.height)}" style="border:0;width:100%;display:block" scrolling="no" loading="lazy"></iframe>`;
}

/**
 * A plain iframe that starts at a fixed height (enough for a phone) and,
 * where scripts are allowed, follows the embed's AMP-style `embed-size`
 * messages from the embed's own origin.
 */
export function iframeSnippet(input: SnippetInput & { height: number }): string {
	const listener =
		`(function(f){window.addEventListener('message',function(e){var d=e.data;` +
		`if(e.origin!==${jsString(input.origin)}||e.source!==f.contentWindow||!d||d.sentinel!=='amp'||d.type!=='embed-size')return;` +
		`var h=Number(d.height);if(h>0&&h<1e5)f.style.height=Math.ceil(h)+'px';});})(document.currentScript.previousElementSibling);`;
	return `${iframeTag(input)}\n<script>${listener}</script>`;
}

export interface OEmbed {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
}

export function oEmbed(input: { title: string; provider: string; providerUrl: string; html: string; width: number; height: number }): OEmbed {
	return {
		type: 'rich',
		version: '1.0',
		title: input.title,
		provider_name: input.provider,
		provider_url: input.providerUrl,
		html: input.html,
		width: Math.round(input.width),
		height: Math.ceil(input.height)
	};
}
