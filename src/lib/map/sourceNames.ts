/** Short source credits for legends: "TASS, 7 January 2022". */
import { sourceCredits } from './sourceCredits';

const byId = new Map(sourceCredits.map((s) => [s.id, s]));

export function sourceLabel(id: string): string | undefined {
	const s = byId.get(id);
	return s ? `${s.publisher}, ${s.date}` : undefined;
}

export function sourcesNote(ids: readonly string[]): string {
	return [...new Set(ids.map((id) => byId.get(id)?.publisher ?? id))].join('; ');
}
