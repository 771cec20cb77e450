import { describe, expect, it } from 'vitest';
import { story } from '../../data/story';
import { speakerNotes } from '../../data/notes';
import { assertValidStory, StoryError, validateStory } from '../../src/lib/story/validate';

/** A deep copy of the real story to break one field at a time. */
const copy = (): any => structuredClone(story);

describe('the story file', () => {
	it('passes validation with no problems', () => {
		expect(validateStory(story, speakerNotes)).toEqual([]);
	});

	it('tells the story in 18 to 25 steps', () => {
		expect(story.steps.length).toBeGreaterThanOrEqual(18);
		expect(story.steps.length).toBeLessThanOrEqual(25);
	});

	it('gives every step a text alternative, speaker notes and at least one source', () => {
		for (const s of story.steps) {
			expect(s.alt.length, s.id).toBeGreaterThan(40);
			expect(speakerNotes[s.id]?.length ?? 0, s.id).toBeGreaterThan(20);
			expect(s.sources.length, s.id).toBeGreaterThan(0);
		}
	});

	it('lists the five seed articles among its sources', () => {
		const seeds = story.sources.filter((s) => s.kind === 'seed').map((s) => s.id);
		expect(seeds.sort()).toEqual([
			'000_b90b25bff127b246.txt',
			'001_702f0e2e004c6f4a.txt',
			'002_11bd9eef223746f1.txt',
			'003_eea78401d5d2a198.txt',
			'004_1fdcc4a3134de60e.txt'
		]);
	});

	it('never repeats a known seed error', () => {
		const text = JSON.stringify(story.steps);
		expect(text).not.toMatch(/Jan\. 2, 2021|2 January 2021/);
		expect(text).not.toMatch(/Anthony Blinken/);
		expect(text).not.toMatch(/Organization for Cooperation and Security/);
		expect(text).not.toMatch(/70 planes a day/);
		expect(text).not.toMatch(/208 protesters/);
		expect(text).not.toMatch(/staged 175,000/);
	});
});

describe('validateStory reports the path and reason of each bad field', () => {
	it('a camera region turned inside out', () => {
		const s = copy();
		s.steps[7].camera.bounds = [[80, 40], [40, 50]];
		expect(validateStory(s)).toContain('steps[7].camera.bounds: west (80) must be less than east (40)');
	});

	it('a camera region that leaves out what the step draws', () => {
		const s = copy();
		const i = s.steps.findIndex((x: any) => x.id === 'fuel-protests');
		s.steps[i].camera.bounds = [[60, 40], [70, 50]];
		expect(validateStory(s)).toContain(`steps[${i}].camera.bounds: does not contain places:aktau (51.16, 43.65), which the step draws`);
	});

	it('an unknown source', () => {
		const s = copy();
		s.steps[3].sources[1] = 'foo';
		expect(validateStory(s)).toContain('steps[3].sources[1]: unknown source "foo"');
	});

	it('a duplicate step id', () => {
		const s = copy();
		s.steps[5].id = s.steps[2].id;
		expect(validateStory(s)).toContain('steps[5].id: duplicate of steps[2].id');
	});

	it('an unknown layer', () => {
		const s = copy();
		s.steps[9].layers[0] = { layer: 'airlfit' };
		expect(validateStory(s)).toContain('steps[9].layers[0]: unknown layer "airlfit"');
	});

	it('longitude and latitude out of range', () => {
		const s = copy();
		s.steps[1].camera.bounds[0] = [200, -95];
		const problems = validateStory(s);
		expect(problems).toContain('steps[1].camera.bounds[0][0]: 200 is outside -180–180');
		expect(problems).toContain('steps[1].camera.bounds[0][1]: -95 is outside -85–85');
	});

	it('a citation in the text that the step does not list', () => {
		const s = copy();
		s.steps[0].body[0] = `${s.steps[0].body[0]} Extra{cite:nope}`;
		expect(validateStory(s)).toContain('steps[0].body[0]: cites unknown source "nope"');
	});

	it('a layer setting that points at an unknown place', () => {
		const s = copy();
		const i = s.steps.findIndex((st: any) => st.layers.some((l: any) => l.layer === 'places'));
		const j = s.steps[i].layers.findIndex((l: any) => l.layer === 'places');
		s.steps[i].layers[j].labels = ['almaty', 'atlantis'];
		expect(validateStory(s)).toContain(`steps[${i}].layers[${j}].labels[1]: unknown place "atlantis"`);
	});

	it('a reversed date range and a misspelt setting', () => {
		const s = copy();
		s.steps[2].layers = [{ layer: 'unrest', from: '2022-01-09', to: '2022-01-02', colour: 'red' }];
		const problems = validateStory(s);
		expect(problems).toContain('steps[2].layers[0].to: from "2022-01-09" comes after to "2022-01-02"');
		expect(problems.some((p) => p.startsWith('steps[2].layers[0].colour: unknown setting'))).toBe(true);
	});

	it('a missing text alternative and an empty heading', () => {
		const s = copy();
		delete s.steps[4].alt;
		s.steps[4].heading = '  ';
		const problems = validateStory(s);
		expect(problems).toContain('steps[4].alt: expected text, got undefined');
		expect(problems).toContain('steps[4].heading: must not be empty');
	});

	it('a chart of an unknown kind, without a title, or with a stray setting', () => {
		const s = copy();
		const i = s.steps.findIndex((x: any) => x.id === 'force-size');
		s.steps[i].chart = { kind: 'pie', title: '', colour: 'red' };
		const problems = validateStory(s);
		expect(problems).toContain(`steps[${i}].chart.kind: "pie" is not one of "bars", "dated", "membership"`);
		expect(problems).toContain(`steps[${i}].chart.title: must not be empty`);
		expect(problems).toContain(`steps[${i}].chart.colour: unknown setting; expected one of kind, title`);
	});

	it('a chart with nothing to draw, and a dated chart with a figure that has no day', () => {
		const s = copy();
		const i = s.steps.findIndex((x: any) => x.id === 'death-toll');
		for (const f of s.steps[i].figures) delete f.n;
		expect(validateStory(s)).toContain(`steps[${i}].chart.kind: a bars chart needs at least 1 figure with a number (n)`);
		const t = s.steps.findIndex((x: any) => x.id === 'troop-numbers');
		delete s.steps[t].figures[2].at;
		expect(validateStory(s)).toContain(`steps[${t}].figures[2].at: a dated chart draws every figure with a number at its day: give it one (YYYY-MM-DD)`);
	});

	it('a figure’s chart fields: a number, a known qualifier on a number, a day, flags and a role', () => {
		const s = copy();
		const i = s.steps.findIndex((x: any) => x.id === 'force-size');
		Object.assign(s.steps[i].figures[0], { n: '2,500', at: '6 January 2022', projection: 'yes', role: 'nato', short: 'x'.repeat(41) });
		Object.assign(s.steps[i].figures[1], { qualifier: 'roughly' });
		delete s.steps[i].figures[2].n;
		s.steps[i].figures[3].cavaet = 'typo';
		const problems = validateStory(s);
		const at = `steps[${i}].figures`;
		expect(problems).toContain(`${at}[0].n: expected a number, got "2,500"`);
		expect(problems).toContain(`${at}[0].at: expected a date as YYYY-MM-DD, got "6 January 2022"`);
		expect(problems).toContain(`${at}[0].projection: expected true or false`);
		expect(problems).toContain(`${at}[0].role: "nato" is not one of "russia", "allies", "neutral"`);
		expect(problems).toContain(`${at}[0].short: is 41 characters long; at most 40`);
		expect(problems).toContain(`${at}[1].qualifier: "roughly" is not one of "about", "some", "more than", "nearly", "up to", "up to about"`);
		expect(problems).toContain(`${at}[2].qualifier: qualifies a number: give the figure an n`);
		expect(problems.some((p) => p.startsWith(`${at}[3].cavaet: unknown setting`))).toBe(true);
	});

	it('reports every problem at once, and assertValidStory throws them all', () => {
		const s = copy();
		s.steps[7].camera.zoom = 40;
		s.steps[4].heading = '';
		expect(() => assertValidStory(s)).toThrow(StoryError);
		try {
			assertValidStory(s);
		} catch (e) {
			expect((e as StoryError).problems).toHaveLength(2);
			expect((e as Error).message).toMatch(/2 problems/);
		}
	});
});

describe('speaker notes', () => {
	it('are checked against the story: a note for no step, or one that is not text, is named', () => {
		expect(validateStory(story, { ...speakerNotes, 'no-such-step': 'A note.' })).toContain('speakerNotes["no-such-step"]: no step has this id');
		const first = story.steps[0]!.id;
		expect(validateStory(story, { ...speakerNotes, [first]: 42 }).some((p) => p.startsWith(`speakerNotes["${first}"]:`))).toBe(true);
		expect(validateStory(story, 'notes')).toContain('speakerNotes: expected an object of notes by step id');
	});
});
