// What a file's own text tells an audit before any other file is read (issue #12): which of the questions asked of
// its imports (migrations, ports, server starts: index.ts) can have an answer that changes its findings. The audit's
// first scan, in a worker, returns these; the second pass reads the imports of only the files they hold, and scans a
// file again only when an answer is found. Each is a superset of what the readers would find: never a lost finding.
import { mayUseImportedPort } from '../engine/rules/hardcoded-port/javascript-imported';
import { mayCallImportedStart } from '../engine/rules/no-graceful-shutdown/javascript-imported';
import { mayCallImportedMigration } from '../engine/rules/startup-migration/javascript-imported';
import { JS_MODULE } from './files';

export interface ImportsWorthReading {
  mayUseImportedPort?: true;
  mayCallImportedStart?: true;
  mayCallImportedMigration?: true;
}

/** For a JS/TS file; nothing for any other file. */
export function importsWorthReading(path: string, text: string): ImportsWorthReading {
  if (JS_MODULE.test(path)) {
    return { ...(mayUseImportedPort(text) ? { mayUseImportedPort: true } : {}), ...(mayCallImportedStart(text) ? { mayCallImportedStart: true } : {}), ...(mayCallImportedMigration(text) ? { mayCallImportedMigration: true } : {}) };
  }
  return {};
}
