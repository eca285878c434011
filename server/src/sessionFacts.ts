// The node layer's reading of where an app keeps sessions in its cache (Factor VI), for the
// production settings file that picks the cache: Django's split settings (base.py beside
// production.py) and Rails (config/application.rb, config/initializers/session_store.rb beside
// config/environments/production.rb). A fixed list of sibling files, each read only when it is a
// small regular file whose real path stays inside the workspace root. Cached per file.
import { realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { languageOf } from './engine/languages/detect';
import { sessionCacheChoiceIn, sessionChoiceFiles, wantsSessionCacheChoice } from './engine/rules/memory-session-store/session-cache-fact';
import type { SessionCacheChoice } from './engine/types';
import type { Grammars } from './grammars';
import { displayPath } from './displayPath';
import { readInside } from './safeRead';

export class SessionFacts {
  private readonly files = new Map<string, Promise<SessionCacheChoice | undefined>>();

  constructor(private readonly grammars?: Grammars) {}

  /** Whether a file's findings depend on this fact: a production settings file (`path` relative to its app or root). */
  static wants(path: string): boolean {
    return wantsSessionCacheChoice(path);
  }

  /** Where the app of `file` (`path` as the rules see it) keeps sessions in the cache; paths relative to `displayBase`. */
  async forFile(file: string, path: string, root: string, displayBase: string): Promise<SessionCacheChoice | undefined> {
    const key = `${file}\n${displayBase}`;
    let fact = this.files.get(key);
    if (!fact) {
      fact = this.read(file, path, root, displayBase);
      this.files.set(key, fact);
    }
    return fact;
  }

  /** A watched file changed on disk: read the siblings again. */
  forget(): void {
    this.files.clear();
  }

  private async read(file: string, path: string, root: string, displayBase: string): Promise<SessionCacheChoice | undefined> {
    const realRoot = await realpath(root).catch(() => undefined);
    if (realRoot === undefined) return undefined;
    for (const sibling of sessionChoiceFiles(path)) {
      const absolute = join(dirname(file), sibling);
      const text = await readInside(absolute, realRoot);
      if (text === undefined) continue;
      // Without its grammar a file is skipped, never guessed.
      await this.grammars?.ensure(languageOf(absolute)).catch(() => undefined);
      const choice = sessionCacheChoiceIn(displayPath(displayBase, absolute), text, this.grammars);
      if (choice) return choice;
    }
    return undefined;
  }
}
