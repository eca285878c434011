// Factor VI across two files of one app: one keeps sessions in the cache (Django split settings'
// `SESSION_ENGINE = 'django.contrib.sessions.backends.cache'` in settings/base.py, Rails'
// `session_store :cache_store` in config/initializers/session_store.rb) and the production settings
// put that cache in the process (`LocMemCache` in settings/production.py, `config.cache_store =
// :memory_store` in config/environments/production.rb). Pure: the node layer (sessionFacts.ts) reads
// the files named here and hands the choice to the production file's scan; the rule examples feed it
// text through the same function.
import { ParsedDocument } from '../../languages';
import { languageOf } from '../../languages/detect';
import { nodeSpan, type TreeSitterParsers } from '../../languages/treeSitter';
import { LineIndex } from '../../source';
import type { SessionCacheChoice } from '../../types';
import { cacheSessionsEngine } from './python-settings';
import { cacheSessionStoreCall } from './ruby';

/** Production settings that may put the cache in the process; not a developer's or the test run's. */
const DJANGO_PRODUCTION = /(?:^|\/)settings\/(?:production|prod)\.py$/;
const RAILS_PRODUCTION = /(?:^|\/)config\/environments\/(?:production|staging)\.rb$/;

/** Django's shared settings modules that production.py star-imports, by the names split-settings layouts use. */
const DJANGO_SHARED = ['base.py', 'common.py', 'defaults.py', 'default.py', 'shared.py', '__init__.py'];
const RAILS_SESSION_FILES = ['../application.rb', '../initializers/session_store.rb'];

/** Whether the file at `path` wants the sessions-in-cache fact of its app. */
export function wantsSessionCacheChoice(path: string): boolean {
  return DJANGO_PRODUCTION.test(path) || RAILS_PRODUCTION.test(path);
}

/** The files, relative to `path`'s folder, that may keep the app's sessions in the cache. */
export function sessionChoiceFiles(path: string): readonly string[] {
  if (DJANGO_PRODUCTION.test(path)) return DJANGO_SHARED;
  return RAILS_PRODUCTION.test(path) ? RAILS_SESSION_FILES : [];
}

/** Where `text` (the file at `path`) keeps sessions in the cache, if it does. */
export function sessionCacheChoiceIn(path: string, text: string, treeSitter?: TreeSitterParsers): SessionCacheChoice | undefined {
  const language = languageOf(path);
  if (language !== 'python' && language !== 'ruby') return undefined;
  const parsed = new ParsedDocument(path, text, language, treeSitter);
  try {
    const root = parsed.tree?.rootNode;
    const node = root && (language === 'python' ? cacheSessionsEngine(root) : cacheSessionStoreCall(root));
    return node ? { path, range: new LineIndex(text).range(nodeSpan(node)) } : undefined;
  } finally {
    parsed.dispose();
  }
}
