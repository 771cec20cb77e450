import { story } from '$data/story';
import { speakerNotes } from '$data/notes';
import { assertValidStory } from '$lib/story/validate';

// Runs when the site is prerendered: a malformed story fails the build with
// the path and reason of every bad field, before any page is written.
assertValidStory(story, speakerNotes);

export const prerender = true;
