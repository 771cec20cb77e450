/**
 * What the map's key says of a source: its id, publisher and date. The build
 * gives the browser these three fields alone, not the whole source list
 * (data/scripts/client-data.ts).
 */
import { sources } from '../../../data/sources.ts';

export interface SourceCredit {
	id: string;
	publisher: string;
	date: string;
}

export const sourceCredits: SourceCredit[] = sources.map(({ id, publisher, date }) => ({ id, publisher, date }));
