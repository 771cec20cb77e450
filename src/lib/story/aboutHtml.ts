/**
 * "About this story" and the corrections log as HTML strings, every piece of
 * text escaped (see ./html.ts for why static text is written as strings).
 */
import type { About, Correction } from './types';
import { esc } from './html';
import { dateLocale, formatDate } from './dates';
import { tEn, type Lang, type T } from '../i18n/ui';

/** A fragment id for an About section: prefixed, so it never meets a step id. */
export const aboutAnchor = (id: string): string => `about-${id}`;

/** The About sections: a heading and its paragraphs each. */
export function aboutSectionsHtml(about: About, level: 2 | 3 = 3): string {
	return about.sections
		.map(
			(s) =>
				`<section class="about-section" aria-labelledby="${esc(aboutAnchor(s.id))}">` +
				`<h${level} id="${esc(aboutAnchor(s.id))}">${esc(s.heading)}</h${level}>` +
				s.body.map((p) => `<p>${esc(p)}</p>`).join('') +
				'</section>'
		)
		.join('');
}

/** The corrections log, newest first, each with its date, the steps it changed (linked to the story) and what was wrong and is right. */
export function correctionsHtml(
	corrections: readonly Correction[],
	stepHeading: (id: string) => string | undefined,
	storyPage = '/',
	t: T = tEn,
	lang: Lang = 'en'
): string {
	const sorted = [...corrections].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
	return sorted
		.map((c) => {
			const steps = c.steps.length
				? ` <span class="where">${c.steps.map((id) => `<a href="${esc(`${storyPage}#${id}`)}">${esc(stepHeading(id) ?? id)}</a>`).join('; ')}</span>`
				: '';
			return (
				`<li><p class="when"><time datetime="${esc(c.date)}">${esc(formatDate(c.date, dateLocale(lang)))}</time>${steps}</p>` +
				`<p><span class="label">${esc(t('corrections.was'))}</span> ${esc(c.wrong)}</p>` +
				`<p><span class="label">${esc(t('corrections.now'))}</span> ${esc(c.right)}</p></li>`
			);
		})
		.join('');
}
