/** Checks shared by the layers whose settings are a date range. */
import { checkIsoDate, checkKnownKeys, checkRange, type Problem } from '../../story/checks';

export function checkDateRange(use: Record<string, unknown>, keys: readonly string[]): Problem[] {
	return [
		...checkKnownKeys(use, '', keys),
		...checkIsoDate(use.from, 'from'),
		...checkIsoDate(use.to, 'to'),
		...checkRange(use.from, use.to, 'to')
	];
}

/** Records dated on or before `date`, the latest per key. */
export function latestBy<T>(records: readonly T[], date: string, dateOf: (r: T) => string, keyOf: (r: T) => string): T[] {
	const out = new Map<string, T>();
	// ISO dates sort as plain strings; localeCompare would start a collator for nothing.
	for (const r of [...records].sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0)))
		if (dateOf(r) <= date) out.set(keyOf(r), r);
	return [...out.values()];
}
