/**
 * The runtime check of a story: everything the Story type cannot say. It runs
 * at build time (vite.config.ts fails the build) and in unit tests, and reports
 * every bad field with its path, e.g. `steps[7].camera.bounds[0][0]: 200 is outside -180–180`.
 */
import type { Source, Step, When } from './types';
import { CHART_KINDS, FIGURE_QUALIFIERS, FIGURE_ROLES } from './types';
import { formatDate, formatWhen, isIsoDate, isoSpan, whenSpan } from './dates';
import { layerRegistry } from '../map/layers/registry';
import type { LayerModule } from '../map/layers/types';
import { inBounds, stepPoints } from '../map/extent';
import type { LngLat } from './types';
import {
	checkIdList,
	checkIsoDate,
	checkKnownKeys,
	checkLngLat,
	checkNumber,
	checkOneOf,
	checkString,
	formatProblem,
	isRecord,
	SLUG,
	type Problem
} from './checks';
import { citations, parseRef } from './text';
import { checkSourceRules } from './sourceRules';

/** What the validator knows of the sources: their ids and, for those that keep them, their claim keys. */
interface SourceIndex {
	ids: Set<string>;
	/** Claim keys by source id, for sources with `supports`. */
	claims: Map<string, string[]>;
}

function checkSources(v: unknown): { problems: Problem[]; index: SourceIndex } {
	const index: SourceIndex = { ids: new Set(), claims: new Map() };
	if (!Array.isArray(v)) return { problems: [{ path: 'sources', message: 'expected a list of sources' }], index };
	const problems: Problem[] = [];
	const firstAt = new Map<string, number>();
	v.forEach((s, i) => {
		const path = `sources[${i}]`;
		if (!isRecord(s)) return problems.push({ path, message: 'expected a source object' });
		problems.push(...checkString(s.id, `${path}.id`));
		if (typeof s.id === 'string') {
			if (s.id.includes('#')) problems.push({ path: `${path}.id`, message: 'must not contain "#": it separates a source id from a claim key' });
			const prev = firstAt.get(s.id);
			if (prev !== undefined) problems.push({ path: `${path}.id`, message: `duplicate of sources[${prev}].id` });
			else firstAt.set(s.id, i);
			index.ids.add(s.id);
			if (isRecord(s.supports)) index.claims.set(s.id, Object.keys(s.supports));
		}
		if (s.author !== null) problems.push(...checkString(s.author, `${path}.author`));
		if (s.kind !== 'seed' && s.kind !== 'background')
			problems.push({ path: `${path}.kind`, message: `expected "seed" or "background", got ${JSON.stringify(s.kind)}` });
		problems.push(...checkSourceRules(s, path));
	});
	return { problems, index };
}

/**
 * A reference to a source (`ID` or `ID#key`) from a citation or a figure:
 * the source must exist, a key must be one of its claims, and a source that
 * keeps claims must be cited by one of them.
 */
function checkRef(ref: string, shown: string, path: string, index: SourceIndex): Problem[] {
	const { id, claim } = parseRef(ref);
	if (!index.ids.has(id)) return [{ path, message: `unknown source "${id}"` }];
	const keys = index.claims.get(id);
	if (claim === undefined) {
		if (keys) return [{ path, message: `${shown} must name the claim it backs: one of ${keys.join(', ')}` }];
		return [];
	}
	if (!keys) return [{ path, message: `${shown} names the claim "${claim}", but source "${id}" keeps no claims (supports)` }];
	if (!keys.includes(claim)) return [{ path, message: `${shown} names an unknown claim "${claim}": one of ${keys.join(', ')}` }];
	return [];
}

/**
 * The source ids the layers' record checks accept: a plain id, or `ID#key`
 * where the key is one of that source's claims.
 */
class RecordSourceIds extends Set<string> {
	constructor(private index: SourceIndex) {
		super(index.ids);
	}
	override has(ref: string): boolean {
		const { id, claim } = parseRef(ref);
		if (!super.has(id)) return false;
		return claim === undefined || (this.index.claims.get(id)?.includes(claim) ?? false);
	}
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

function checkFigures(v: unknown, path: string, index: SourceIndex): Problem[] {
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
			...checkFigureSources(f.sources, `${at}.sources`, index),
			...checkFigureNumbers(f, at)
		];
	});
}

/** The fields a chart draws a figure from: a number, its hedge, its day, its group and how it is drawn. */
function checkFigureNumbers(f: Record<string, unknown>, at: string): Problem[] {
	const problems: Problem[] = [
		...checkKnownKeys(f, at, ['label', 'value', 'date', 'sources', 'caveat', 'n', 'qualifier', 'at', 'short', 'series', 'projection', 'official', 'withdrawn', 'role'])
	];
	if (f.n !== undefined) problems.push(...checkNumber(f.n, `${at}.n`, 0, 1e9));
	if (f.qualifier !== undefined) {
		problems.push(...checkOneOf(f.qualifier, `${at}.qualifier`, FIGURE_QUALIFIERS));
		if (f.n === undefined) problems.push({ path: `${at}.qualifier`, message: 'qualifies a number: give the figure an n' });
	}
	if (f.at !== undefined) problems.push(...checkIsoDate(f.at, `${at}.at`));
	problems.push(...checkString(f.short, `${at}.short`, { optional: true, max: 40 }));
	problems.push(...checkString(f.series, `${at}.series`, { optional: true, max: 40 }));
	for (const key of ['projection', 'official', 'withdrawn'] as const)
		if (f[key] !== undefined && typeof f[key] !== 'boolean') problems.push({ path: `${at}.${key}`, message: 'expected true or false' });
	if (f.role !== undefined) problems.push(...checkOneOf(f.role, `${at}.role`, FIGURE_ROLES));
	return problems;
}

/**
 * A step's chart: a known kind and a title, and the rows it needs: numbers for
 * bars, numbers on days for a dated chart (membership reads data/geo/csto.ts).
 */
function checkChart(v: unknown, figures: unknown, path: string): Problem[] {
	if (v === undefined) return [];
	if (!isRecord(v)) return [{ path, message: 'expected { kind, title }' }];
	const problems: Problem[] = [
		...checkKnownKeys(v, path, ['kind', 'title']),
		...checkOneOf(v.kind, `${path}.kind`, CHART_KINDS),
		...checkString(v.title, `${path}.title`, { max: 80 })
	];
	if (v.kind === 'membership') return problems;
	const rows = Array.isArray(figures) ? figures.filter(isRecord) : [];
	const drawn = rows.filter((f) => typeof f.n === 'number');
	const need = v.kind === 'dated' ? 2 : 1;
	if (drawn.length < need)
		problems.push({ path: `${path}.kind`, message: `a ${String(v.kind)} chart needs at least ${need} figure${need > 1 ? 's' : ''} with a number (n)` });
	if (v.kind === 'dated')
		(Array.isArray(figures) ? figures : []).forEach((f, i) => {
			if (isRecord(f) && typeof f.n === 'number' && f.at === undefined)
				problems.push({ path: `${path.replace(/\.chart$/, '')}.figures[${i}].at`, message: 'a dated chart draws every figure with a number at its day: give it one (YYYY-MM-DD)' });
		});
	return problems;
}

function checkFigureSources(v: unknown, path: string, index: SourceIndex): Problem[] {
	if (!Array.isArray(v)) return [{ path, message: `expected a list of source ids, got ${JSON.stringify(v)}` }];
	if (v.length === 0) return [{ path, message: 'must name at least one source' }];
	const seen = new Set<string>();
	return v.flatMap((ref, i) => {
		const at = `${path}[${i}]`;
		if (typeof ref !== 'string') return [{ path: at, message: `unknown source ${JSON.stringify(ref)}` }];
		if (seen.has(ref)) return [{ path: at, message: `"${ref}" is listed twice` }];
		seen.add(ref);
		return checkRef(ref, `"${ref}"`, at, index);
	});
}

const stepName = (s: Record<string, unknown>): string => (typeof s.id === 'string' ? `step "${s.id}"` : 'this step');
const showValue = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v)));

/**
 * A step's `when`: `{ from, to? }`, ISO dates (`YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`), `to` not before `from`; and every date a dated layer of the
 * step unfolds through lies inside it, so the clock's moving marker never
 * leaves the step's range (a layer fixed on one date may show an earlier
 * state as context).
 */
function checkWhen(s: Record<string, unknown>, path: string): Problem[] {
	const at = `${path}.when`;
	const name = stepName(s);
	const w = s.when;
	if (w === undefined) return [{ path: at, message: `${name} has no date: add \`when: { from: 'YYYY-MM-DD', to: 'YYYY-MM-DD' }\` (\`to\` only for a range; \`YYYY-MM\` or \`YYYY\` where that is all that is known)` }];
	if (!isRecord(w)) return [{ path: at, message: `${name}: expected { from, to? }, got ${showValue(w)}` }];
	const problems: Problem[] = [...checkKnownKeys(w, at, ['from', 'to'])];
	for (const k of ['from', 'to'] as const) {
		if (k === 'to' && w.to === undefined) continue;
		if (typeof w[k] !== 'string' || !isIsoDate(w[k] as string))
			problems.push({ path: `${at}.${k}`, message: `${name}: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) that exists, got ${showValue(w[k])}` });
	}
	if (problems.length) return problems;
	const span = whenSpan(w as unknown as When)!;
	const from = isoSpan(w.from as string)!;
	if (w.to !== undefined && isoSpan(w.to as string)![1] <= from[0]) return [{ path: `${at}.to`, message: `${name}: ${showValue(w.to)} comes before from ${showValue(w.from)}` }];
	if (Array.isArray(s.layers))
		s.layers.forEach((use, j) => {
			if (!isRecord(use) || typeof use.layer !== 'string') return;
			const mod = layerRegistry[use.layer as keyof typeof layerRegistry] as LayerModule | undefined;
			if (!mod?.readout) return;
			let times: (string | undefined)[];
			try {
				times = [0, 1].map((p) => mod.readout!(use as never, p)?.date);
			} catch {
				return;
			}
			// A layer that does not unfold (one date throughout) may show an earlier state as context.
			if (times[0] === times[1]) return;
			for (const t of times) {
				const ts = t ? isoSpan(t) : null;
				if (ts && (ts[0] < span[0] || ts[1] > span[1]))
					return problems.push({
						path: `${path}.layers[${j}]`,
						message: `${name}: the ${use.layer} layer shows ${formatDate(t!)}, outside the step’s when (${formatWhen(w as unknown as When)}); widen \`when\` or narrow the layer’s dates`
					});
			}
		});
	return problems;
}

function checkStep(s: unknown, i: number, index: SourceIndex, firstAt: Map<string, number>): Problem[] {
	const sources = index.ids;
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
	problems.push(...checkAct(s.act, `${path}.act`));
	problems.push(...checkWhen(s, path));
	problems.push(...checkString(s.where, `${path}.where`, { optional: true, max: 50 }));
	if (s.kicker !== undefined)
		problems.push({ path: `${path}.kicker`, message: `${stepName(s)}: the kicker is written from \`when\` and \`where\`; move its date to \`when\` and its place to \`where\`` });
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
			for (const { id, claim } of citations(para as string)) {
				if (!sources.has(id)) problems.push({ path: at, message: `cites unknown source "${id}"` });
				else if (!listed.has(id)) problems.push({ path: at, message: `cites "${id}", which is not in ${path}.sources` });
				else {
					const ref = claim === undefined ? id : `${id}#${claim}`;
					problems.push(...checkRef(ref, `{cite:${ref}}`, at, index));
				}
			}
		});
	}
	problems.push(...checkFigures(s.figures, `${path}.figures`, index));
	problems.push(...checkChart(s.chart, s.figures, `${path}.chart`));
	const camera = checkCamera(s.camera, `${path}.camera`);
	const layers = checkLayers(s.layers, `${path}.layers`, new RecordSourceIds(index));
	problems.push(...camera, ...layers);
	if (!camera.length && !layers.length) problems.push(...checkFraming(s as unknown as Step, path));
	problems.push(...checkString(s.alt, `${path}.alt`));
	return problems;
}

/** An act's title card: a short title and at most one sentence. */
function checkAct(act: unknown, path: string): Problem[] {
	if (act === undefined) return [];
	if (!isRecord(act)) return [{ path, message: 'expected { title, dek? }' }];
	return [
		...checkKnownKeys(act, path, ['title', 'dek']),
		...checkString(act.title, `${path}.title`, { max: 40 }),
		...checkString(act.dek, `${path}.dek`, { optional: true, max: 160 })
	];
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
	const { problems: sourceProblems, index } = checkSources(story.sources);
	problems.push(...sourceProblems);
	const recordIds = new RecordSourceIds(index);
	if (!Array.isArray(story.steps) || story.steps.length === 0) {
		problems.push({ path: 'steps', message: 'expected at least one step' });
	} else {
		const firstAt = new Map<string, number>();
		story.steps.forEach((s, i) => problems.push(...checkStep(s, i, index, firstAt)));
	}
	for (const mod of Object.values(layerRegistry) as LayerModule[]) {
		for (const p of mod.checkRecords?.({ sources: recordIds }) ?? [])
			problems.push({ path: `records.${mod.name}${p.path ? `.${p.path}` : ''}`, message: p.message });
	}
	return problems.map(formatProblem);
}

/** A citation or figure source that names no claim. */
export interface UnkeyedCitation {
	/** Where it is: `steps[9].body[1]` or `steps[4].figures[0].sources[1]`. */
	path: string;
	/** The source id cited. */
	id: string;
	/** The source's claim keys: when present, the build fails until the citation names one. */
	claims?: string[];
}

/**
 * Every citation in the step text and every figure source that does not name
 * the claim it backs (`{cite:ID}` rather than `{cite:ID#key}`), in story
 * order: what is left to tag. Those whose source keeps claims carry the keys
 * to choose from; they fail validation until tagged.
 */
export function unkeyedCitations(story: { steps: readonly Step[]; sources: readonly Source[] }): UnkeyedCitation[] {
	const claims = new Map(story.sources.filter((s) => s.supports).map((s) => [s.id, Object.keys(s.supports ?? {})]));
	const entry = (path: string, id: string): UnkeyedCitation => {
		const keys = claims.get(id);
		return keys ? { path, id, claims: keys } : { path, id };
	};
	const out: UnkeyedCitation[] = [];
	story.steps.forEach((step, i) => {
		step.body.forEach((para, j) => {
			for (const c of citations(para)) if (c.claim === undefined) out.push(entry(`steps[${i}].body[${j}]`, c.id));
		});
		step.figures?.forEach((f, j) =>
			f.sources.forEach((ref, k) => {
				const { id, claim } = parseRef(ref);
				if (claim === undefined) out.push(entry(`steps[${i}].figures[${j}].sources[${k}]`, id));
			})
		);
	});
	return out;
}

/**
 * "About this story" and the corrections log: every section and entry filled
 * in, section ids unique slugs, corrections dated (ISO) and naming only steps
 * the story has.
 */
export function validateAbout(about: unknown, corrections: unknown, story: unknown): string[] {
	const problems: Problem[] = [];
	const stepIds = new Set(
		isRecord(story) && Array.isArray(story.steps) ? story.steps.map((s) => (isRecord(s) ? s.id : undefined)) : []
	);
	if (!isRecord(about)) problems.push({ path: 'about', message: 'expected { intro, sections }' });
	else {
		problems.push(...checkString(about.intro, 'about.intro'));
		if (!Array.isArray(about.sections) || about.sections.length === 0)
			problems.push({ path: 'about.sections', message: 'expected at least one section' });
		else {
			const seen = new Map<string, number>();
			about.sections.forEach((sec, i) => {
				const at = `about.sections[${i}]`;
				if (!isRecord(sec)) return problems.push({ path: at, message: 'expected { id, heading, body }' });
				if (typeof sec.id !== 'string' || !SLUG.test(sec.id))
					problems.push({ path: `${at}.id`, message: `${JSON.stringify(sec.id)} is not a slug (lowercase letters, digits, hyphens)` });
				else if (seen.has(sec.id)) problems.push({ path: `${at}.id`, message: `duplicate of about.sections[${seen.get(sec.id)}].id` });
				else seen.set(sec.id, i);
				problems.push(...checkString(sec.heading, `${at}.heading`, { max: 90 }));
				if (!Array.isArray(sec.body) || sec.body.length === 0) problems.push({ path: `${at}.body`, message: 'expected at least one paragraph' });
				else sec.body.forEach((p, j) => problems.push(...checkString(p, `${at}.body[${j}]`)));
			});
		}
	}
	if (!Array.isArray(corrections)) problems.push({ path: 'corrections', message: 'expected a list of corrections' });
	else
		corrections.forEach((c, i) => {
			const at = `corrections[${i}]`;
			if (!isRecord(c)) return problems.push({ path: at, message: 'expected { date, steps, wrong, right }' });
			problems.push(...checkIsoDate(c.date, `${at}.date`));
			problems.push(...checkString(c.wrong, `${at}.wrong`));
			problems.push(...checkString(c.right, `${at}.right`));
			if (!Array.isArray(c.steps)) problems.push({ path: `${at}.steps`, message: 'expected a list of step ids (empty when no step changed)' });
			else
				c.steps.forEach((id, j) => {
					if (!stepIds.has(id)) problems.push({ path: `${at}.steps[${j}]`, message: `unknown step ${JSON.stringify(id)}` });
				});
		});
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
