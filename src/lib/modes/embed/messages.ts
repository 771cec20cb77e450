/**
 * Every message the embed sends to its host page, and the only ones it
 * accepts from it. Formats are documented in docs/EMBED.md; newsroom pages
 * already listen for the first two (pym.js and AMP), the rest are ours.
 */
import type { EmbedMode } from './params';

/** pym.js joins its message fields with this (see pym.js, `_makeMessage`). */
export const PYM_DELIMITER = 'xPYMx';
export const EVENT_PREFIX = 'csto-explainer';
export const EVENT_VERSION = 1;

/** pym.js's child→parent (and parent→child) string message: `pymxPYMx{id}xPYMx{type}xPYMx{value}`. */
export function pymMessage(childId: string, type: string, value: string | number): string {
	return ['pym', childId, type, String(value)].join(PYM_DELIMITER);
}

/** The message AMP's amp-iframe (and many CMS embed scripts) resize an iframe by. */
export interface AmpEmbedSize {
	sentinel: 'amp';
	type: 'embed-size';
	height: number;
}

export function ampSizeMessage(height: number): AmpEmbedSize {
	return { sentinel: 'amp', type: 'embed-size', height };
}

/** Read an AMP `embed-size` message on the host side: the height, or null for anything else. */
export function readEmbedSize(data: unknown): number | null {
	if (!isPlainObject(data)) return null;
	const { sentinel, type, height } = data as Record<string, unknown>;
	if (sentinel !== 'amp' || type !== 'embed-size') return null;
	return typeof height === 'number' && Number.isFinite(height) && height > 0 && height < 100_000 ? height : null;
}

interface EventBase {
	version: typeof EVENT_VERSION;
	/** The story's slug. */
	story: string;
	mode: EmbedMode;
	/** Id of the step on screen. */
	step: string;
	/** Its position among the steps this embed shows, from 0. */
	index: number;
	/** How many steps this embed shows. */
	total: number;
	/** Its position in the whole story, from 0. */
	storyIndex: number;
	/** How many steps the whole story has. */
	storyTotal: number;
}

/** Sent once, when the embed has drawn its first step. */
export interface ReadyEvent extends EventBase {
	type: `${typeof EVENT_PREFIX}:ready`;
	/** Ids of the steps this embed shows, in order. */
	steps: string[];
}

/** Sent each time a step comes on screen, the first one included. */
export interface StepEvent extends EventBase {
	type: `${typeof EVENT_PREFIX}:step`;
}

export type EmbedEvent = ReadyEvent | StepEvent;

export interface EventContext {
	story: string;
	mode: EmbedMode;
	/** Ids of the steps the embed shows. */
	shown: readonly string[];
	/** Ids of every step in the story. */
	all: readonly string[];
}

function base(ctx: EventContext, index: number): EventBase {
	const step = ctx.shown[index] as string;
	return {
		version: EVENT_VERSION,
		story: ctx.story,
		mode: ctx.mode,
		step,
		index,
		total: ctx.shown.length,
		storyIndex: ctx.all.indexOf(step),
		storyTotal: ctx.all.length
	};
}

export function stepEvent(ctx: EventContext, index: number): StepEvent {
	return { type: `${EVENT_PREFIX}:step`, ...base(ctx, index) };
}

export function readyEvent(ctx: EventContext, index: number): ReadyEvent {
	return { type: `${EVENT_PREFIX}:ready`, ...base(ctx, index), steps: [...ctx.shown] };
}

/** What a host page may ask of the embed. */
export type HostCommand = { kind: 'width'; width: number } | { kind: 'goto'; step: string };

export interface HostContext {
	/** pym's child id from the URL; pym messages are ignored without one. */
	childId: string | null;
	/** Steps a goto may name: the ones the embed shows. */
	steps: readonly string[];
}

function isPlainObject(v: unknown): v is object {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
	const proto = Object.getPrototypeOf(v);
	return proto === Object.prototype || proto === null;
}

const WIDTH = /^[0-9]{1,5}$/;
const GOTO_KEYS = new Set(['type', 'step', 'version']);

/**
 * A host message as a command, or null. Two shapes only: pym.js's width
 * message for this child (`pymxPYMx{childId}xPYMxwidthxPYMx{px}`), and
 * `{ type: 'csto-explainer:goto', step, version?: 1 }` naming a shown step.
 * Anything else, including extra keys, is ignored.
 */
export function parseHostMessage(data: unknown, ctx: HostContext): HostCommand | null {
	if (typeof data === 'string') {
		if (ctx.childId === null || data.length > 300) return null;
		const parts = data.split(PYM_DELIMITER);
		if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== ctx.childId || parts[2] !== 'width') return null;
		const value = parts[3] as string;
		return WIDTH.test(value) ? { kind: 'width', width: Number(value) } : null;
	}
	if (!isPlainObject(data)) return null;
	const msg = data as Record<string, unknown>;
	if (!Object.keys(msg).every((k) => GOTO_KEYS.has(k))) return null;
	if (msg.type !== `${EVENT_PREFIX}:goto`) return null;
	if ('version' in msg && msg.version !== EVENT_VERSION) return null;
	const step = msg.step;
	if (typeof step !== 'string' || !ctx.steps.includes(step)) return null;
	return { kind: 'goto', step };
}
