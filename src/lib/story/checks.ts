/**
 * Small field checks shared by the story validator and the layer modules.
 * Each returns problems as `{ path, message }` so the caller can report the
 * full path of every bad field at once instead of stopping at the first.
 */

export interface Problem {
	path: string;
	message: string;
}

export const formatProblem = (p: Problem): string => `${p.path}: ${p.message}`;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a step id may be: lowercase letters and digits, joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v));

export function checkString(v: unknown, path: string, opts: { optional?: boolean; max?: number } = {}): Problem[] {
	if (v === undefined && opts.optional) return [];
	if (typeof v !== 'string') return [{ path, message: `expected text, got ${show(v)}` }];
	if (v.trim() === '') return [{ path, message: 'must not be empty' }];
	if (opts.max !== undefined && v.length > opts.max)
		return [{ path, message: `is ${v.length} characters long; at most ${opts.max}` }];
	return [];
}

export function checkNumber(v: unknown, path: string, min: number, max: number): Problem[] {
	if (typeof v !== 'number' || !Number.isFinite(v)) return [{ path, message: `expected a number, got ${show(v)}` }];
	if (v < min || v > max) return [{ path, message: `${v} is outside ${min}–${max}` }];
	return [];
}

export function checkOneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): Problem[] {
	if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return [];
	return [{ path, message: `${show(v)} is not one of ${allowed.map((a) => `"${a}"`).join(', ')}` }];
}

/** An array of ids that must each be known; `what` names the kind for the message. */
export function checkIdList(
	v: unknown,
	path: string,
	known: ReadonlySet<string>,
	what: string,
	opts: { allowEmpty?: boolean; optional?: boolean } = {}
): Problem[] {
	if (v === undefined && opts.optional) return [];
	if (!Array.isArray(v)) return [{ path, message: `expected a list of ${what} ids, got ${show(v)}` }];
	const problems: Problem[] = [];
	if (v.length === 0 && !opts.allowEmpty) problems.push({ path, message: `must name at least one ${what}` });
	const seen = new Set<string>();
	v.forEach((id, i) => {
		if (typeof id !== 'string' || !known.has(id)) problems.push({ path: `${path}[${i}]`, message: `unknown ${what} ${show(id)}` });
		else if (seen.has(id)) problems.push({ path: `${path}[${i}]`, message: `${show(id)} is listed twice` });
		seen.add(id as string);
	});
	return problems;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkIsoDate(v: unknown, path: string): Problem[] {
	if (typeof v !== 'string' || !ISO_DATE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
		return [{ path, message: `expected a date as YYYY-MM-DD, got ${show(v)}` }];
	return [];
}

/** `from` must not come after `to` (works for ISO dates and for numbers). */
export function checkRange(from: unknown, to: unknown, path: string): Problem[] {
	if ((typeof from === 'string' && typeof to === 'string') || (typeof from === 'number' && typeof to === 'number'))
		return from > to ? [{ path, message: `from ${show(from)} comes after to ${show(to)}` }] : [];
	return [];
}

export function checkLngLat(v: unknown, path: string): Problem[] {
	if (!Array.isArray(v) || v.length !== 2) return [{ path, message: `expected [longitude, latitude], got ${show(v)}` }];
	return [...checkNumber(v[0], `${path}[0]`, -180, 180), ...checkNumber(v[1], `${path}[1]`, -85, 85)];
}

/** Fields a settings object may not carry: catches typos such as `lables`. */
export function checkKnownKeys(v: Record<string, unknown>, path: string, allowed: readonly string[]): Problem[] {
	return Object.keys(v)
		.filter((k) => !allowed.includes(k))
		.map((k) => ({ path: path ? `${path}.${k}` : k, message: `unknown setting; expected one of ${allowed.join(', ')}` }));
}
