/**
 * The story as the reading page's scripts see it. This module is the whole
 * story; the build replaces it in the browser's bundle with the shorter copy
 * that ./forReading.ts describes (vite.config.ts).
 */
export { story } from '$data/story';
