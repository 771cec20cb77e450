/**
 * The map's words in English, Russian and Ukrainian (data/i18n/map.*.json,
 * src/lib/map/words.ts): the English file is fresh, the translations have
 * every key and nothing else, keep placeholders and numbers, and every label
 * the map can draw on every step is there, in Cyrillic where it is a name, in
 * letters the map's font subsets carry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { story as authored } from '../../data/story';
import type { Step, Story } from '../../src/lib/story/types';
import { layerModule, layerOrder } from '../../src/lib/map/layers/registry';
import { legendFor, readoutFor } from '../../src/lib/map/legend';
import { placeById } from '../../src/lib/map/places';
import { recordsIn, translateRecords } from '../../src/lib/map/recordsIn';
import { englishWords, fill, loadMapWords, makeMapWords, mapWords, PHRASES, type MapWords, type MapWordsFile } from '../../src/lib/map/words';
import { checkMapTranslation, extractMapWords } from '../../src/lib/map/wordsExtract';
import type { NamesUse, PlacesUse } from '../../src/lib/map/layers/settings';
import subsets from '../../src/lib/map/font-subsets.json';
import { scaleLabel } from '../../src/lib/map/orientation';

const story: Story = authored;
const dir = new URL('../../data/i18n/', import.meta.url);
const read = (name: string): MapWordsFile => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const en = read('map.en.json');
const LANGS = ['ru', 'uk'] as const;
const files = { ru: read('map.ru.json'), uk: read('map.uk.json') };

describe('the map’s English words', () => {
	it('map.en.json is what the data and the layers say now (npm run i18n:extract-map)', () => {
		const fresh = extractMapWords(story);
		expect(Object.keys(en)).toEqual(Object.keys(fresh));
		expect(Object.entries(en).filter(([k, v]) => fresh[k] !== v)).toEqual([]);
	});

	it('keys every label, name and phrase: places, names, records, arcs, layers', () => {
		for (const prefix of ['place.', 'name.', 'pattern.', 'occupied.', 'crises.', 'diplomacy.', 'unrest.', 'secured.', 'airlift.', 'csto.', 'buildup.', 'arc.', 'layer.'])
			expect(Object.keys(en).some((k) => k.startsWith(prefix)), prefix).toBe(true);
		for (const key of Object.keys(PHRASES)) expect(en[key]).toBe(PHRASES[key as keyof typeof PHRASES]);
	});

	it('read back through the keys, the records are the records (English never changes)', () => {
		const fromFile: MapWords = { ...englishWords, text: (k) => en[k] as string, place: (p) => en[`place.${p.id}`] as string };
		expect(translateRecords(fromFile)).toEqual(recordsIn(englishWords));
	});
});

describe.each(LANGS)('map.%s.json', (lang) => {
	it('has every English key and no other, none empty, with the same placeholders and numbers', () => {
		expect(checkMapTranslation(en, files[lang], lang)).toEqual([]);
		// In the order of map.en.json; a counted phrase's forms (.one, .few, …) side by side.
		const stems = (keys: string[]) => keys.map((k) => k.replace(/\.(zero|one|two|few|many|other)$/, '')).filter((k, i, all) => k !== all[i - 1]);
		expect(stems(Object.keys(files[lang])), 'keys in the order of map.en.json').toEqual(stems(Object.keys(en)));
	});

	it('keeps English quotation marks out', () => {
		for (const [k, v] of Object.entries(files[lang])) expect(v, k).not.toMatch(/["“”]/);
	});

	it('names every place as places.md does (capitalised: a label starts with it)', () => {
		const table = new Map<string, [string, string]>();
		for (const line of readFileSync(new URL('places.md', dir), 'utf8').split('\n')) {
			if (!line.startsWith('|') || line.includes('---')) continue;
			const cells = line.split('|').slice(1, -1).map((c) => c.trim());
			const [english, ru, uk] = cells.length === 4 ? cells.slice(1) : cells;
			if (english && ru && uk && english !== 'English' && !table.has(english)) table.set(english, [ru, uk]);
		}
		const cap = (t: string) => t[0]!.toUpperCase() + t.slice(1);
		const named = Object.keys(en).filter((k) => /^(place|name)\./.test(k) || /^(buildup|pattern)\..*\.name$/.test(k) || /^csto\.\w+\.(name|contingent\.label)$/.test(k));
		expect(named.length).toBeGreaterThan(80);
		for (const key of named) {
			const forms = table.get(en[key] as string);
			expect(forms, `places.md has no row for "${en[key]}"`).toBeDefined();
			expect(files[lang][key], key).toBe(cap(forms![lang === 'ru' ? 0 : 1]));
		}
	});

	it('follows places.md: the January 2022 capital, and the one form per language', () => {
		const f = files[lang];
		expect(f['place.nur-sultan']).toBe('Нур-Султан (Астана)');
		expect(f['place.almaty']).toBe(lang === 'ru' ? 'Алматы' : 'Алмати');
		expect(f['place.kyiv']).toBe(lang === 'ru' ? 'Киев' : 'Київ');
		expect(f['name.kyrgyzstan']).toBe(lang === 'ru' ? 'Кыргызстан' : 'Киргизстан');
		expect(f['name.belarus']).toBe(lang === 'ru' ? 'Беларусь' : 'Білорусь');
		expect(f['arc.almaty.kyiv.label']).toBe(lang === 'ru' ? 'Из Алматы в Киев' : 'З Алмати до Києва');
	});
});

/** Every text the map can show for a step in these words: labels drawn on the map, and the key. */
function shownFor(step: Step, w: MapWords): { drawn: string[]; names: string[]; key: string[]; notes: string[] } {
	const drawn: string[] = [];
	const names: string[] = [];
	const key: string[] = [];
	const notes: string[] = [];
	for (const p of [0, 0.5, 1]) {
		for (const e of legendFor(step, p, w)) {
			key.push(e.label, ...(e.short ? [e.short] : []));
			if (e.note) notes.push(e.note);
		}
		const r = readoutFor(step, p, w);
		if (r?.note) key.push(r.note);
		for (const name of layerOrder) {
			const mod = layerModule(name)!;
			const use = mod.defaultUse ? mod.defaultUse(step, w) : step.layers.find((u) => u.layer === name);
			if (!use) continue;
			if (name === 'places') for (const id of (use as PlacesUse).labels) names.push(w.place(placeById.get(id)!));
			if (name === 'names') {
				const hidden = new Set((use as NamesUse).hide ?? []);
				for (const n of recordsIn(w).mapNames) if (!hidden.has(n.id)) names.push(n.name);
			}
			for (const f of mod.features?.(use as never, p, w).features ?? [])
				for (const k of ['label', 'text', 'name', 'when'] as const) if (f.properties?.[k] !== undefined) drawn.push(String(f.properties[k]));
		}
	}
	return { drawn, names, key, notes };
}

const LATIN = /[A-Za-z]/;
const CYRILLIC = /[\u0400-\u04FF]/;

describe.each(LANGS)('the map in %s, step by step', (lang) => {
	it('draws and keys every step with words of its own, in Cyrillic where English is a name', async () => {
		const w = await loadMapWords(lang);
		expect(mapWords(lang)).toBe(w);
		const englishNames = new Set([
			...recordsIn(englishWords).places.map((p) => p.name),
			...recordsIn(englishWords).mapNames.map((n) => n.name),
			...recordsIn(englishWords).buildupSites.map((s) => s.name),
			...recordsIn(englishWords).patternRecords.map((r) => r.name)
		]);
		for (const step of story.steps) {
			const them = shownFor(step, w);
			const us = shownFor(step, englishWords);
			expect(them.drawn.length, step.id).toBe(us.drawn.length);
			expect(them.key.length, step.id).toBe(us.key.length);
			them.drawn.forEach((t, i) => {
				expect(t.trim(), `${step.id}: drawn label ${i}`).not.toBe('');
				expect(t, `${step.id}: "${us.drawn[i]}" → "${t}"`).not.toMatch(LATIN);
				if (englishNames.has(us.drawn[i] as string)) expect(t, `${step.id}: ${us.drawn[i]}`).toMatch(CYRILLIC);
			});
			for (const t of them.names) {
				expect(t, step.id).toMatch(CYRILLIC);
				expect(t, step.id).not.toMatch(LATIN);
			}
			for (const t of them.key) {
				expect(t.trim(), step.id).not.toBe('');
				expect(t, `${step.id}: key "${t}"`).not.toMatch(LATIN);
			}
		}
	});

	it('writes distances and dates for the language', async () => {
		const w = await loadMapWords(lang);
		expect(w.number(3560)).toBe('3560');
		expect(w.number(13560)).toBe('13\u00a0560');
		expect(w.phrase('layer.arc.km', { km: w.number(3560) })).toBe('≈ 3560 км');
		expect(w.dayMonth('2022-01-10')).toBe(lang === 'ru' ? '10 января' : '10 січня');
		expect([1, 2, 5, 20, 100, 1000].map((v) => scaleLabel(v, 'mi', w))).toEqual(
			lang === 'ru' ? ['1 миля', '2 мили', '5 миль', '20 миль', '100 миль', '1000 миль'] : ['1 миля', '2 милі', '5 миль', '20 миль', '100 миль', '1000 миль']
		);
		expect([0.5, 200, 10000].map((v) => scaleLabel(v, 'km', w))).toEqual(['0,5 км', '200 км', '10\u00a0000 км']);
	});
});

describe('English through the words module', () => {
	it('fills phrases as the layers wrote them', () => {
		expect(englishWords.number(3560)).toBe('3,560');
		expect(englishWords.phrase('layer.arc.km', { km: englishWords.number(3560) })).toBe('≈ 3,560 km');
		expect(englishWords.dayMonth('2022-01-10')).toBe('10 January');
		expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
		for (const v of [0.5, 1, 2, 5, 200, 1000, 5000]) for (const u of ['km', 'mi'] as const) expect(scaleLabel(v, u, englishWords)).toBe(scaleLabel(v, u));
		expect(scaleLabel(1000, 'km')).toBe('1,000 km');
	});

	it('counts with plural forms by key suffix and Intl.PluralRules', () => {
		const ru = makeMapWords('ru', { 'x.one': '{n} самолет', 'x.few': '{n} самолета', 'x.many': '{n} самолетов', 'x.other': '{n} самолета' });
		expect([1, 3, 10, 21, 1.5].map((n) => ru.plural('x', n))).toEqual(['1 самолет', '3 самолета', '10 самолетов', '21 самолет', '1.5 самолета'.replace('.', ',')]);
		const problems = checkMapTranslation({ 'x.one': '{n} plane', 'x.other': '{n} planes' }, { 'x.one': '{n} літак', 'x.few': '{n} літаки', 'x.many': '{n} літаків' }, 'uk');
		expect(problems).toEqual(['uk: x.other: missing (every counted phrase needs .other)']);
	});
});

describe('the letters the map draws are in the font’s subsets', () => {
	const ranges = (name: keyof typeof subsets.subsets) =>
		subsets.subsets[name].ranges.map((r) => {
			const [a, b] = r.replace(/U\+/g, '').split('-');
			return [parseInt(a as string, 16), parseInt((b ?? a) as string, 16)] as const;
		});
	const inRanges = (c: string, rs: ReturnType<typeof ranges>) => rs.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b);
	const cyrillic = ranges('cyrillic');

	it.each(LANGS)('%s: every Cyrillic letter, Ukrainian і ї є ґ included, is in the cyrillic subset', (lang) => {
		const letters = new Set([...Object.values(files[lang]).join('')].filter((c) => CYRILLIC.test(c)));
		for (const c of letters) expect(inRanges(c, cyrillic), `${c} U+${c.codePointAt(0)!.toString(16)}`).toBe(true);
		if (lang === 'uk') for (const c of ['і', 'ї', 'є']) expect(letters.has(c), c).toBe(true);
		for (const c of ['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ']) expect(inRanges(c, cyrillic), c).toBe(true);
	});

	it.each(LANGS)('%s: the words tell the map which letters its labels need, so it loads their faces before drawing', (lang) => {
		const words = makeMapWords(lang, files[lang]);
		const letters = new Set(words.letters);
		for (const c of Object.values(files[lang]).join('')) expect(letters.has(c), c).toBe(true);
		expect(words.letters.length).toBe(letters.size);
		expect([...letters].some((c) => inRanges(c, cyrillic))).toBe(true);
		expect(makeMapWords('en', null).letters).toBe('');
	});
});
