/** The English words of this area (data/i18n/ui-present.en.json), added to the lookup when the modules that show them load; see ./ui.ts. */
import en from '../../../data/i18n/ui-present.en.json';
import { addWords } from './ui';

addWords('en', en);
