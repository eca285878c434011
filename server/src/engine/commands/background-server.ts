// A script that leaves an application server running and returns: `nohup pipenv run gunicorn … --log-file gunicorn.log &`
// (SensorIoT's runserver.sh, with stopserver.sh beside it), `nohup node server.js > app.log 2>&1 &`. Whatever it is named
// (`runserver.sh`, `startserver.sh`, `go.sh`), it is how the app starts on that machine, so the start-command rules read it
// as they read start.sh (probe25). Only a known server's command counts: a build, a test run or a one-off job put in the
// background (`npm run build &`, `pytest &`, `nohup python export.py &`) starts no app.
import { scriptCommands } from './script';
import type { MappedText } from '../languages/mapped-text';
import { isAppServer } from './app-servers';
import { isPythonInterpreter, pythonCommandWords } from './kinds';
import { baseCommand, effectiveWords, scriptRun } from './words';

/** A JS entry file: `server.js`, `app.js`, `index.js`, `dist/main.js`, `bin/www`. */
const NODE_ENTRY = /(?:^|\/)(?:server|app|index|main|www|start)(?:\.[cm]?js)?$/;
/** A Python entry file that serves: `server.py`, `app.py`, `run.py`, `wsgi.py`, `main.py`, `api.py`. */
const PYTHON_ENTRY = /(?:^|\/)(?:server|app|run|wsgi|asgi|main|api|web)\.py$/;

/** Cheap test first: a script with neither `nohup` nor a command ending in a lone `&` puts nothing in the background. */
const MAY_BACKGROUND = /\bnohup\b|[^&]&[ \t]*(?:#.*)?$/m;

/** Whether the script starts an application server with `nohup` or in the background (`… &`). */
export function startsServerInBackground(script: MappedText): boolean {
  if (!MAY_BACKGROUND.test(script.text)) return false;
  return scriptCommands(script).some((command) => (command.after === '&' || baseCommand(command.texts[0] ?? '') === 'nohup') && servesApp(command.texts));
}

/** Whether the command starts a known application server (`gunicorn …`, `node server.js`, `bundle exec puma`, `rails s`). */
export function servesApp(words: readonly string[]): boolean {
  const effective = pythonCommandWords(effectiveWords(words));
  const first = baseCommand(effective[0] ?? '');
  if (isAppServer(first)) return true;
  if (first === 'node' || first === 'bun' || first === 'deno') return effective.slice(1).some((word) => NODE_ENTRY.test(word));
  if (isPythonInterpreter(first)) return (effective[1] !== undefined && PYTHON_ENTRY.test(effective[1])) || (/manage\.py$/.test(effective[1] ?? '') && effective[2] === 'runserver');
  if (first === 'flask') return effective.includes('run');
  if (first === 'rails') return effective[1] === 'server' || effective[1] === 's';
  if (first === 'php') return effective[1] === 'artisan' && effective[2] === 'serve';
  if (first === 'java') return effective.includes('-jar');
  return scriptRun(words)?.name === 'start';
}
