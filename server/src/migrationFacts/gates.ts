// What a file's own text tells an audit before any other file is read (issue #12): which of the questions asked of
// its imports (migrations, ports, server starts: index.ts) can have an answer that changes its findings. The audit's
// first scan, in a worker, returns these; the second pass reads the imports of only the files they hold, and scans a
// file again only when an answer is found. Each is a superset of what the readers would find: never a lost finding.
import { mayUseImportedPort } from '../engine/rules/hardcoded-port/javascript-imported';
import { mayCallImportedStart } from '../engine/rules/no-graceful-shutdown/javascript-imported';
import { stopsGoServer } from '../engine/rules/no-graceful-shutdown/go-imported';
import { mayCallImportedMigration } from '../engine/rules/startup-migration/javascript-imported';
import { moduleImports } from '../engine/rules/startup-migration/go-imported';
import { importedModules } from '../engine/rules/startup-migration/python-imported';
import { JS_MODULE } from './files';
import { mayConstructImportedJsonStore } from '../engine/rules/memory-session-store/javascript-json-file';
import { mayConstructImportedPythonStore } from '../engine/rules/memory-session-store/python-json-file';
import { wantsImportedJsonStores } from '../engine/rules/memory-session-store/json-file-store';

export interface ImportsWorthReading {
  mayUseImportedPort?: true;
  mayCallImportedStart?: true;
  mayCallImportedMigration?: true;
  mayConstructImportedJsonStore?: true;
}

/**
 * For a JS/TS, Go or Python file (by its path, as the readers route it); nothing for any other file. `goModule`: for a
 * Go file, the module path of the go.mod it belongs to (none: no package of the module can be read).
 */
export function importsWorthReading(path: string, text: string, goModule?: string): ImportsWorthReading {
  if (JS_MODULE.test(path)) {
    return {
      ...(mayUseImportedPort(text) ? { mayUseImportedPort: true } : {}),
      ...(mayCallImportedStart(text) ? { mayCallImportedStart: true } : {}),
      ...(mayCallImportedMigration(text) ? { mayCallImportedMigration: true } : {}),
      ...(mayConstructImportedJsonStore(text) && wantsImportedJsonStores(path) ? { mayConstructImportedJsonStore: true } : {}),
    };
  }
  // The module's own packages are import paths under go.mod's module path (`goModule`, read by the audit's thread).
  // A server start is asked of them only for a `main` that stops no server itself.
  if (path.endsWith('.go')) {
    if (goModule === undefined || moduleImports(text, goModule).length === 0) return {};
    const main = /^package[ \t]+main\b/m.test(text) && !stopsGoServer(text);
    return { mayUseImportedPort: true, mayCallImportedMigration: true, ...(main ? { mayCallImportedStart: true } : {}) };
  }
  // The Python readers ask only the modules importedModules names (none for a file that shows no start path).
  if (path.endsWith('.py')) {
    const store = mayConstructImportedPythonStore(text) && wantsImportedJsonStores(path) ? { mayConstructImportedJsonStore: true as const } : {};
    return importedModules(text).length > 0 ? { mayUseImportedPort: true, mayCallImportedMigration: true, ...store } : store;
  }
  return {};
}
