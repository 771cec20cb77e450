import { story } from '$data/story';
import { assertValidStory } from '$lib/story/validate';

// Runs when the site is prerendered: a malformed story fails the build with
// the path and reason of every bad field, before any page is written.
assertValidStory(story);

export const prerender = true;
