import { describe, expect, it } from 'vitest';
import { story } from '../../data/story';
import { parseEmbedParams } from '../../src/lib/modes/embed/params';

const ids = story.steps.map((s) => s.id);
const last = ids.length - 1;
const at = (id: string) => ids.indexOf(id);
const parse = (q: string) => parseEmbedParams(q, ids);
const whole = { mode: 'full', from: 0, to: last };

describe('embed parameters: what to show', () => {
	it('shows the whole story with no parameters', () => {
		expect(parse('')).toMatchObject({ ...whole, theme: 'light', bg: 'white', childId: null, parentOrigin: null, initialWidth: null });
	});

	it('shows a range of steps named by id', () => {
		expect(parse('?from=airlift&to=return-flights')).toMatchObject({ mode: 'range', from: at('airlift'), to: at('return-flights') });
	});

	it('runs an open-ended range to the end or from the start', () => {
		expect(parse('?from=crimea-2014')).toMatchObject({ mode: 'range', from: at('crimea-2014'), to: last });
		expect(parse('?to=airlift')).toMatchObject({ mode: 'range', from: 0, to: at('airlift') });
	});

	it('calls a range covering every step the whole story', () => {
		expect(parse(`?from=${ids[0]}&to=${ids[last]}`)).toMatchObject(whole);
	});

	it('shows one step as a still', () => {
		expect(parse('?step=airlift')).toMatchObject({ mode: 'single', from: at('airlift'), to: at('airlift') });
	});

	it.each([
		['an unknown step', '?step=no-such-step'],
		['a reversed range', '?from=return-flights&to=airlift'],
		['an unknown end of a range', '?from=airlift&to=nowhere'],
		['an empty value', '?from=&to=airlift'],
		['a repeated step', '?step=airlift&step=allies-join'],
		['a repeated range end', '?from=airlift&from=allies-join&to=return-flights'],
		['a step and a range at once', '?step=airlift&from=airlift'],
		['markup in a parameter', '?step=<script>alert(1)</script>'],
		['an id in the wrong case', '?step=AIRLIFT'],
		['an id with a fragment of another', '?step=airlift%23x'],
		['malformed percent escapes', '?from=%E0%A4%A&to=%'],
		['a very long value', `?step=${'a'.repeat(5000)}`],
		['prototype names', '?step=__proto__&from=constructor']
	])('falls back to the whole story for %s', (_, q) => {
		expect(parse(q)).toMatchObject(whole);
	});

	it('ignores parameters it does not know, such as trackers', () => {
		expect(parse('?utm_source=x&fbclid=y&step=airlift')).toMatchObject({ mode: 'single', from: at('airlift') });
	});
});

describe('embed parameters: theme', () => {
	it('is dark only when asked for exactly once', () => {
		expect(parse('?theme=dark').theme).toBe('dark');
		expect(parse('?theme=light').theme).toBe('light');
		expect(parse('?theme=DARK').theme).toBe('light');
		expect(parse('?theme=dark&theme=dark').theme).toBe('light');
		expect(parse('?theme=%3Cstyle%3E').theme).toBe('light');
	});

	it('does not upset the selection when it is bad', () => {
		expect(parse('?theme=nope&step=airlift')).toMatchObject({ mode: 'single', theme: 'light' });
	});
});

describe('embed parameters: background', () => {
	it('is white behind the light theme and dark behind the dark one unless asked otherwise', () => {
		expect(parse('')).toMatchObject({ theme: 'light', bg: 'white' });
		expect(parse('?theme=dark')).toMatchObject({ theme: 'dark', bg: 'dark' });
	});

	it('takes white, dark or transparent', () => {
		expect(parse('?bg=white')).toMatchObject({ theme: 'light', bg: 'white' });
		expect(parse('?bg=transparent')).toMatchObject({ theme: 'light', bg: 'transparent' });
		expect(parse('?theme=dark&bg=transparent')).toMatchObject({ theme: 'dark', bg: 'transparent' });
		expect(parse('?theme=dark&bg=dark')).toMatchObject({ theme: 'dark', bg: 'dark' });
	});

	it('asks for the dark theme with a dark background alone', () => {
		expect(parse('?bg=dark')).toMatchObject({ theme: 'dark', bg: 'dark' });
	});

	it('never puts text on a background it cannot be read on', () => {
		expect(parse('?theme=dark&bg=white')).toMatchObject({ theme: 'dark', bg: 'dark' });
		expect(parse('?theme=light&bg=dark')).toMatchObject({ theme: 'light', bg: 'white' });
	});

	it('falls back to the theme’s own for anything else', () => {
		for (const q of ['?bg=', '?bg=WHITE', '?bg=red', '?bg=%23fff', '?bg=transparent&bg=transparent', '?bg=%3Cstyle%3E', `?bg=${'x'.repeat(3000)}`]) {
			expect(parse(q), q).toMatchObject({ theme: 'light', bg: 'white' });
		}
		expect(parse('?theme=dark&bg=nope')).toMatchObject({ theme: 'dark', bg: 'dark' });
	});

	it('does not upset the selection when it is bad', () => {
		expect(parse('?bg=nope&from=airlift&to=return-flights')).toMatchObject({ mode: 'range', from: at('airlift'), to: at('return-flights'), bg: 'white' });
	});
});

describe('embed parameters: what pym.Parent adds', () => {
	it('keeps the child id, the parent page origin and the initial width', () => {
		const p = parse('?step=airlift&initialWidth=640&childId=story-embed&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2F2022%2Fkazakhstan%3Fa%3D1');
		expect(p).toMatchObject({ mode: 'single', childId: 'story-embed', parentOrigin: 'https://news.example', initialWidth: 640 });
	});

	it.each([
		['childId', '?childId=a%20b', { childId: null }],
		['childId', '?childId=x%22%3E%3Cscript%3E', { childId: null }],
		['childId', '?childId=a&childId=b', { childId: null }],
		['parentUrl', '?parentUrl=javascript%3Aalert(1)', { parentOrigin: null }],
		['parentUrl', '?parentUrl=not%20a%20url', { parentOrigin: null }],
		['initialWidth', '?initialWidth=-5', { initialWidth: null }],
		['initialWidth', '?initialWidth=1e3', { initialWidth: null }],
		['initialWidth', '?initialWidth=99999', { initialWidth: null }]
	])('drops a malformed %s (%s)', (_, q, expected) => {
		expect(parse(q)).toMatchObject({ ...whole, ...expected });
	});
});
