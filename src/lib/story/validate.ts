/**
 * The runtime check of a story: everything the Story type cannot say. It runs
 * at build time (vite.config.ts fails the build) and in unit tests, and reports
 * every bad field with its path, e.g. `steps[7].camera.zoom: 40 is outside 0–22`.
 */
import { layerRegistry } from '../map/layers/registry';
import type { LayerModule } from '../map/layers/types';
import { inBounds, stepPoints } from '../map/extent';
import type { LngLat, Step } from './types';
import {
	checkIdList,
	checkKnownKeys,
	checkLngLat,
	checkNumber,
	checkString,
	formatProblem,
	isRecord,
	SLUG,
	type Problem
} from './checks';
import { citedSources } from './text';

function checkSources(v: unknown): { problems: Problem[]; ids: Set<string> } {
	const ids = new Set<string>();
	if (!Array.isArray(v)) return { problems: [{ path: 'sources', message: 'expected a list of sources' }], ids };
	const problems: Problem[] = [];
	const firstAt = new Map<string, number>();
	v.forEach((s, i) => {
		const path = `sources[${i}]`;
		if (!isRecord(s)) return problems.push({ path, message: 'expected a source object' });
		problems.push(...checkString(s.id, `${path}.id`));
		if (typeof s.id === 'string') {
			const prev = firstAt.get(s.id);
			if (prev !== undefined) problems.push({ path: `${path}.id`, message: `duplicate of sources[${prev}].id` });
			else firstAt.set(s.id, i);
			ids.add(s.id);
		}
		problems.push(...checkString(s.publisher, `${path}.publisher`));
		if (s.author !== null) problems.push(...checkString(s.author, `${path}.author`));
		problems.push(...checkString(s.date, `${path}.date`));
		problems.push(...checkString(s.headline, `${path}.headline`));
		if (s.kind !== 'seed' && s.kind !== 'background')
			problems.push({ path: `${path}.kind`, message: `expected "seed" or "background", got ${JSON.stringify(s.kind)}` });
		if (s.url !== undefined && (typeof s.url !== 'string' || !/^https:\/\//.test(s.url)))
			problems.push({ path: `${path}.url`, message: 'must be an https:// address' });
	});
	return { problems, ids };
}

function checkCamera(v: unknown, path: string): Problem[] {
	if (!isRecord(v)) return [{ path, message: 'expected a camera { bounds, bearing, pitch }' }];
	const problems: Problem[] = [
		...checkNumber(v.bearing, `${path}.bearing`, -180, 180),
		...checkNumber(v.pitch, `${path}.pitch`, 0, 85),
		...checkKnownKeys(v, path, ['bounds', 'bearing', 'pitch'])
	];
	const b = v.bounds;
	if (!Array.isArray(b) || b.length !== 2) return [...problems, { path: `${path}.bounds`, message: 'expected [[west, south], [east, north]]' }];
	const corner = [...checkLngLat(b[0], `${path}.bounds[0]`), ...checkLngLat(b[1], `${path}.bounds[1]`)];
	if (corner.length) return [...problems, ...corner];
	const [[w, s], [e, n]] = b as [[number, number], [number, number]];
	if (!(w < e)) problems.push({ path: `${path}.bounds`, message: `west (${w}) must be less than east (${e})` });
	if (!(s < n)) problems.push({ path: `${path}.bounds`, message: `south (${s}) must be less than north (${n})` });
	return problems;
}

/** Everything a step draws must lie inside the region its camera shows. */
function checkFraming(step: Step, path: string): Problem[] {
	const bounds = step.camera?.bounds;
	if (!Array.isArray(bounds) || bounds.length !== 2) return [];
	const outside = new Map<string, LngLat>();
	for (const p of stepPoints(step)) if (!inBounds(p.lngLat, bounds) && !outside.has(p.id)) outside.set(p.id, p.lngLat);
	return [...outside].map(([id, [lon, lat]]) => ({
		path: `${path}.camera.bounds`,
		message: `does not contain ${id} (${lon.toFixed(2)}, ${lat.toFixed(2)}), which the step draws`
	}));
}

function checkLayers(v: unknown, path: string, sources: Set<string>): Problem[] {
	if (!Array.isArray(v)) return [{ path, message: 'expected a list of layers' }];
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	v.forEach((use, i) => {
		const at = `${path}[${i}]`;
		if (!isRecord(use) || typeof use.layer !== 'string')
			return problems.push({ path: at, message: 'expected { layer: name, ...settings }' });
		const mod = (layerRegistry as Record<string, LayerModule | undefined>)[use.layer];
		if (!mod) return problems.push({ path: at, message: `unknown layer "${use.layer}"` });
		const prev = seen.get(use.layer);
		if (prev !== undefined) problems.push({ path: at, message: `layer "${use.layer}" is already used at ${path}[${prev}]` });
		seen.set(use.layer, i);
		if (use.context !== undefined && typeof use.context !== 'boolean') problems.push({ path: `${at}.context`, message: 'expected true or false' });
		const { context: _context, ...settings } = use;
		for (const p of mod.check(settings, { sources })) problems.push({ path: p.path ? `${at}.${p.path}` : at, message: p.message });
	});
	return problems;
}

function checkFigures(v: unknown, path: string, sources: Set<string>): Problem[] {
	if (v === undefined) return [];
	if (!Array.isArray(v)) return [{ path, message: 'expected a list of figures' }];
	return v.flatMap((f, i) => {
		const at = `${path}[${i}]`;
		if (!isRecord(f)) return [{ path: at, message: 'expected a figure object' }];
		return [
			...checkString(f.label, `${at}.label`),
			...checkString(f.value, `${at}.value`),
			...checkString(f.date, `${at}.date`, { optional: true }),
			...checkString(f.caveat, `${at}.caveat`, { optional: true }),
			...checkIdList(f.sources, `${at}.sources`, sources, 'source')
		];
	});
}

function checkStep(s: unknown, i: number, sources: Set<string>, firstAt: Map<string, number>): Problem[] {
	const path = `steps[${i}]`;
	if (!isRecord(s)) return [{ path, message: 'expected a step object' }];
	const problems: Problem[] = [];
	if (typeof s.id !== 'string' || !SLUG.test(s.id)) {
		problems.push({ path: `${path}.id`, message: `${JSON.stringify(s.id)} is not a slug (lowercase letters, digits, hyphens)` });
	} else {
		const prev = firstAt.get(s.id);
		if (prev !== undefined) problems.push({ path: `${path}.id`, message: `duplicate of steps[${prev}].id` });
		else firstAt.set(s.id, i);
	}
	problems.push(...checkString(s.kicker, `${path}.kicker`, { optional: true, max: 60 }));
	problems.push(...checkString(s.heading, `${path}.heading`, { max: 90 }));
	problems.push(...checkIdList(s.sources, `${path}.sources`, sources, 'source'));
	const listed = new Set(Array.isArray(s.sources) ? s.sources.filter((x): x is string => typeof x === 'string') : []);
	if (!Array.isArray(s.body) || s.body.length === 0) {
		problems.push({ path: `${path}.body`, message: 'expected at least one paragraph' });
	} else {
		s.body.forEach((para, j) => {
			const at = `${path}.body[${j}]`;
			const bad = checkString(para, at);
			if (bad.length) return problems.push(...bad);
			for (const id of citedSources(para as string)) {
				if (!sources.has(id)) problems.push({ path: at, message: `cites unknown source "${id}"` });
				else if (!listed.has(id)) problems.push({ path: at, message: `cites "${id}", which is not in ${path}.sources` });
			}
		});
	}
	problems.push(...checkFigures(s.figures, `${path}.figures`, sources));
	const camera = checkCamera(s.camera, `${path}.camera`);
	const layers = checkLayers(s.layers, `${path}.layers`, sources);
	problems.push(...camera, ...layers);
	if (!camera.length && !layers.length) problems.push(...checkFraming(s as unknown as Step, path));
	problems.push(...checkString(s.alt, `${path}.alt`));
	return problems;
}

/** Speaker notes: text, each for a step the story has. */
function checkNotes(notes: unknown, steps: unknown): Problem[] {
	if (!isRecord(notes)) return [{ path: 'speakerNotes', message: 'expected an object of notes by step id' }];
	const ids = new Set(Array.isArray(steps) ? steps.map((s) => (isRecord(s) ? s.id : undefined)) : []);
	return Object.entries(notes).flatMap(([id, text]) => {
		const path = `speakerNotes["${id}"]`;
		if (!ids.has(id)) return [{ path, message: 'no step has this id' }];
		return checkString(text, path);
	});
}

/** Every problem with the story, as `path: reason` lines. Empty when the story is sound. */
export function validateStory(story: unknown, notes?: unknown): string[] {
	if (!isRecord(story)) return ['story: expected an object'];
	const problems: Problem[] = [];
	if (notes !== undefined) problems.push(...checkNotes(notes, story.steps));
	for (const key of ['slug', 'title', 'dek', 'byline', 'published', 'lang'] as const)
		problems.push(...checkString(story[key], key));
	const { problems: sourceProblems, ids } = checkSources(story.sources);
	problems.push(...sourceProblems);
	if (!Array.isArray(story.steps) || story.steps.length === 0) {
		problems.push({ path: 'steps', message: 'expected at least one step' });
	} else {
		const firstAt = new Map<string, number>();
		story.steps.forEach((s, i) => problems.push(...checkStep(s, i, ids, firstAt)));
	}
	for (const mod of Object.values(layerRegistry) as LayerModule[]) {
		for (const p of mod.checkRecords?.({ sources: ids }) ?? [])
			problems.push({ path: `records.${mod.name}${p.path ? `.${p.path}` : ''}`, message: p.message });
	}
	return problems.map(formatProblem);
}

export class StoryError extends Error {
	constructor(public problems: string[]) {
		super(`The story file has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
		this.name = 'StoryError';
	}
}

/** Throws a StoryError listing every problem; returns the story unchanged when sound. */
export function assertValidStory<T>(story: T, notes?: unknown): T {
	const problems = validateStory(story, notes);
	if (problems.length) throw new StoryError(problems);
	return story;
}
