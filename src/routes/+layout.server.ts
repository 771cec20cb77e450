import { story } from '$data/story';
import { speakerNotes } from '$data/notes';
import { about } from '$data/about';
import { corrections } from '$data/corrections';
import ru from '$data/i18n/ru.json';
import uk from '$data/i18n/uk.json';
import { assertValidStory, StoryError, validateAbout } from '$lib/story/validate';
import { checkTranslation, extractWords } from '$lib/story/translate';

// Runs when the site is prerendered: a malformed story fails the build with
// the path and reason of every bad field, before any page is written.
assertValidStory(story, speakerNotes);
const aboutProblems = validateAbout(about, corrections, story);
if (aboutProblems.length) throw new StoryError(aboutProblems);
// So does a translation that misses a string, has one English lacks, or changes a citation or a figure:
// each problem names the language, the step and the field ("ru: step airlift, body.1: missing").
const english = extractWords({ story, notes: speakerNotes, about, corrections });
const translationProblems = [...checkTranslation(english, ru, 'ru'), ...checkTranslation(english, uk, 'uk')];
if (translationProblems.length) throw new StoryError(translationProblems);

export const prerender = true;
