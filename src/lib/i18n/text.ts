/**
 * The English words of the HTML builders (data/i18n/ui-text.en.json), for
 * components that build step text in the browser (embeds, the single-step
 * page); see ./ui.ts. The server has them from $lib/story/html.ts.
 */
import en from '../../../data/i18n/ui-text.en.json';
import { addWords } from './ui';

addWords('en', en);
