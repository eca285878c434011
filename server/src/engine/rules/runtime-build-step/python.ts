// runtime-build-step in the Python script the deploy starts (`CMD ["python", "entrypoint.py"]`, `web: python run.py`):
// a development server started from code is the same start as its command line. `uvicorn.run(..., reload=True)` is
// `uvicorn --reload`, `app.run(debug=True)` is `flask run --debug` (the reloader and the debugger), Werkzeug's
// `run_simple(..., use_reloader=True)` the same loop, `call_command("runserver")` Django's development server. Only in
// a script the node layer says a Dockerfile, a release compose file or a Procfile runs: the same call in `main.py`
// under `if __name__ == "__main__":` is, in countless apps, how a developer runs it while production starts the app
// with gunicorn or uvicorn's command line.
//
// A plain `app.run(host="0.0.0.0")` of a Flask (or Dash, Quart) app in such a script is the same start without the
// reloader: Werkzeug's development server, what `flask run` starts, which Flask's docs say not to use in production.
// Reported when the file starts no production server itself (waitress's `serve`, gevent, cheroot, bjoern…), which
// makes app.run the fallback, and not for Sanic's or Flask-SocketIO's run, which serve production traffic. Werkzeug's
// own `run_simple(host, port, app)` is that server called by name, with or without its reloader: read alike.
import { startedAsProcess } from '../../commands/shell-start';
import { importBindings, keywordArgument, lastSegment, positionalArguments, resolvedName, stringValue, type Bindings } from '../../languages/python';
import type { DeclaredDependencies } from '../../types';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';

/** Werkzeug's development server by name: with its reloader or debugger a development loop, without it still that server. */
const WERKZEUG_SERVER: Readonly<Record<string, { flags: readonly string[]; what: string }>> = {
  'werkzeug.serving.run_simple': { flags: ['use_reloader', 'use_debugger'], what: "Werkzeug's run_simple with its reloader" },
  'werkzeug.run_simple': { flags: ['use_reloader', 'use_debugger'], what: "Werkzeug's run_simple with its reloader" },
};
/** Keyword arguments that turn a server's reloader (or Flask's debug mode, which turns it on) on. */
const RELOAD_FLAGS: Readonly<Record<string, { flags: readonly string[]; what: string }>> = {
  'uvicorn.run': { flags: ['reload'], what: 'uvicorn.run with reload=True' },
  ...WERKZEUG_SERVER,
};
/** An app's own `run` (Flask, Quart, Sanic, Flask-SocketIO's `socketio.run(app, …)`): debug mode reloads and debugs. */
const APP_RUN_FLAGS = ['debug', 'use_reloader', 'auto_reload', 'reload'];
const RUNSERVER_CALLS = new Set(['django.core.management.call_command', 'django.core.management.execute_from_command_line']);
/** Apps whose `run` is Werkzeug's development server (Dash and Quart wrap the same loop for development). */
const DEV_SERVER_APPS = new Set(['flask.Flask', 'dash.Dash', 'quart.Quart']);
/** Distributions that make an app of unknown construction (`create_app()`, imported from the project) one of those. */
const DEV_SERVER_DISTRIBUTIONS = ['flask', 'dash', 'quart'];
/** Distributions whose `app.run` is a production server (Sanic's workers), where an app's origin cannot be told. */
const PRODUCTION_RUN_DISTRIBUTIONS = ['sanic'];
/** What a Flask app is called where the file does not build it: `app = create_app()`, `from shop import app`. */
const APP_NAME = /^(?:app|application|flask_app|webapp|web_app|server|api)$/;
/** Modules of production servers: a script that calls one (waitress's `serve(app)`) keeps app.run as a fallback. */
const PRODUCTION_SERVER_MODULES = new Set(['waitress', 'gevent', 'cheroot', 'bjoern', 'meinheld', 'gunicorn', 'eventlet', 'tornado', 'paste', 'cherrypy', 'twisted']);

export const pythonCheck: LanguageCheck = {
  languages: ['python'],
  // `.run(`: Flask's plain app.run; `run_simple`: Werkzeug's server without its reloader (the other forms carry their words).
  keywords: ['reload', 'debug', 'runserver', '.run(', 'run_simple'],
  // Before any parse: only where a deploy file of the project runs some Python script at all.
  mayReport: ({ options }) => [options.dependencies?.containerScripts, options.dependencies?.procfileScripts].some((scripts) => scripts?.some((script) => script.endsWith('.py'))),
  check,
};

function check(context: RuleContext): void {
  if (!startedAsProcess(context.path, context.options.dependencies, true)) return;
  const tree = context.parsed.tree;
  if (!tree) return;
  const bindings = importBindings(tree.rootNode);
  const calls: SyntaxNode[] = [];
  walkTree(tree.rootNode, (node) => {
    if (node.type === 'call') calls.push(node);
  });
  const files = new FileFacts(tree.rootNode, bindings, context.options.dependencies, calls);
  for (const node of calls) {
    const what = devServerCall(node, bindings) ?? plainAppRun(node, bindings, files) ?? plainRunSimple(node, bindings, files);
    if (what) {
      context.report({
        span: nodeSpan(node.childForFieldName('function') ?? node),
        message:
          what === PLAIN_RUN || what === PLAIN_RUN_SIMPLE
            ? plainServerMessage(what)
            : `Factor V: this script, which the deploy runs as the app's process, starts a development server (${what}), ` +
              "made for a developer's machine (reloading on file changes, a debugger, one process), not for production traffic; " +
              'start the app with a production server (gunicorn, uvicorn without --reload) and leave reloading to development.',
      });
    }
  }
}

const PLAIN_RUN = 'app.run';
const PLAIN_RUN_SIMPLE = 'run_simple';

/** Werkzeug's development server without its reloader, started through Flask's app.run or by its own name. */
function plainServerMessage(what: typeof PLAIN_RUN | typeof PLAIN_RUN_SIMPLE): string {
  const server =
    what === PLAIN_RUN
      ? "Flask's built-in development server (app.run, Werkzeug's, what `flask run` starts), which Flask's docs"
      : "Werkzeug's development server (run_simple, what `flask run` and app.run start), which Werkzeug's docs";
  return (
    `Factor V: this script, which the deploy runs as the app's process, starts ${server} say not to use in production: ` +
    "not made for production traffic's load, stability or security; start the app with a production server (gunicorn, " +
    `waitress's serve) and keep ${what} for development.`
  );
}

/** What the file says of the apps it runs and the servers it starts, read once. */
class FileFacts {
  /** Names assigned a call, by the call's resolved function name (`app` -> `flask.Flask`, `create_app`). */
  readonly assignedFrom = new Map<string, string[]>();
  readonly startsProductionServer: boolean;
  constructor(root: SyntaxNode, readonly bindings: Bindings, readonly dependencies: DeclaredDependencies | undefined, calls: readonly SyntaxNode[]) {
    walkTree(root, (node) => {
      if (node.type !== 'assignment') return;
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const name = right?.type === 'call' ? resolvedName(right.childForFieldName('function'), bindings) : undefined;
      if (left?.type === 'identifier' && name !== undefined) this.assignedFrom.set(left.text, [...(this.assignedFrom.get(left.text) ?? []), name]);
    });
    this.startsProductionServer = calls.some((call) => PRODUCTION_SERVER_MODULES.has(firstSegment(resolvedName(call.childForFieldName('function'), bindings) ?? '')));
  }

  /** Whether the project declares one of the distributions. */
  declares(names: readonly string[]): boolean {
    return names.some((name) => this.dependencies?.python?.distributions.includes(name) ?? false);
  }

  /** Whether the first segment names the project's own module (`from shop import app`). */
  isLocalModule(module: string): boolean {
    return this.dependencies?.python?.localModules.includes(firstSegment(module)) ?? false;
  }
}

function firstSegment(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? name : name.slice(0, dot);
}

/**
 * `app.run(host="0.0.0.0")` on a Flask app: one the file builds (`Flask(__name__)`, `dash.Dash(__name__)`), or, in a
 * project that declares Flask (and not Sanic), an app-named value the project's own code builds (`app = create_app()`,
 * `from shop import app`). Silent when the file itself starts a production server: app.run is then its fallback.
 */
function plainAppRun(call: SyntaxNode, bindings: Bindings, files: FileFacts): string | undefined {
  const callee = call.childForFieldName('function');
  const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object') : undefined;
  if (callee?.childForFieldName('attribute')?.text !== 'run' || receiver?.type !== 'identifier' || files.startsProductionServer) return undefined;
  const name = receiver.text;
  const built = files.assignedFrom.get(name) ?? [];
  if (built.some((constructor) => DEV_SERVER_APPS.has(constructor))) return built.length === 1 ? PLAIN_RUN : undefined;
  if (!APP_NAME.test(name) || !files.declares(DEV_SERVER_DISTRIBUTIONS) || files.declares(PRODUCTION_RUN_DISTRIBUTIONS)) return undefined;
  const imported = bindings.get(name);
  // Built by a call of the project's own (`create_app()`, `shop.create_app()`), or imported from its own module.
  const projectBuilt = built.length > 0 && built.every((constructor) => !constructor.includes('.') || files.isLocalModule(constructor));
  const projectImported = imported !== undefined && built.length === 0 && files.isLocalModule(imported);
  return projectBuilt || projectImported ? PLAIN_RUN : undefined;
}

/**
 * Werkzeug's `run_simple(host, port, app)` without its reloader (`use_reloader=False`, or no flag): the development server
 * app.run starts, named directly. Silent where the file starts a production server too (run_simple is then its fallback).
 */
function plainRunSimple(call: SyntaxNode, bindings: Bindings, files: FileFacts): string | undefined {
  const name = resolvedName(call.childForFieldName('function'), bindings);
  return name !== undefined && name in WERKZEUG_SERVER && !files.startsProductionServer ? PLAIN_RUN_SIMPLE : undefined;
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
