import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe';
import { story } from '../../data/story';
import { speakerNotes } from '../../data/notes';
import { beatsFor } from '../../src/lib/map/legend';
import { nextPosition } from '../../src/lib/modes/present/beats';
import { expectCameraAt, mapHost, notAborted, waitForMap, watchProblems } from './helpers';
import { cheaperMap } from './frames';

// This spec checks the page around the map, not the map's motion: see frames.ts.
test.beforeEach(cheaperMap);

const steps = story.steps;
const counts = steps.map(beatsFor);
const total = counts.reduce((a, b) => a + b, 0);
/** Two one-beat steps in a row, so one key press moves exactly one step. */
const pair = counts.findIndex((n, i) => n === 1 && counts[i + 1] === 1);
/** The step with the most beats. */
const beaty = counts.indexOf(Math.max(...counts));
const beats = counts[beaty] as number;
const fixed = (v: number) => v.toFixed(3);

const slide = (page: Page) => page.locator('[data-present]');

/** Open the audience screen and wait until it has taken its place from the URL and listens to keys. */
async function openPresent(page: Page, hash = ''): Promise<void> {
	await page.goto(`/present${hash}`);
	await expect(slide(page)).toHaveAttribute('data-started', 'true');
}

/** The audience screen shows this step and beat, and the URL names them. */
async function expectAt(page: Page, index: number, beat = 1): Promise<void> {
	const step = steps[index]!;
	await expect(slide(page)).toHaveAttribute('data-step', step.id);
	await expect(slide(page)).toHaveAttribute('data-beat', String(beat));
	await expect(page.locator('#slide-heading')).toHaveText(step.heading);
	await expect(page.locator('[data-counter]')).toContainText(`${index + 1}`);
	// The beat is in the address wherever the step has several; a bare step address means the step finished.
	await expect(page).toHaveURL(new RegExp(`/present#${step.id}${beatsFor(step) > 1 ? `/${beat}` : ''}$`));
}

/** Records every progress value the slide shows from now on. */
async function recordProgress(page: Page): Promise<void> {
	await page.evaluate(() => {
		const el = document.querySelector('[data-present]') as HTMLElement;
		const seen: number[] = [];
		(window as unknown as { __progress: number[] }).__progress = seen;
		new MutationObserver(() => seen.push(Number(el.dataset.progress))).observe(el, { attributes: true, attributeFilter: ['data-progress'] });
	});
}
async function takeProgress(page: Page): Promise<number[]> {
	return page.evaluate(() => (window as unknown as { __progress: number[] }).__progress.splice(0));
}

test.describe('presentation mode on a laptop', () => {
	test.skip(({ isMobile }) => isMobile, 'keyboard, clicker and second window: desktop only');

	test('each next and previous key moves one step, the URL follows, and history does not grow', async ({ page }) => {
		test.setTimeout(120_000);
		const problems = watchProblems(page);
		await openPresent(page, `#${steps[pair]!.id}/1`);
		const start = await page.evaluate(() => history.length);
		const nextKeys = ['ArrowRight', 'ArrowDown', 'Space', 'PageDown'];
		const prevKeys = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space'];
		for (const [i, key] of nextKeys.entries()) {
			await page.keyboard.press(key);
			await expectAt(page, pair + 1);
			await page.keyboard.press(prevKeys[i]!);
			await expectAt(page, pair);
		}
		expect(await page.evaluate(() => history.length), 'clicks add no history entries').toBe(start);
		await waitForMap(page);
		expect(problems).toEqual([]);
	});

	test('Home and End go to the first step and to the last step fully shown', async ({ page }) => {
		test.setTimeout(120_000);
		const problems = watchProblems(page);
		await openPresent(page, `#${steps[beaty]!.id}/1`);
		await page.keyboard.press('End');
		await expectAt(page, steps.length - 1, counts.at(-1));
		await page.keyboard.press('Home');
		await expectAt(page, 0);
		expect(problems).toEqual([]);
	});

	test('a clicker (Page Down, Page Up) walks every beat of every step, and stops at both ends', async ({ page }) => {
		test.setTimeout(180_000);
		// The walk is about the keys: with reduced motion the camera jumps instead of flying each time.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const problems = watchProblems(page);
		await openPresent(page);
		await expectAt(page, 0);
		await page.keyboard.press('PageUp');
		await expectAt(page, 0);
		let visited = 1;
		for (const [index, n] of counts.entries()) {
			for (let beat = index === 0 ? 2 : 1; beat <= n; beat++) {
				await page.keyboard.press('PageDown');
				await expectAt(page, index, beat);
				visited++;
			}
		}
		expect(visited).toBe(total);
		await page.keyboard.press('PageDown');
		await expectAt(page, steps.length - 1, counts.at(-1));
		await page.keyboard.press('PageUp');
		const last = counts.at(-1) as number;
		await expectAt(page, last > 1 ? steps.length - 1 : steps.length - 2, last > 1 ? last - 1 : counts.at(-2));
		await waitForMap(page);
		expect(problems).toEqual([]);
	});

	test('a step with several beats plays them one click at a time on the map, and steps back to end states', async ({ page }) => {
		test.setTimeout(180_000);
		const problems = watchProblems(page);
		await openPresent(page, `#${steps[beaty - 1]!.id}/1`);
		await waitForMap(page);
		await recordProgress(page);

		// Beat 1 plays from 0 to 1/n as the step arrives.
		await page.keyboard.press('ArrowRight');
		await expectAt(page, beaty, 1);
		await expect(mapHost(page)).toHaveAttribute('data-progress', fixed(1 / beats));
		let seen = await takeProgress(page);
		expect(seen.some((v) => v > 0 && v < 1 / beats), `beat 1 animates: ${seen}`).toBe(true);

		for (let b = 2; b <= beats; b++) {
			await page.keyboard.press('ArrowRight');
			await expectAt(page, beaty, b);
			await expect(mapHost(page)).toHaveAttribute('data-progress', fixed(b / beats));
			await expect(slide(page)).toHaveAttribute('data-progress', fixed(b / beats));
			seen = await takeProgress(page);
			expect(seen.some((v) => v > (b - 1) / beats && v < b / beats), `beat ${b} animates: ${seen}`).toBe(true);
		}

		// Back one beat: that beat's end state at once, with nothing in between.
		await page.keyboard.press('ArrowLeft');
		await expectAt(page, beaty, beats - 1);
		await expect(mapHost(page)).toHaveAttribute('data-progress', fixed((beats - 1) / beats));
		seen = await takeProgress(page);
		expect(seen.every((v) => fixed(v) === fixed((beats - 1) / beats)), `no animation going back: ${seen}`).toBe(true);

		// From beat 1, back to the previous step's last beat, fully shown.
		for (let b = beats - 1; b > 1; b--) await page.keyboard.press('ArrowLeft');
		await expectAt(page, beaty, 1);
		await page.keyboard.press('ArrowLeft');
		await expectAt(page, beaty - 1, counts[beaty - 1]);
		await expect(mapHost(page)).toHaveAttribute('data-progress', fixed(1));
		await expectCameraAt(page, steps[beaty - 1]!);
		expect(problems).toEqual([]);
	});

	test('with reduced motion each beat shows its end state at once', async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const problems = watchProblems(page);
		await openPresent(page, `#${steps[beaty]!.id}/1`);
		await expect(slide(page)).toHaveAttribute('data-progress', fixed(1 / beats));
		await recordProgress(page);
		await page.keyboard.press('ArrowRight');
		await expectAt(page, beaty, 2);
		await expect(slide(page)).toHaveAttribute('data-progress', fixed(2 / beats));
		const seen = await takeProgress(page);
		expect(seen.map(fixed), 'no values in between').toEqual([fixed(2 / beats)]);
		await waitForMap(page);
		await expect(mapHost(page), 'the map shows this beat, not the last one').toHaveAttribute('data-progress', fixed(2 / beats));
		expect(problems).toEqual([]);
	});

	test('the reduce-motion choice made on the story page holds in presentation mode', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto('/');
		// The switch is in the story's menu.
		await page.getByText('Menu', { exact: true }).click();
		const toggle = page.getByRole('button', { name: 'Reduce motion' });
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await openPresent(page, `#${steps[beaty]!.id}/1`);
		await recordProgress(page);
		await page.keyboard.press('ArrowRight');
		await expectAt(page, beaty, 2);
		await expect(slide(page)).toHaveAttribute('data-progress', fixed(2 / beats));
		expect((await takeProgress(page)).map(fixed), 'the beat shows its end state at once').toEqual([fixed(2 / beats)]);
	});

	test('typing a step number and Enter jumps there; a number out of range does nothing', async ({ page }) => {
		test.setTimeout(120_000);
		const problems = watchProblems(page);
		await openPresent(page);
		const target = Math.floor(steps.length / 2) + 1;
		await page.keyboard.type(String(target));
		await expect(page.locator('[data-typed]')).toContainText(String(target));
		await page.keyboard.press('Enter');
		await expectAt(page, target - 1);
		await expect(page.locator('[data-typed]')).toHaveCount(0);
		await page.keyboard.type(String(steps.length + 1));
		await page.keyboard.press('Enter');
		await expectAt(page, target - 1);
		await waitForMap(page);
		expect(problems).toEqual([]);
	});

	test('B and full stop black the screen out and back; Esc brings it back too', async ({ page }) => {
		test.setTimeout(120_000);
		const problems = watchProblems(page);
		await openPresent(page);
		const black = page.locator('[data-black]');
		const covers = () =>
			page.evaluate(() => {
				const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
				return !!el?.closest('[data-black]') && getComputedStyle(el as Element).backgroundColor === 'rgb(0, 0, 0)';
			});
		for (const [on, off] of [
			['b', 'b'],
			['.', '.'],
			['B', 'Escape']
		] as const) {
			await page.keyboard.press(on);
			await expect(black).toBeVisible();
			expect(await covers(), `${on} blacks out the whole screen`).toBe(true);
			await page.keyboard.press(off);
			await expect(black).toHaveCount(0);
		}
		await waitForMap(page);
		expect(problems).toEqual([]);
	});

	test('F asks for full screen and F or Esc leaves it', async ({ page }) => {
		test.setTimeout(120_000);
		await page.addInitScript(() => {
			const w = window as unknown as { __fullscreenCalls: number };
			w.__fullscreenCalls = 0;
			const original = Element.prototype.requestFullscreen;
			Element.prototype.requestFullscreen = function (this: Element, ...args: Parameters<Element['requestFullscreen']>) {
				w.__fullscreenCalls++;
				return original.apply(this, args);
			};
		});
		const problems = watchProblems(page);
		await openPresent(page);
		const isFull = () => page.evaluate(() => document.fullscreenElement === document.documentElement);
		await page.keyboard.press('f');
		expect(await page.evaluate(() => (window as unknown as { __fullscreenCalls: number }).__fullscreenCalls)).toBe(1);
		await expect.poll(isFull, { message: 'headless Chromium grants full screen' }).toBe(true);
		await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('f');
		await expect.poll(isFull).toBe(false);
		await page.keyboard.press('F');
		await expect.poll(isFull).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(isFull).toBe(false);
		await waitForMap(page);
		expect(problems).toEqual([]);
	});

	test('? opens the list of keys as a dialog, which holds the keys until it closes', async ({ page }) => {
		test.setTimeout(120_000);
		const problems = watchProblems(page);
		await openPresent(page);
		const dialog = page.getByRole('dialog', { name: 'Keys' });
		await expect(dialog).toHaveCount(0);
		await page.keyboard.press('?');
		await expect(dialog).toBeVisible();
		await expect(dialog).toContainText('Page Down');
		await page.keyboard.press('ArrowRight');
		await expectAt(page, 0);
		await page.keyboard.press('?');
		await expect(dialog).toBeHidden();
		await page.keyboard.press('?');
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await page.keyboard.press('ArrowRight');
		await expectAt(page, 1, 1);
		// A presenter who closes the list and moves on at once: both keys in the same moment.
		await page.keyboard.press('?');
		await expect(dialog).toBeVisible();
		await page.evaluate(() => {
			const target = document.activeElement ?? document.body;
			for (const key of ['Escape', 'ArrowRight']) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
		});
		await expect(dialog).toBeHidden();
		const then = nextPosition({ index: 1, beat: 1 }, counts)!;
		await expectAt(page, then.index, then.beat);
		// Closed and opened again before the closing's own event arrives (input can overtake it on a busy
		// machine): the list stays open.
		await page.keyboard.press('?');
		await expect(dialog).toBeVisible();
		const reopened = await page.evaluate(async () => {
			const press = async () => {
				(document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true, cancelable: true }));
				await new Promise<void>((r) => queueMicrotask(r));
			};
			await press();
			const closed = !document.querySelector('dialog')?.open;
			await press();
			await new Promise((r) => setTimeout(r, 100));
			return { closed, open: document.querySelector('dialog')?.open };
		});
		expect(reopened).toEqual({ closed: true, open: true });
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expectAt(page, then.index, then.beat);
		await waitForMap(page);
		expect(problems).toEqual([]);
	});

	test('keys typed into a text field stay in the field', async ({ page }) => {
		await openPresent(page);
		await page.evaluate(() => {
			const input = document.createElement('input');
			input.setAttribute('aria-label', 'scratch');
			document.body.append(input);
			input.focus();
		});
		await page.keyboard.press('ArrowRight');
		await page.keyboard.type('b3');
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('scratch')).toHaveValue('b3');
		await expectAt(page, 0);
		await expect(page.locator('[data-black]')).toHaveCount(0);
	});

	test('the presenter view and the audience screen follow each other, and either can close', async ({ page, context }) => {
		test.setTimeout(180_000);
		const problems = watchProblems(page);
		await openPresent(page);
		const popupPromise = page.waitForEvent('popup');
		await page.keyboard.press('p');
		const presenter = await popupPromise;
		const presenterProblems = watchProblems(presenter);
		await expect(presenter).toHaveURL(new RegExp(`/present/presenter#${steps[0]!.id}$`));
		const view = presenter.locator('[data-presenter]');
		await expect(view).toHaveAttribute('data-started', 'true');

		const presenterAt = async (index: number, beat = 1) => {
			const step = steps[index]!;
			await expect(view).toHaveAttribute('data-step', step.id);
			await expect(view).toHaveAttribute('data-beat', String(beat));
			await expect(presenter.locator('[data-current-heading]')).toHaveText(step.heading);
			await expect(presenter.locator('[data-notes]')).toHaveText(speakerNotes[step.id]!);
			// Within a step or not, the next step's heading is the one to prepare.
			const next = steps[index + 1];
			if (next) await expect(presenter.locator('[data-next-heading]')).toHaveText(next.heading);
			await expect(presenter).toHaveURL(new RegExp(`#${step.id}${beatsFor(step) > 1 ? `/${beat}` : ''}$`));
		};
		await presenterAt(0);
		await expect(presenter.locator('[data-timer]')).toHaveText(/^\d+:\d\d$/);

		// The audience screen drives.
		await page.keyboard.press('ArrowRight');
		await expectAt(page, 1);
		await presenterAt(1);

		// The presenter drives, with the same keys.
		await presenter.keyboard.press('PageDown');
		await presenterAt(2);
		await expectAt(page, 2);
		await presenter.keyboard.press('End');
		await expectAt(page, steps.length - 1, counts.at(-1));
		await presenter.keyboard.press('Home');
		await expectAt(page, 0);

		// Blackout from the presenter's keyboard blacks out the audience screen.
		await presenter.keyboard.press('b');
		await expect(page.locator('[data-black]')).toBeVisible();
		await expect(presenter.getByRole('status').filter({ hasText: 'blacked out' })).toBeVisible();
		await presenter.keyboard.press('b');
		await expect(page.locator('[data-black]')).toHaveCount(0);

		// A second presenter page opened by hand joins the talk where it is.
		await page.keyboard.press('ArrowRight');
		const second = await context.newPage();
		await second.goto('/present/presenter');
		await expect(second.locator('[data-presenter]')).toHaveAttribute('data-step', steps[1]!.id);
		await second.close();

		// Closing the presenter leaves the audience screen working, and the other way round.
		await presenter.close();
		await page.keyboard.press('ArrowRight');
		await expectAt(page, 2);
		const again = await context.newPage();
		await again.goto('/present/presenter');
		await expect(again.locator('[data-presenter]')).toHaveAttribute('data-step', steps[2]!.id);
		await waitForMap(page);
		expect(problems).toEqual([]);
		expect(presenterProblems).toEqual([]);
		await page.close();
		await again.keyboard.press('ArrowRight');
		const after = nextPosition({ index: 2, beat: 1 }, counts)!;
		await expect(again.locator('[data-presenter]')).toHaveAttribute('data-beat', String(after.beat));
		await expect(again.locator('[data-current-heading]')).toHaveText(steps[after.index]!.heading);
	});

	test('a reload returns to the same step and beat; an unknown step or a bad beat falls back quietly', async ({ page }) => {
		test.setTimeout(120_000);
		const problems = watchProblems(page);
		await openPresent(page, `#${steps[beaty]!.id}/1`);
		await page.keyboard.press('ArrowRight');
		await expectAt(page, beaty, 2);
		await waitForMap(page);
		await expectCameraAt(page, steps[beaty]!);
		// Let the page finish loading, so the reload cuts no request short.
		await page.waitForLoadState('networkidle');
		await page.reload();
		await expect(slide(page)).toHaveAttribute('data-started', 'true');
		await expectAt(page, beaty, 2);
		await waitForMap(page);
		await expect(mapHost(page)).toHaveAttribute('data-progress', fixed(2 / beats));
		await expectCameraAt(page, steps[beaty]!);

		// An address typed in or followed: a new document each time, not a hash change the open one handles.
		await page.waitForLoadState('networkidle');
		await page.goto('about:blank');
		await openPresent(page, '#no-such-step/3');
		await expectAt(page, 0);
		await waitForMap(page);
		await page.waitForLoadState('networkidle');
		await page.goto('about:blank');
		await openPresent(page, `#${steps[beaty]!.id}/banana`);
		// A beat that is not one gives the step finished, as its bare address does.
		await expectAt(page, beaty, beatsFor(steps[beaty]!));
		await waitForMap(page);
		// A step's bare address (a step link from the reading page) opens it finished: the last beat, the map at its end state.
		await page.waitForLoadState('networkidle');
		await page.goto('about:blank');
		await openPresent(page, `#${steps[beaty]!.id}`);
		await expectAt(page, beaty, beats);
		await waitForMap(page);
		await expect(mapHost(page)).toHaveAttribute('data-progress', fixed(1));
		// A reload cuts short whatever is still loading (the browser's own favicon fetch, say); anything else counts.
		expect(notAborted(problems)).toEqual([]);
	});

	for (const size of [
		{ width: 1280, height: 720 },
		{ width: 1920, height: 1080 }
	]) {
		test(`at ${size.width}×${size.height} every step fits the screen in type a hall can read, with AA contrast`, async ({ page }) => {
			test.setTimeout(180_000);
			await page.setViewportSize(size);
			await page.emulateMedia({ reducedMotion: 'reduce' });
			const problems = watchProblems(page);
			await openPresent(page);
			// Main text at least 2.2% of the screen's height (16 px at 720p, 24 px at 1080p); headings larger.
			const minText = size.height * 0.022;
			for (const [i, step] of steps.entries()) {
				if (i > 0) await page.keyboard.press('PageDown');
				for (let b = 1; b < counts[i]!; b++) await page.keyboard.press('PageDown');
				await expect(slide(page)).toHaveAttribute('data-step', step.id);
				const measure = () => page.evaluate(() => {
					const box = document.querySelector('.slide-text') as HTMLElement;
					const shown = [...box.querySelectorAll<HTMLElement>('.body, .figures td')].filter((el) => getComputedStyle(el).position !== 'absolute');
					// A step whose subject is numbers may show its chart in place of words and table.
					const charts = [...box.querySelectorAll<HTMLElement>('.chart svg')].filter((el) => el.getBoundingClientRect().height > 100);
					return {
						scroll: (document.scrollingElement as HTMLElement).scrollHeight - innerHeight,
						overflow: box.scrollHeight - box.clientHeight,
						heading: parseFloat(getComputedStyle(box.querySelector('h2') as Element).fontSize),
						text: Math.min(...shown.map((el) => parseFloat(getComputedStyle(el).fontSize))),
						shown: shown.length + charts.length
					};
				});
				// A chart the slide draws itself comes a moment after the step, once its code has loaded.
				await expect.poll(async () => (await measure()).shown, { message: `${step.id}: shows its text or its figures` }).toBeGreaterThan(0);
				const m = await measure();
				expect(m.scroll, `${step.id}: nothing scrolls`).toBeLessThanOrEqual(0);
				expect(m.overflow, `${step.id}: the text fits its panel`).toBeLessThanOrEqual(1);
				if (m.text !== Infinity) expect(m.text, `${step.id}: main text size`).toBeGreaterThanOrEqual(minText);
				expect(m.heading, `${step.id}: heading size`).toBeGreaterThanOrEqual(minText * 1.4);
			}
			await waitForMap(page);
			const axe = await axeScan(page).include('[data-slide]').withRules(['color-contrast']).analyze();
			expect(axe.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
			expect(problems).toEqual([]);
		});
	}

	test('offline, after one visit, the talk opens from the cache with its map', async ({ page, context }) => {
		test.setTimeout(180_000);
		await openPresent(page);
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await page.reload();
		await expect(slide(page)).toHaveAttribute('data-started', 'true');
		expect(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the service worker controls the page').toBe(true);
		expect(await page.evaluate(async () => (await caches.keys()).length), 'one cache, for this build only').toBe(1);
		// The English talk keeps English pages and pictures, not the Russian or Ukrainian ones.
		const cached = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0]!)).keys()).map((r) => new URL(r.url).pathname));
		expect(cached.filter((p) => /^\/snapshots\/[^/]+\.avif$/.test(p)).length, 'English pictures cached').toBeGreaterThan(20);
		expect(cached.filter((p) => /^\/(?:snapshots\/)?(?:ru|uk)(?:\/|$)/.test(p)), 'no other language cached').toEqual([]);
		await waitForMap(page);

		const step = steps[beaty]!;
		await context.setOffline(true);
		await page.goto(`/present#${step.id}`);
		await page.reload();
		await expect(slide(page)).toHaveAttribute('data-started', 'true');
		await expect(page.locator('#slide-heading')).toHaveText(step.heading);
		await waitForMap(page);
		await expectCameraAt(page, step);

		const presenter = await context.newPage();
		await presenter.goto('/present/presenter');
		await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-step', step.id);
		await context.setOffline(false);
	});
});

test.describe('presentation mode on a phone', () => {
	test.skip(({ isMobile }) => !isMobile, 'touch screens only');

	test('a swipe left moves on, a swipe right goes back, and nothing scrolls', async ({ page }) => {
		const problems = watchProblems(page);
		await openPresent(page, `#${steps[pair]!.id}/1`);
		const cdp = await page.context().newCDPSession(page);
		const vp = page.viewportSize()!;
		const swipe = async (fromX: number, toX: number) => {
			const y = Math.round(vp.height * 0.7);
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y }] });
			for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: fromX + ((toX - fromX) * i) / 8, y }] });
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		await swipe(vp.width * 0.85, vp.width * 0.15);
		await expectAt(page, pair + 1);
		await swipe(vp.width * 0.15, vp.width * 0.85);
		await expectAt(page, pair);
		const scroll = await page.evaluate(() => (document.scrollingElement as HTMLElement).scrollHeight - innerHeight);
		expect(scroll).toBeLessThanOrEqual(0);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await waitForMap(page);
		expect(problems).toEqual([]);
	});
});

test.describe('presentation mode on a projector', () => {
	test.skip(({ isMobile }) => isMobile, 'a projector at 1280×720');
	test.use({ viewport: { width: 1280, height: 720 } });

	test('the key is hidden until asked for, by K or the Key button', async ({ page }) => {
		const withKey = steps.find((s) => s.layers.some((u) => u.layer === 'unrest'))!;
		await openPresent(page, `#${withKey.id}`);
		await waitForMap(page);
		await expect(page.locator('.legend-box')).toHaveCount(0);
		await page.keyboard.press('k');
		await expect(page.locator('.legend-box')).toBeVisible();
		await page.keyboard.press('k');
		await expect(page.locator('.legend-box')).toHaveCount(0);
		const button = page.locator('[data-key-toggle]');
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('.legend-box')).toBeVisible();
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog', { name: 'Keys' })).toContainText('map key');
	});

	test('the control bar hides while the pointer is still, and shows on a move, a key, or focus', async ({ page }) => {
		await openPresent(page, `#${steps[pair]!.id}/1`);
		const bar = page.locator('[data-controls]');
		await page.mouse.move(300, 300);
		await expect(bar).toHaveAttribute('data-shown', 'true');
		// It hides 2.5 s after the last move; the timer can run late while a busy machine draws the map.
		await expect(bar).toHaveAttribute('data-shown', 'false', { timeout: 20_000 });
		await page.mouse.move(320, 320);
		await expect(bar).toHaveAttribute('data-shown', 'true');
		await expect(bar).toHaveAttribute('data-shown', 'false', { timeout: 20_000 });
		// A key shows it. On a busy machine it can show and hide again between two looks, so the page notes that it showed.
		await bar.evaluate((el) => {
			const w = window as unknown as { barShown: boolean };
			w.barShown = false;
			new MutationObserver(() => void (el.dataset.shown === 'true' && (w.barShown = true))).observe(el, { attributes: true, attributeFilter: ['data-shown'] });
		});
		await page.keyboard.press('Shift');
		await expect.poll(() => page.evaluate(() => (window as unknown as { barShown: boolean }).barShown)).toBe(true);
		// Tabbed into: it stays while the focus is in it.
		await bar.locator('button').first().focus();
		await page.keyboard.press('Tab');
		await expect(bar).toHaveAttribute('data-shown', 'true');
		await page.waitForTimeout(4000);
		await expect(bar).toHaveAttribute('data-shown', 'true');
		await expect(bar).toHaveCSS('opacity', '1');
	});

	test('map text and lines are drawn larger, and fills stronger, than on a reader’s screen', async ({ page }) => {
		const step = steps.find((s) => s.layers.some((u) => u.layer === 'places'))!;
		const read = async (url: string) => {
			await page.goto(url);
			await waitForMap(page);
			return page.locator('[data-map]').first().evaluate((el) => {
				const map = (el as HTMLElement & { __map?: any }).__map;
				// The reading map adds a layer module when a step first shows it: the highlight may not be there yet.
				const highlight = map.getLayer('highlight-fill') ? map.getPaintProperty('highlight-fill', 'fill-opacity') : null;
				return { border: JSON.stringify(map.getPaintProperty('country-borders', 'line-width')), highlight: highlight ?? null };
			});
		};
		const reading = await read(`/#${step.id}`);
		const presenting = await read(`/present#${step.id}`);
		expect(presenting.border).not.toBe(reading.border);
		if (typeof reading.highlight === 'number') expect(presenting.highlight).toBeGreaterThan(reading.highlight);
	});
});
