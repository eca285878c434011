// JSON files as the app's database (json-file-store.ts), one check per language's parser.
import type { LanguageCheck } from '../../rule';
import { goJsonFileCheck } from './go-json-file';
import { javascriptJsonFileCheck } from './javascript-json-file';
import { phpJsonFileCheck } from './php-json-file';
import { pythonJsonFileCheck } from './python-json-file';
import { rubyJsonFileCheck } from './ruby-json-file';

export const jsonFileChecks: LanguageCheck[] = [javascriptJsonFileCheck, pythonJsonFileCheck, rubyJsonFileCheck, phpJsonFileCheck, goJsonFileCheck];
