/**
 * The crises the opening map dates: where each took place and the year it
 * began, as the New Statesman's Ido Vock linked them (Belarus and
 * Nagorno-Karabakh in 2020, Kazakhstan in 2022) and RFE/RL and The
 * Conversation traced back to Crimea and the Donbas in 2014. The marker sits on
 * the crisis's centre of gravity; the label is the region and its year.
 */
import type { PatternRecord } from '../../src/lib/map/records';

export const patternRecords: PatternRecord[] = [
	{ id: 'crimea', name: 'Crimea', when: '2014', lngLat: [34.2, 45.2], labelSide: 'below', sources: ['003_eea78401d5d2a198.txt'] },
	{ id: 'donbas', name: 'Donbas', when: '2014', lngLat: [38.6, 48.3], labelSide: 'right', sources: ['003_eea78401d5d2a198.txt'] },
	{ id: 'belarus', name: 'Belarus', when: '2020', lngLat: [27.56, 53.9], labelSide: 'above', sources: ['001_702f0e2e004c6f4a.txt'] },
	{ id: 'karabakh', name: 'Nagorno-Karabakh', when: '2020', lngLat: [46.75, 39.82], labelSide: 'below', sources: ['001_702f0e2e004c6f4a.txt'] },
	{ id: 'kazakhstan', name: 'Kazakhstan', when: 'January 2022', lngLat: [76.95, 43.24], labelSide: 'above', sources: ['001_702f0e2e004c6f4a.txt', '004_1fdcc4a3134de60e.txt'] }
];
