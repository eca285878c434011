// Whether Python code runs when the app starts, decided from this file alone: module level of an
// entry module (wsgi.py, asgi.py, app.py, main.py, ...), an app factory (by name, or a Paste/Pyramid
// factory: `main(global_config, **settings)` or a function that returns `config.make_wsgi_app()`), Django's AppConfig.ready(),
// FastAPI/Starlette start-up hooks and lifespans, Flask's before_first_request, or a helper of this
// file called from one of those. Branches only taken in development or behind an opt-in migration
// flag, and `__main__` blocks that start no server, are off the start path.
import { baseClassNames, decoratorsOf, dottedName, enclosingClass, enclosingFunction, keywordArgument, lastSegment, positionalArguments, stringValue } from '../../languages/python';
import { managePyCommand } from './python-calls';
import { PYTHON_APP_SERVERS } from '../../commands/app-servers';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { fileNameWords, isOneOffOrTestFile } from './javascript-paths';
import { isGunicornConfig } from '../process-paths';

const ENTRY_MODULES = new Set(['wsgi', 'asgi', 'app', 'main', 'server', 'application', 'run', '__main__']);
const FACTORIES = new Set(['create_app', 'make_app', 'create_application', 'app_factory', 'get_application']);
/** Flask's and Quart's, Sanic's listeners (`@app.before_server_start`), BlackSheep's `@app.on_start`. */
const START_HOOKS = new Set(['before_first_request', 'before_serving', 'before_server_start', 'after_server_start', 'main_process_start', 'on_start']);
/** Sanic's `@app.listener('before_server_start')`: the event names a start hook. */
const START_EVENTS = new Set(['startup', 'before_server_start', 'after_server_start', 'main_process_start']);
/** Signals a function is appended to: aiohttp's `app.on_startup.append(fn)`, BlackSheep's `app.on_start += fn`. */
const START_SIGNALS = new Set(['on_startup', 'on_start']);
/**
 * Gunicorn's server hooks in its config file (`gunicorn.conf.py`): the master runs `on_starting` and
 * `when_ready` as it starts, every worker runs `post_fork` / `post_worker_init` as it boots.
 */
const GUNICORN_HOOKS = new Set(['on_starting', 'when_ready', 'pre_fork', 'post_fork', 'post_worker_init']);
/** Flags that opt in to migrating, or say the code runs in development: assumed off in production. */
const GATE = /MIGRAT|SYNC|SCHEMA|\bDEBUG\b|\bdebug\b|TESTING|\btesting\b/;
/** `app.run()`, `uvicorn.run()`, `web.run_app()`, `serve(app)`, `httpd.serve_forever()`, CherryPy's `quickstart()` and `engine.start()`. */
const SERVER_STARTS = /(?:^|\.)(?:run|serve|run_simple|run_app|serve_forever|quickstart)$|(?:^|\.)engine\.start$/;

/** Files that are one-off admin processes or tests: manage.py, management commands, alembic/, migrations/, scripts/, tests. */
export function isOneOffPythonFile(path: string): boolean {
  if (isOneOffOrTestFile(path)) return true;
  const segments = path.toLowerCase().split('/');
  const file = segments[segments.length - 1] ?? '';
  if (file === 'manage.py' || file === 'conftest.py' || file === 'fabfile.py' || file === 'noxfile.py' || file === 'tasks.py') return true;
  return segments.slice(0, -1).some((segment) => segment === 'alembic' || segment === 'management');
}

export function isOnStartPath(call: SyntaxNode, path: string, root: SyntaxNode): boolean {
  if (isGatedOff(call)) return false;
  const fn = enclosingFunction(call);
  if (!fn) return isModuleLevelOfEntry(call, path);
  if (fn.type !== 'function_definition') return false;
  if (isStartFunction(fn, root, path)) return true;
  // One level of helpers: `def run_migrations(): ...` called from a start-up hook or at load.
  const name = fn.childForFieldName('name')?.text;
  if (name === undefined || enclosingFunction(fn)) return false;
  return callsOf(root, name).some((site) => !isGatedOff(site) && site.id !== call.id && startsFromHere(site, path, root));
}

function startsFromHere(site: SyntaxNode, path: string, root: SyntaxNode): boolean {
  const fn = enclosingFunction(site);
  if (!fn) return isModuleLevelOfEntry(site, path);
  return fn.type === 'function_definition' && isStartFunction(fn, root, path);
}

function isModuleLevelOfEntry(node: SyntaxNode, path: string): boolean {
  let root = node;
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'class_definition') return false;
    root = parent;
  }
  const file = path.slice(path.lastIndexOf('/') + 1).replace(/\.py$/, '');
  return ENTRY_MODULES.has(file) || fileNameWords(file).some((word) => word === 'wsgi' || word === 'asgi') || createsWebApp(root) || isModelsModule(root);
}

/** A model's base: SQLAlchemy's declarative `Base`, Flask-SQLAlchemy's `db.Model`, `DeclarativeBase`, SQLModel, peewee's `Model`. */
const MODEL_BASE = /(?:^|\.)(?:Base|Model|DeclarativeBase|SQLModel)$/;

/**
 * A module that declares the app's tables (`class Note(Base)`, `class Product(db.Model)`) and has no `__main__` block:
 * the handlers import it for its models, so its module level (`Base.metadata.create_all(engine)` below the classes) runs
 * whenever the app starts. One run as a script by hand says so with `if __name__ == "__main__":`.
 */
function isModelsModule(root: SyntaxNode): boolean {
  let models = false;
  for (const statement of root.namedChildren) {
    if (statement?.type === 'if_statement' && isMainGuard(statement.childForFieldName('condition') ?? statement)) return false;
    const cls = statement?.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    models ||= cls?.type === 'class_definition' && baseClassNames(cls).some((base) => MODEL_BASE.test(base));
  }
  return models;
}

/** Web frameworks whose application object, made at module level, makes the module the app's (`app/__init__.py`). */
const WEB_APPS = new Set(['Flask', 'FastAPI', 'Quart', 'Sanic', 'Starlette', 'Litestar', 'Bottle']);

/** `app = Flask(__name__)` at module level: importing the module builds the app, so its module level runs at start. */
function createsWebApp(root: SyntaxNode): boolean {
  return root.namedChildren.some((statement) => {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    const value = assignment?.type === 'assignment' ? assignment.childForFieldName('right') : undefined;
    const callee = value?.type === 'call' ? dottedName(value.childForFieldName('function')) : undefined;
    return callee !== undefined && WEB_APPS.has(lastSegment(callee));
  });
}

function isStartFunction(fn: SyntaxNode, root: SyntaxNode, path: string): boolean {
  const name = fn.childForFieldName('name')?.text ?? '';
  if (FACTORIES.has(name) || isPasteFactory(fn)) return true;
  if (GUNICORN_HOOKS.has(name) && fn.parent?.type === 'module' && isGunicornConfig(path)) return true;
  // `def main(): create_all(engine); cherrypy.engine.start()`: the function that starts the server runs at start.
  if (fn.parent?.type === 'module' && startsServer(fn.childForFieldName('body') ?? fn)) return true;
  if (name === 'ready' && (baseClassNames(enclosingClass(fn) ?? fn).some((base) => lastSegment(base) === 'AppConfig'))) return true;
  if (decoratorsOf(fn).some(isStartDecorator)) return true;
  return isLifespan(fn, name, root);
}

/** Paste Deploy's app factory signature (`def main(global_config, **settings)`), or a function returning Pyramid's `config.make_wsgi_app()`. */
function isPasteFactory(fn: SyntaxNode): boolean {
  const first = fn.childForFieldName('parameters')?.namedChild(0);
  if (first?.type === 'identifier' && first.text === 'global_config') return true;
  let returnsApp = false;
  walkTree(fn, (node) => {
    if (returnsApp || (node.type === 'function_definition' && node.id !== fn.id)) return false;
    if (node.type === 'return_statement') returnsApp = /\.make_wsgi_app\(\)$/.test(node.namedChild(0)?.text ?? '');
    return undefined;
  });
  return returnsApp;
}

/** `@app.on_event('startup')`, `@app.before_first_request`, `@app.before_serving`. */
function isStartDecorator(decorator: SyntaxNode): boolean {
  if (decorator.type === 'call') {
    const name = dottedName(decorator.childForFieldName('function')) ?? '';
    const event = stringValue(decorator.childForFieldName('arguments')?.namedChild(0));
    return (lastSegment(name) === 'on_event' || lastSegment(name) === 'listener') && event !== undefined && START_EVENTS.has(event);
  }
  return START_HOOKS.has(lastSegment(dottedName(decorator) ?? ''));
}

/**
 * An async context manager named `lifespan`, or passed as `lifespan=` / in `on_startup=[...]`, or
 * registered as a start hook: `app.on_startup.append(fn)` (aiohttp), `app.on_start += fn` (BlackSheep),
 * `app.add_event_handler("startup", fn)` (Starlette, FastAPI).
 */
function isLifespan(fn: SyntaxNode, name: string, root: SyntaxNode): boolean {
  const contextManager = decoratorsOf(fn).some((decorator) => /asynccontextmanager$/.test(dottedName(decorator) ?? ''));
  if (contextManager && /lifespan/i.test(name)) return true;
  let passed = false;
  walkTree(root, (node) => {
    if (passed) return false;
    if (node.type === 'augmented_assignment') passed = node.childForFieldName('right')?.text === name && isStartSignal(node.childForFieldName('left'));
    if (node.type !== 'call') return undefined;
    const lifespan = keywordArgument(node, 'lifespan');
    const onStartup = keywordArgument(node, 'on_startup');
    passed ||= lifespan?.text === name || (onStartup?.type === 'list' && onStartup.namedChildren.some((item) => item?.text === name)) || registersHook(node, name);
    return undefined;
  });
  return passed;
}

function isStartSignal(node: SyntaxNode | null): boolean {
  return START_SIGNALS.has(lastSegment(dottedName(node) ?? ''));
}

/** `app.on_startup.append(fn)`, `app.add_event_handler("startup", fn)`, Sanic's `app.register_listener(fn, "before_server_start")`. */
function registersHook(call: SyntaxNode, name: string): boolean {
  const callee = call.childForFieldName('function');
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  const method = lastSegment(dottedName(callee) ?? '');
  if (method === 'append') return callee?.type === 'attribute' && isStartSignal(callee.childForFieldName('object')) && args[0]?.text === name;
  if (method === 'add_event_handler') return START_EVENTS.has(stringValue(args[0]) ?? '') && args[1]?.text === name;
  return method === 'register_listener' && args[0]?.text === name && START_EVENTS.has(stringValue(args[1]) ?? '');
}

/** Calls `name(...)` anywhere in the file. */
function callsOf(root: SyntaxNode, name: string): SyntaxNode[] {
  const sites: SyntaxNode[] = [];
  walkTree(root, (node) => {
    if (node.type === 'call' && node.childForFieldName('function')?.text === name) sites.push(node);
  });
  return sites;
}

/** Inside `if RUN_MIGRATIONS:` / `if settings.DEBUG:` / `if os.getenv('AUTO_MIGRATE')`, or a `__main__` block that starts no server. */
export function isGatedOff(node: SyntaxNode): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'function_definition') return false;
    if (parent.type !== 'if_statement' || parent.childForFieldName('consequence')?.id !== child.id) continue;
    const condition = parent.childForFieldName('condition');
    if (!condition) continue;
    if (isMainGuard(condition)) return !startsServer(child);
    if (GATE.test(condition.text) && !/\bnot\b/.test(condition.text)) return true;
  }
  return false;
}

function isMainGuard(condition: SyntaxNode): boolean {
  return /^__name__\s*==\s*['"]__main__['"]$/.test(condition.text) || /^['"]__main__['"]\s*==\s*__name__$/.test(condition.text);
}

/**
 * `app.run(...)`, `uvicorn.run(...)`, `web.run_app(...)`, `serve(app)`; and the server a start command hands over to:
 * Django's `call_command("runserver")` or `execute_from_command_line(["manage.py", "runserver"])`, a server program
 * run or exec'd (`os.execvp("gunicorn", [...])`, `subprocess.Popen(["uvicorn", ...])`).
 */
export function startsServer(block: SyntaxNode): boolean {
  let found = false;
  walkTree(block, (node) => {
    if (found) return false;
    if (node.type === 'call') found = SERVER_STARTS.test(dottedName(node.childForFieldName('function')) ?? '') || handsOverToServer(node);
    return undefined;
  });
  return found;
}

/** Django's own server commands. */
const SERVER_COMMANDS = new Set(['runserver', 'runserver_plus', 'runmodwsgi', 'rundramatiq']);
/** Process starts: `os.execvp`/`execv`/`execlp`..., `subprocess.run`/`call`/`check_call`/`Popen`. */
const PROCESS_STARTS = /^(?:os\.exec[lv]p?e?|subprocess\.(?:run|call|check_call|Popen))$/;

function handsOverToServer(call: SyntaxNode): boolean {
  const callee = lastSegment(dottedName(call.childForFieldName('function')) ?? '');
  const [first] = positionalArguments(call);
  if (callee === 'call_command') return SERVER_COMMANDS.has(stringValue(first) ?? '');
  if (callee === 'execute_from_command_line') return SERVER_COMMANDS.has(managePyCommand(call) ?? '');
  if (!PROCESS_STARTS.test(dottedName(call.childForFieldName('function')) ?? '')) return false;
  // `os.execvp("gunicorn", [...])`, `subprocess.run(["gunicorn", ...])`: the program is the first word.
  const program = first?.type === 'list' ? stringValue(first.namedChildren[0]) : stringValue(first)?.split(/\s+/)[0];
  return program !== undefined && PYTHON_APP_SERVERS.has(program.slice(program.lastIndexOf('/') + 1));
}
