import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDate } from '../../src/lib/story/dates';

describe('formatDate writes ISO dates as readers read them', () => {
	it('a day, a month, a year', () => {
		expect(formatDate('2022-01-05')).toBe('5 January 2022');
		expect(formatDate('2021-11')).toBe('November 2021');
		expect(formatDate('2014')).toBe('2014');
	});

	it('ranges with an en dash, however they are given', () => {
		expect(formatDate('2022-01-06/2022-01-07')).toBe('6–7 January 2022');
		expect(formatDate(['2022-01-13', '2022-01-19'])).toBe('13–19 January 2022');
		expect(formatDate('2022-01-06–2022-02-07')).toBe('6 January – 7 February 2022');
		expect(formatDate('2021-12-26/2022-01-07')).toBe('26 December 2021 – 7 January 2022');
		expect(formatDate('2021-11/2022-01')).toBe('November 2021 – January 2022');
		expect(formatDate('2014/2022')).toBe('2014–2022');
		expect(formatDate('2022-01/2022-02-24')).toBe('January 2022 – 24 February 2022');
	});

	it('a range of one day is that day', () => {
		expect(formatDate(['2022-01-14', '2022-01-14'])).toBe('14 January 2022');
	});

	it('in another language, by Intl', () => {
		expect(formatDate('2022-01-05', 'en-US')).toBe('January 5, 2022');
		expect(formatDate('2022-01-05', 'ru')).toMatch(/^5 января 2022/);
	});

	it('the same day in every time zone', () => {
		expect(formatDate('2022-01-01')).toBe('1 January 2022');
		expect(formatDate('2021-12-31')).toBe('31 December 2021');
	});

	it('leaves text that is not an ISO date as it is', () => {
		expect(formatDate('7 Jan')).toBe('7 Jan');
		expect(formatDate('2022-02-30')).toBe('2022-02-30');
	});

	it('knows an ISO date when it sees one', () => {
		for (const ok of ['2022', '2022-01', '2022-01-05']) expect(isIsoDate(ok), ok).toBe(true);
		for (const bad of ['22', '2022-1', '2022-13', '2022-02-30', '5 January 2022', '2022/01/05', '']) expect(isIsoDate(bad), bad).toBe(false);
	});
});
