import { describe, expect, it } from 'vitest';
import { ampSizeMessage, parseHostMessage, pymMessage, readEmbedSize, readyEvent, stepEvent, type EventContext } from '../../src/lib/modes/embed/messages';

describe('messages to the host page', () => {
	it('writes pym.js messages exactly as pym.js does', () => {
		// pym.js: ['pym', id, messageType, message].join('xPYMx'), matched by the parent with
		// /^pymxPYMx{id}xPYMx(\S+)xPYMx(.*)$/.
		const msg = pymMessage('story-embed', 'height', 812);
		expect(msg).toBe('pymxPYMxstory-embedxPYMxheightxPYMx812');
		const parentRegex = new RegExp('^pymxPYMxstory-embedxPYMx(\\S+)xPYMx(.*)$');
		expect(msg.match(parentRegex)?.slice(1)).toEqual(['height', '812']);
	});

	it("writes AMP's embed-size message", () => {
		expect(ampSizeMessage(640)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
	});

	it('reads an embed-size message on the host side, and nothing else', () => {
		expect(readEmbedSize(ampSizeMessage(640))).toBe(640);
		expect(readEmbedSize({ sentinel: 'amp', type: 'embed-size', height: '640' })).toBeNull();
		expect(readEmbedSize({ sentinel: 'amp', type: 'embed-size', height: Infinity })).toBeNull();
		expect(readEmbedSize({ sentinel: 'x', type: 'embed-size', height: 640 })).toBeNull();
		expect(readEmbedSize('pymxPYMxaxPYMxheightxPYMx640')).toBeNull();
		expect(readEmbedSize(null)).toBeNull();
	});

	const ctx: EventContext = { story: 'a-story', mode: 'range', shown: ['b', 'c', 'd'], all: ['a', 'b', 'c', 'd', 'e'] };

	it('describes each step shown in the documented shape', () => {
		expect(stepEvent(ctx, 1)).toEqual({
			type: 'csto-explainer:step',
			version: 1,
			story: 'a-story',
			mode: 'range',
			step: 'c',
			index: 1,
			total: 3,
			storyIndex: 2,
			storyTotal: 5
		});
	});

	it('announces that it is ready with the steps it shows', () => {
		expect(readyEvent(ctx, 0)).toEqual({
			type: 'csto-explainer:ready',
			version: 1,
			story: 'a-story',
			mode: 'range',
			step: 'b',
			index: 0,
			total: 3,
			storyIndex: 1,
			storyTotal: 5,
			steps: ['b', 'c', 'd']
		});
	});

	it('sends plain data the structured clone algorithm can copy', () => {
		const e = stepEvent(ctx, 0);
		expect(structuredClone(e)).toEqual(e);
	});
});

describe('messages from the host page', () => {
	const ctx = { childId: 'story-embed', steps: ['airlift', 'allies-join'] };

	it("accepts pym's width message for this child", () => {
		expect(parseHostMessage('pymxPYMxstory-embedxPYMxwidthxPYMx640', ctx)).toEqual({ kind: 'width', width: 640 });
	});

	it('accepts a goto naming a step the embed shows', () => {
		expect(parseHostMessage({ type: 'csto-explainer:goto', step: 'allies-join' }, ctx)).toEqual({ kind: 'goto', step: 'allies-join' });
		expect(parseHostMessage({ type: 'csto-explainer:goto', step: 'airlift', version: 1 }, ctx)).toEqual({ kind: 'goto', step: 'airlift' });
	});

	it.each([
		['a pym message for another child', 'pymxPYMxotherxPYMxwidthxPYMx640'],
		['a pym message of another type', 'pymxPYMxstory-embedxPYMxnavigateToxPYMxhttps://x.example'],
		['a pym width that is not a number', 'pymxPYMxstory-embedxPYMxwidthxPYMx640px'],
		['a pym message with an extra field', 'pymxPYMxstory-embedxPYMxwidthxPYMx640xPYMx1'],
		['a huge string', 'pymxPYMxstory-embedxPYMxwidthxPYMx' + '1'.repeat(1000)],
		['a goto to a step the embed does not show', { type: 'csto-explainer:goto', step: 'crimea-2014' }],
		['a goto with an extra key', { type: 'csto-explainer:goto', step: 'airlift', then: 'eval' }],
		['a goto from a later version', { type: 'csto-explainer:goto', step: 'airlift', version: 2 }],
		['a goto with a step that is not a string', { type: 'csto-explainer:goto', step: ['airlift'] }],
		['an unknown command', { type: 'csto-explainer:reload' }],
		['an array', ['csto-explainer:goto', 'airlift']],
		['a class instance', new Date()],
		['null', null],
		['a number', 42],
		['AMP messages', { sentinel: 'amp', type: 'embed-size', height: 10 }]
	])('ignores %s', (_, data) => {
		expect(parseHostMessage(data, ctx)).toBeNull();
	});

	it('ignores every pym message when the URL gave no child id', () => {
		expect(parseHostMessage('pymxPYMxxPYMxwidthxPYMx640', { childId: null, steps: [] })).toBeNull();
		expect(parseHostMessage('pymxPYMxnullxPYMxwidthxPYMx640', { childId: null, steps: [] })).toBeNull();
	});
});
