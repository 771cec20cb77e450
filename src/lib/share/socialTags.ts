/**
 * Link-preview tags (canonical, Open Graph, Twitter card) for a page, as one
 * escaped HTML string for the page's <head>. A string and not a dozen Svelte
 * elements: the tags never change while a page is open, and as elements each
 * one was a node and an attribute update for the page to wire up as it starts.
 */
import { esc } from '$lib/story/escape';
import { SNAPSHOT_SIZES } from '$lib/snapshots/sizes';
import { LANGS, type Lang } from '$lib/i18n/ui';

/** Open Graph locales for the page's language and its alternates. */
const OG_LOCALE: Readonly<Record<Lang, string>> = { en: 'en_GB', ru: 'ru_RU', uk: 'uk_UA' };

export interface SocialTags {
	title: string;
	description: string;
	/** Site-relative path of the preview picture ("snapshots/x-wide.jpg"), if any. */
	image: string | null;
	/** Site-relative path of the page ("" for the story, "step/x"). */
	path: string;
	/** Where the site lives, e.g. "https://example.org". */
	origin: string;
	/** The page's language (English by default): the path gains its segment ("ru/step/x"). */
	lang?: Lang;
}

export function socialTagsHtml({ title, description, image, path, origin, lang = 'en' }: SocialTags): string {
	const url = `${origin}/${[lang === 'en' ? '' : lang, path].filter(Boolean).join('/')}`;
	const tags = [
		`<link rel="canonical" href="${esc(url)}">`,
		'<meta property="og:type" content="article">',
		`<meta property="og:locale" content="${OG_LOCALE[lang]}">`,
		...LANGS.filter((l) => l !== lang).map((l) => `<meta property="og:locale:alternate" content="${OG_LOCALE[l]}">`),
		`<meta property="og:title" content="${esc(title)}">`,
		`<meta property="og:description" content="${esc(description)}">`,
		`<meta property="og:url" content="${esc(url)}">`
	];
	if (image) {
		const src = esc(`${origin}/${image}`);
		tags.push(
			`<meta property="og:image" content="${src}">`,
			`<meta property="og:image:width" content="${SNAPSHOT_SIZES.wide.width}">`,
			`<meta property="og:image:height" content="${SNAPSHOT_SIZES.wide.height}">`,
			'<meta name="twitter:card" content="summary_large_image">',
			`<meta name="twitter:image" content="${src}">`
		);
	}
	tags.push(`<meta name="twitter:title" content="${esc(title)}">`, `<meta name="twitter:description" content="${esc(description)}">`);
	return tags.join('');
}
