import type { LanguageCheck, RuleContext } from '../../rule';
import { checkCherryPySessions } from './python-cherrypy';
import { checkSessionSettings } from './python-settings';
import { checkSessionBackends } from './python-session-backends';
import { checkModuleState } from './python-state';
import { checkGlobalRequestState } from './python-request-state';
import { checkPythonModelStores } from './python-model-store';

/**
 * Factor VI for Python: Flask-Session and Django sessions on the local disk or in a per-process
 * cache, CherryPy's RAM and file sessions, and module-level dicts/sets holding per-user state written by
 * Flask, FastAPI, Django or CherryPy handlers.
 */
export const pythonChecks: LanguageCheck[] = [
  {
    languages: ['python'],
    keywords: ['session', 'request', 'route', '.get(', '.post(', '.put(', '.patch(', '.delete(', 'api_view', 'login_required', 'inmemorychannellayer', 'locmemcache', 'consumer', 'endpoint', 'socketio', 'sio.', 'memorystorage'],
    check,
  },
  // A plain class that keeps its records in a class attribute its own `save` fills: `Recipe.recipes.append(self)`.
  {
    languages: ['python'],
    keywords: ['def save('],
    check: (context) => {
      const root = context.parsed.tree?.rootNode;
      if (root) checkPythonModelStores(root, context.report);
    },
  },
];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  checkSessionSettings(tree.rootNode, context.report, context.options.sessionsInCache);
  checkSessionBackends(tree.rootNode, context.report);
  checkCherryPySessions(tree.rootNode, context.report);
  checkModuleState(tree.rootNode, context.report);
  checkGlobalRequestState(tree.rootNode, context.report);
}
