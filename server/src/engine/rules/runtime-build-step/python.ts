// runtime-build-step in the Python script the deploy starts (`CMD ["python", "entrypoint.py"]`, `web: python run.py`):
// a development server started from code is the same start as its command line. `uvicorn.run(..., reload=True)` is
// `uvicorn --reload`, `app.run(debug=True)` is `flask run --debug` (the reloader and the debugger), Werkzeug's
// `run_simple(..., use_reloader=True)` the same loop, `call_command("runserver")` Django's development server. Only in
// a script the node layer says a Dockerfile, a release compose file or a Procfile runs: the same call in `main.py`
// under `if __name__ == "__main__":` is, in countless apps, how a developer runs it while production starts the app
// with gunicorn or uvicorn's command line.
import { startedAsProcess } from '../../commands/shell-start';
import { importBindings, keywordArgument, lastSegment, positionalArguments, resolvedName, stringValue, type Bindings } from '../../languages/python';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';

/** Keyword arguments that turn a server's reloader (or Flask's debug mode, which turns it on) on. */
const RELOAD_FLAGS: Readonly<Record<string, { flags: readonly string[]; what: string }>> = {
  'uvicorn.run': { flags: ['reload'], what: 'uvicorn.run with reload=True' },
  'werkzeug.serving.run_simple': { flags: ['use_reloader', 'use_debugger'], what: "Werkzeug's run_simple with its reloader" },
  'werkzeug.run_simple': { flags: ['use_reloader', 'use_debugger'], what: "Werkzeug's run_simple with its reloader" },
};
/** An app's own `run` (Flask, Quart, Sanic, Flask-SocketIO's `socketio.run(app, …)`): debug mode reloads and debugs. */
const APP_RUN_FLAGS = ['debug', 'use_reloader', 'auto_reload', 'reload'];
const RUNSERVER_CALLS = new Set(['django.core.management.call_command', 'django.core.management.execute_from_command_line']);

export const pythonCheck: LanguageCheck = {
  languages: ['python'],
  keywords: ['reload', 'debug', 'runserver'],
  // Before any parse: only where a deploy file of the project runs some Python script at all.
  mayReport: ({ options }) => [options.dependencies?.containerScripts, options.dependencies?.procfileScripts].some((scripts) => scripts?.some((script) => script.endsWith('.py'))),
  check,
};

function check(context: RuleContext): void {
  if (!startedAsProcess(context.path, context.options.dependencies, true)) return;
  const tree = context.parsed.tree;
  if (!tree) return;
  const bindings = importBindings(tree.rootNode);
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'call') return;
    const what = devServerCall(node, bindings);
    if (what) {
      context.report({
        span: nodeSpan(node.childForFieldName('function') ?? node),
        message:
          `Factor V: this script, which the deploy runs as the app's process, starts a development server (${what}), ` +
          "made for a developer's machine (reloading on file changes, a debugger, one process), not for production traffic; " +
          'start the app with a production server (gunicorn, uvicorn without --reload) and leave reloading to development.',
      });
    }
  });
}

/** What development server the call starts, named from our own vocabulary; undefined for any other call. */
function devServerCall(call: SyntaxNode, bindings: Bindings): string | undefined {
  const name = resolvedName(call.childForFieldName('function'), bindings);
  if (name === undefined) return undefined;
  const server = RELOAD_FLAGS[name];
  if (server) return server.flags.some((flag) => isTrue(keywordArgument(call, flag))) ? server.what : undefined;
  if (RUNSERVER_CALLS.has(name)) return runsRunserver(call) ? 'runserver' : undefined;
  // `app.run(debug=True)`: a method named run on a value, not a module's function (`asyncio.run`, `subprocess.run`).
  if (lastSegment(name) === 'run' && name.includes('.') && !bindings.has(name.slice(0, name.indexOf('.')))) {
    return APP_RUN_FLAGS.some((flag) => isTrue(keywordArgument(call, flag))) ? 'app.run in debug mode' : undefined;
  }
  return undefined;
}

/** `call_command("runserver", …)`, `execute_from_command_line(["manage.py", "runserver", …])`. */
function runsRunserver(call: SyntaxNode): boolean {
  const first = positionalArguments(call)[0];
  if (stringValue(first) === 'runserver') return true;
  return first?.type === 'list' && first.namedChildren.some((item) => stringValue(item) === 'runserver');
}

/** Only the literal `True`: `reload=os.getenv("RELOAD") == "1"` leaves the choice to the deploy. */
function isTrue(value: SyntaxNode | undefined): boolean {
  return value?.type === 'true';
}
