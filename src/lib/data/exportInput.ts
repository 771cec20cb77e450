/**
 * The map's data files, gathered for the downloads (./export.ts). Kept apart
 * from the pure conversion so its tests can pass in fixtures.
 */
import type { FeatureCollection } from 'geojson';
import { places } from '../../../data/geo/places';
import { unrest } from '../../../data/geo/unrest';
import { airliftRoutes } from '../../../data/geo/airlift';
import { cstoStates } from '../../../data/geo/csto';
import { buildupSites } from '../../../data/geo/buildup';
import { crisisFeatures } from '../../../data/geo/crises';
import { venues } from '../../../data/geo/diplomacy';
import { occupiedAreas } from '../../../data/geo/occupied';
import occupiedShapes from '../../../static/geo/occupied.json';
import { datasets, type Dataset, type ExportInput } from './export';
import type { T } from '../i18n/ui';

export const exportInput: ExportInput = {
	places,
	unrest,
	airliftRoutes,
	cstoStates,
	buildupSites,
	crisisFeatures,
	venues,
	occupiedAreas,
	occupiedShapes: occupiedShapes as unknown as FeatureCollection
};

/** Every download, from the data the map draws; titles and row descriptions in the language of `t` (the About page's words; English when absent). */
export const mapDatasets = (t?: T): Dataset[] => datasets(exportInput, t);
