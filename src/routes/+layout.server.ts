import { story } from '$data/story';
import { speakerNotes } from '$data/notes';
import { about } from '$data/about';
import { corrections } from '$data/corrections';
import { assertValidStory, StoryError, validateAbout } from '$lib/story/validate';

// Runs when the site is prerendered: a malformed story fails the build with
// the path and reason of every bad field, before any page is written.
assertValidStory(story, speakerNotes);
const aboutProblems = validateAbout(about, corrections, story);
if (aboutProblems.length) throw new StoryError(aboutProblems);

export const prerender = true;
