/** Places by id, for the layers that point at them. */
import { places } from '../../../data/geo/places';
import type { Place } from './records';

export const placeById: ReadonlyMap<string, Place> = new Map(places.map((p) => [p.id, p]));
export const placeIds: ReadonlySet<string> = new Set(placeById.keys());

export function placeAt(id: string): Place {
	const p = placeById.get(id);
	if (!p) throw new Error(`unknown place "${id}"`);
	return p;
}
