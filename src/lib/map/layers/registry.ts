/**
 * The one place that maps a layer name a story uses to its module. To add a
 * layer: write a module with the LayerModule shape, give its settings a type in
 * ./settings.ts, and list it here. The order is the drawing order (later on top).
 */
import { airliftLayer } from './airlift';
import { arcLayer } from './arc';
import { buildupLayer } from './buildup';
import { crisesLayer } from './crises';
import { diplomacyLayer } from './diplomacy';
import { highlightLayer } from './highlight';
import { membershipLayer } from './membership';
import { namesLayer } from './names';
import { occupiedLayer } from './occupied';
import { patternLayer } from './pattern';
import { placesLayer } from './places';
import type { LayerName } from './settings';
import type { LayerModule } from './types';
import { unrestLayer } from './unrest';

export const layerRegistry = {
	highlight: highlightLayer,
	membership: membershipLayer,
	occupied: occupiedLayer,
	arc: arcLayer,
	crises: crisesLayer,
	buildup: buildupLayer,
	unrest: unrestLayer,
	diplomacy: diplomacyLayer,
	airlift: airliftLayer,
	pattern: patternLayer,
	places: placesLayer,
	// Last to mount, so it can slide its labels under every other layer's (see ./names.ts).
	names: namesLayer
} satisfies { [K in LayerName]: LayerModule<Extract<import('./settings').AnyLayerUse, { layer: K }>> };

export const layerOrder = Object.keys(layerRegistry) as LayerName[];

export function layerModule(name: string): LayerModule | undefined {
	return (layerRegistry as unknown as Record<string, LayerModule | undefined>)[name];
}
