import { describe, expect, it } from 'vitest';
import { citations, citedSources, parseRef, plainText, segments, sourceAnchor, sourceId } from '../../src/lib/story/text';

describe('step text with citations', () => {
	it('splits a paragraph into text and citations', () => {
		expect(segments('About 2,500 troops{cite:004_x.txt}, said the CSTO{cite:zas}.')).toEqual([
			{ kind: 'text', text: 'About 2,500 troops' },
			{ kind: 'cite', id: '004_x.txt' },
			{ kind: 'text', text: ', said the CSTO' },
			{ kind: 'cite', id: 'zas' },
			{ kind: 'text', text: '.' }
		]);
		expect(citedSources('a{cite:one} b{cite:two}')).toEqual(['one', 'two']);
	});

	it('keeps markup as text, never as HTML', () => {
		expect(segments('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
	});

	it('reads without citation markers', () => {
		expect(plainText('It rose to 225{cite:a} , then 227{cite:b}.')).toBe('It rose to 225, then 227.');
	});

	it('makes safe fragment ids for sources', () => {
		expect(sourceAnchor('004_1fdcc4a3134de60e.txt')).toBe('source-004_1fdcc4a3134de60e');
		expect(sourceAnchor('tass 7/1')).toBe('source-tass-7-1');
	});

	it('reads the claim a citation names, and strips it where a plain id is needed', () => {
		expect(segments('Flown back{cite:interfax-2022-01-13#return-start}.')).toEqual([
			{ kind: 'text', text: 'Flown back' },
			{ kind: 'cite', id: 'interfax-2022-01-13', claim: 'return-start' },
			{ kind: 'text', text: '.' }
		]);
		expect(citedSources('a{cite:one#k} b{cite:two}')).toEqual(['one', 'two']);
		expect(citations('a{cite:one#k} b{cite:two}')).toEqual([{ id: 'one', claim: 'k' }, { id: 'two' }]);
		expect(parseRef('004_x.txt#stronski')).toEqual({ id: '004_x.txt', claim: 'stronski' });
		expect(sourceId('004_x.txt')).toBe('004_x.txt');
		expect(sourceAnchor('004_x.txt#stronski')).toBe('source-004_x');
		expect(plainText('Back{cite:a#k}.')).toBe('Back.');
	});
});
