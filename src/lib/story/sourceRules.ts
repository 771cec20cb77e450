/**
 * The rules a source record must meet before the story can be published: a
 * reader must be able to find every source. Each broken rule is a problem with
 * the path of the field, and fails the build (./validate.ts runs these).
 *
 * - publisher, headline and date are given; the date is ISO (`YYYY`,
 *   `YYYY-MM`, `YYYY-MM-DD`);
 * - there is a canonical public address (`url`), or `noUrl` says why not;
 * - every address (`url`, `readAt.url`) is https on a public host: no
 *   localhost, IP literal, reserved name (.local, .test, .example …) or
 *   staging, preview, dev or test host;
 * - a headline that is not English has its translation;
 * - the publisher is who published the original: how it was read ("via …",
 *   "republished") belongs in `readAt` or the note;
 * - the claims a source supports are kept in `supports`, not in its note.
 */
import { checkString, isRecord, type Problem } from './checks';
import { isIsoDate } from './dates';

/** Top-level names no public site can have (RFC 2606, RFC 6761, RFC 6762, and ICANN's .internal). */
const RESERVED_TLDS = ['localhost', 'local', 'test', 'example', 'invalid', 'internal', 'lan', 'home', 'corp', 'localdomain'];
/** Host labels (or hyphen-separated parts of one) that mark a site not meant for readers. */
const NON_PUBLIC_LABELS = ['staging', 'stage', 'preview', 'dev', 'test', 'internal', 'localhost'];
/** Second-level names reserved for documentation (RFC 2606). */
const EXAMPLE_DOMAINS = /^example\.(com|net|org)$/;

/** Why an address is not a public https address; null when it is. */
export function addressProblem(url: unknown): string | null {
	if (typeof url !== 'string' || url.trim() === '') return 'must be an https:// address';
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return `"${url}" is not an address`;
	}
	if (u.protocol !== 'https:') return `"${url}" must be an https:// address`;
	const host = u.hostname.toLowerCase().replace(/\.$/, '');
	if (host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host) || /^\d+$/.test(host))
		return `"${url}" is on an IP address, not a public host name`;
	const labels = host.split('.');
	if (labels.length < 2) return `"${url}" is not on a public host (${host})`;
	const tld = labels[labels.length - 1] as string;
	if (RESERVED_TLDS.includes(tld) || EXAMPLE_DOMAINS.test(labels.slice(-2).join('.')))
		return `"${url}" is not on a public host (${host})`;
	// The top-level name itself is left out: .dev is a public top-level domain.
	const marked = labels.slice(0, -1).find((l) => l.split('-').some((part) => NON_PUBLIC_LABELS.includes(part)));
	if (marked) return `"${url}" is on a non-public host (${host}: "${marked}")`;
	return null;
}

/** "via", "read via", "as reported by", "citing", "republished": how a source was read, not who published it. */
const READ_THROUGH = /\b(read via|via|as reported by|citing|republished|republishing)\b/i;

const isEnglish = (lang: string): boolean => /^en(-|$)/i.test(lang.trim());

/** Every problem with one source record, by path (`sources[3].url`). */
export function checkSourceRules(s: Record<string, unknown>, path: string): Problem[] {
	const problems: Problem[] = [];
	problems.push(...checkString(s.publisher, `${path}.publisher`));
	if (typeof s.publisher === 'string') {
		const m = READ_THROUGH.exec(s.publisher);
		if (m)
			problems.push({
				path: `${path}.publisher`,
				message: `"${s.publisher}" says how the source was read ("${m[0]}"): name the original publisher, and put the rest in readAt or the note`
			});
	}
	problems.push(...checkString(s.headline, `${path}.headline`));
	const dateBad = checkString(s.date, `${path}.date`);
	problems.push(...dateBad);
	if (!dateBad.length && !isIsoDate(s.date as string))
		problems.push({ path: `${path}.date`, message: `"${s.date}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); say the rest in dateNote` });
	problems.push(...checkString(s.dateNote, `${path}.dateNote`, { optional: true }));

	if (s.url === undefined) {
		if (typeof s.noUrl !== 'string' || s.noUrl.trim() === '')
			problems.push({ path: `${path}.url`, message: 'missing: give the canonical public address, or say in noUrl why there is none' });
	} else {
		const bad = addressProblem(s.url);
		if (bad) problems.push({ path: `${path}.url`, message: bad });
		if (s.noUrl !== undefined) problems.push({ path: `${path}.noUrl`, message: 'given with a url: keep one of the two' });
	}

	if (s.readAt !== undefined) {
		if (!isRecord(s.readAt)) problems.push({ path: `${path}.readAt`, message: 'expected { label, url }' });
		else {
			problems.push(...checkString(s.readAt.label, `${path}.readAt.label`));
			const bad = addressProblem(s.readAt.url);
			if (bad) problems.push({ path: `${path}.readAt.url`, message: bad });
		}
	}

	if (s.headlineLang !== undefined) {
		const bad = checkString(s.headlineLang, `${path}.headlineLang`);
		problems.push(...bad);
		if (!bad.length && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s.headlineLang as string))
			problems.push({ path: `${path}.headlineLang`, message: `"${s.headlineLang}" is not a BCP 47 language tag ("ru", "uk", "de")` });
		else if (!bad.length && !isEnglish(s.headlineLang as string)) {
			if (typeof s.headlineEnglish !== 'string' || s.headlineEnglish.trim() === '')
				problems.push({ path: `${path}.headlineEnglish`, message: `missing: the headline is in "${s.headlineLang}"; give its English translation` });
		}
	}
	problems.push(...checkString(s.headlineEnglish, `${path}.headlineEnglish`, { optional: true }));

	if (s.supports !== undefined) {
		if (!isRecord(s.supports) || Object.keys(s.supports).length === 0)
			problems.push({ path: `${path}.supports`, message: 'expected claims by key: { key: "what the source says" }' });
		else
			for (const [key, claim] of Object.entries(s.supports)) {
				if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key))
					problems.push({ path: `${path}.supports.${key}`, message: `"${key}" is not a key (lowercase letters, digits, hyphens)` });
				problems.push(...checkString(claim, `${path}.supports.${key}`));
			}
	}

	if (s.note !== undefined) {
		const bad = checkString(s.note, `${path}.note`);
		problems.push(...bad);
		if (!bad.length && /\bSupports\s*:/i.test(s.note as string))
			problems.push({ path: `${path}.note`, message: 'lists what the source supports: move that into supports, by claim key' });
	}
	return problems;
}
