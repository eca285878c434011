import type { LanguageCheck, RuleContext } from '../../rule';
import { checkFrameworkSessions } from './javascript-framework-sessions';
import { checkSessionMiddleware } from './javascript-middleware';
import { identifiersIn, sessionBindings } from './javascript-modules';
import { mayReport } from './javascript-prefilter';
import { checkModuleState } from './javascript-state';
import { checkLocalUploads } from './javascript-uploads';

/**
 * Factor VI for JS/TS: session middleware on its default MemoryStore (Express, Koa, Fastify, grammY,
 * Telegraf), explicit memory or file session stores (Remix's session storages too), uploads kept on the local disk (multer), and module-level Maps/objects holding
 * per-user state written by request handlers.
 */
export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  // Session middleware says `session`/`store`; handlers take `req`/`request`/`ctx`/`reply` or hang off `.get(`-style routes.
  keywords: ['session', 'sid', 'store', 'multer', 'yar', 'req', 'ctx', 'reply', '.get(', '.post(', '.put(', '.patch(', '.delete(', '.use(', '.all('],
  mayReport,
  check,
};

function check(context: RuleContext): void {
  const source = context.parsed.typescript;
  let identifiers: Set<string> | undefined;
  // Only a quick-fix needs every identifier in the file; most files have no finding.
  const file = {
    source,
    bindings: sessionBindings(source),
    get identifiers() {
      return (identifiers ??= identifiersIn(source));
    },
  };
  checkSessionMiddleware(file, context.report);
  checkFrameworkSessions(source, file.bindings, context.report);
  checkLocalUploads(source, file.bindings, context.report);
  checkModuleState(source, context.report);
}
