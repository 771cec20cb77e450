/**
 * The map's clock: a slim time line under the map, the story's one date
 * readout. It spans 2014–2022 (further back for a step that starts earlier) and
 * zooms to the days of January 2022 for the steps inside that month. It marks
 * where each step sits, the current step's range, and, while a dated layer
 * unfolds, the day (or year) the map has reached.
 *
 * Pure: positions are shares of the line's width (0–1), so the arithmetic is
 * unit-tested and the component only draws.
 */
import type { Step } from '../story/types';
import { capitalised, dateLocale, formatDate, formatWhen, isoSpan, whenSpan } from '../story/dates';
import type { LayerTime } from './layers/types';

export type ClockView = 'years' | 'january';
/** The languages the clock writes dates in (English when none is given). */
export type ClockLang = 'en' | 'ru' | 'uk';

const DAY = 86_400_000;
/** The days of January 2022, [start, end). */
export const JANUARY_2022: [number, number] = [Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)];
/** The story's years, 2014–2022, [start, end). */
export const STORY_YEARS: [number, number] = [Date.UTC(2014, 0, 1), Date.UTC(2023, 0, 1)];

export interface Tick {
	x: number;
	label: string;
	/** A label a narrow line leaves out (every other year). */
	minor?: boolean;
}

export interface StepMark {
	id: string;
	x0: number;
	x1: number;
	current: boolean;
}

export interface ClockState {
	view: ClockView;
	/** The time the line spans, [start, end) in milliseconds (UTC). */
	domain: [number, number];
	ticks: Tick[];
	/** The current step's range on the line. */
	band: { x0: number; x1: number };
	/** Where a dated layer has got to, while it unfolds; null when the step has no dated layer. */
	marker: number | null;
	/** What the clock reads: the layer's date while it unfolds, the step's date (its kicker's) once it is done. */
	label: string;
	/** The step's date, as its kicker writes it: what the clock says to a screen reader, once per step. */
	stepDate: string;
	/** Whether the step has reached its finished state (the label is the step's date). */
	done: boolean;
	/** Every step whose date lies on this line. */
	marks: StepMark[];
}

/** The line a step's clock is drawn on: the days of January 2022 for a step inside that month, the years otherwise. */
export function viewFor(span: [number, number]): { view: ClockView; domain: [number, number] } {
	if (span[0] >= JANUARY_2022[0] && span[1] <= JANUARY_2022[1]) return { view: 'january', domain: JANUARY_2022 };
	const start = Math.min(STORY_YEARS[0], Date.UTC(new Date(span[0]).getUTCFullYear(), 0, 1));
	const end = Math.max(STORY_YEARS[1], Date.UTC(new Date(span[1] - 1).getUTCFullYear() + 1, 0, 1));
	return { view: 'years', domain: [start, end] };
}

/** Where a moment lies on the line, 0 (start) to 1 (end), clamped. */
export function position(t: number, domain: [number, number]): number {
	return Math.min(1, Math.max(0, (t - domain[0]) / (domain[1] - domain[0])));
}

const tickFormats = new Map<string, Intl.DateTimeFormat>();
/** A tick's words by Intl for the language: the day alone, the day and short month ("1 Jan", "1 янв."), or the year. */
function tickFormat(lang: ClockLang, what: 'day' | 'dayMonth' | 'year'): Intl.DateTimeFormat {
	const key = `${lang}|${what}`;
	let f = tickFormats.get(key);
	if (!f) {
		const options: Intl.DateTimeFormatOptions =
			what === 'day' ? { day: 'numeric' } : what === 'dayMonth' ? { day: 'numeric', month: 'short' } : { year: 'numeric' };
		tickFormats.set(key, (f = new Intl.DateTimeFormat(dateLocale(lang), { ...options, timeZone: 'UTC' })));
	}
	return f;
}

function ticksFor(view: ClockView, domain: [number, number], lang: ClockLang = 'en'): Tick[] {
	if (view === 'january')
		return [1, 10, 20, 31].map((d) => ({
			x: position(Date.UTC(2022, 0, d) + DAY / 2, domain),
			label: tickFormat(lang, d === 1 || d === 31 ? 'dayMonth' : 'day').format(Date.UTC(2022, 0, d))
		}));
	const first = new Date(domain[0]).getUTCFullYear();
	const last = new Date(domain[1]).getUTCFullYear() - 1;
	// Every other year across 2014–2022; the decades across a longer line (1992, 2000, 2010, 2020).
	const long = last - first > 12;
	const ticks: Tick[] = [];
	for (let y = first; y <= last; y++)
		if (long ? y === first || (y % 10 === 0 && y - first >= 5) : (y - first) % 2 === 0)
			ticks.push({ x: position(Date.UTC(y, 0, 1), domain), label: tickFormat(lang, 'year').format(Date.UTC(y, 0, 1)), ...(!long && (y - first) % 4 === 2 ? { minor: true } : {}) });
	return ticks;
}

/**
 * The clock for step `index` at `progress` (0–1). The step is done at
 * progress 1: reading mode gets there by the time the step's heading is
 * mid-screen, a linked step and a presentation's last beat start there.
 */
export function clockState(
	steps: readonly Pick<Step, 'id' | 'when' | 'layers'>[],
	index: number,
	progress: number,
	/** Where the step's layers are in time (./legend.ts readoutFor); without it the clock shows the step's own date. */
	readout: ((step: Pick<Step, 'layers'>, progress: number) => LayerTime | null) | null,
	/** The page's language: dates and ticks are written for it by Intl (English, as before, when absent). */
	lang: ClockLang = 'en'
): ClockState {
	const locale = dateLocale(lang);
	const step = steps[index] as Pick<Step, 'id' | 'when' | 'layers'>;
	const span = whenSpan(step.when) ?? [STORY_YEARS[0], STORY_YEARS[0] + DAY];
	const { view, domain } = viewFor(span);
	const stepDate = capitalised(formatWhen(step.when, locale), locale);
	const time = readout?.(step, progress) ?? null;
	const at = time ? isoSpan(time.date) : null;
	const done = progress >= 1 || !at;
	const moving = at ? position((at[0] + at[1]) / 2, domain) : null;
	const marks: StepMark[] = [];
	steps.forEach((s, i) => {
		const sp = whenSpan(s.when);
		if (!sp || sp[1] <= domain[0] || sp[0] >= domain[1]) return;
		marks.push({ id: s.id, x0: position(sp[0], domain), x1: position(sp[1], domain), current: i === index });
	});
	return {
		view,
		domain,
		ticks: ticksFor(view, domain, lang),
		band: { x0: position(span[0], domain), x1: position(span[1], domain) },
		marker: moving,
		label: done || !time ? stepDate : `${capitalised(formatDate(time.date, locale), locale)}${time.note ? ` · ${time.note}` : ''}`,
		stepDate,
		done,
		marks
	};
}

/**
 * Reading mode's progress through a step, from where its card is on screen:
 * 0 as the step takes over (its top at the trigger line), 1 once its heading's
 * middle has reached the middle of the screen, so every step shows its date by
 * the time its heading is read. Lengths in pixels, from the viewport's top;
 * `mid` is the middle of the part of the screen the text shows in.
 */
export function headingProgress(stepTop: number, headingMiddle: number, viewport: number, trigger: number, mid = viewport / 2): number {
	const start = trigger * viewport;
	const travel = headingMiddle - stepTop + start - mid;
	if (travel <= 0) return 1;
	const p = (start - stepTop) / travel;
	// Within a pixel or two of the line (sub-pixel layout, rounding) counts as there.
	return p >= 0.99 ? 1 : Math.max(0, p);
}
