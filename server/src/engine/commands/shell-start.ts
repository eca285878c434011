// Which shell scripts start the app: `docker-entrypoint.sh`, `boot.sh`, `start.sh`, a service control script
// (`bin/appctl start|stop`), or any script that ends by exec-ing a process (`exec gunicorn ...`, `exec "$@"`). Their commands are the run
// stage as much as a Dockerfile CMD is, so the start-command rules read them too.
import { baseName } from '../languages/detect';
import type { MappedText } from '../languages/mapped-text';
import { lexShell, simpleCommands } from '../languages/shell';
import { effectiveWords } from './words';
import { startsServerInBackground } from './background-server';
import type { DeclaredDependencies } from '../types';

/** Names that say "this starts the app": entrypoint, boot, start, run, serve. */
export const START_SCRIPT_NAME = /(?:^|[-_.])(?:entrypoint|entry|boot|start|startup|run|serve|server|launch|init)(?:[-_.]|$)/i;
/** Process names (Procfile types, supervisord programs, platform processes and roles) that exist to run admin work once. */
export const ADMIN_PROCESS = /release|migrat|seed/i;
/** Names of one-off admin and build scripts. */
export const ONE_OFF_SCRIPT_NAME = /migrat|seed|deploy|release|setup|install|backup|restore|test|ci/i;
/** Names of scripts for a developer's machine: `start-dev.sh`, `run_local.sh`, `serve-watch.sh`. */
const LOCAL_SCRIPT_NAME = /(?:^|[-_.])(?:dev|development|local|watch|debug|test|tests|e2e)(?:[-_.]|$)/i;

/** Folders of CI jobs (`.ci/run`, `ci/build.sh`, `.github/scripts/start.sh`): they build and test, nothing is deployed from them. */
const CI_FOLDER = /^(?:\.?ci|\.github|\.circleci|\.buildkite|\.gitlab)$/i;

function isCiFolderPath(path: string): boolean {
  return path.replace(/\\/g, '/').split('/').slice(0, -1).some((folder) => CI_FOLDER.test(folder));
}

/** The script's name without folders and without `.sh`/`.bash`. */
export function scriptName(path: string): string {
  return baseName(path).replace(/\.(?:sh|bash)$/i, '');
}

/** `exec gunicorn ...`, `exec "$@"`: the script hands over to the long-running process. */
export function execsAProcess(script: MappedText): boolean {
  return simpleCommands(lexShell(script)).some((command) => {
    const words = command.words.map((word) => word.text.text);
    return words[0] === 'exec' && effectiveWords(words).length > 0;
  });
}

/** `start() {`, `function stop {`, `start)` / `stop)` arms: a line that defines or dispatches to an action. Linear: one anchored pass per line. */
const ACTION_LINE = /^[ \t]*(?:function[ \t]+(start|stop)\b|(start|stop)[ \t]*\([ \t]*\)|["']?(start|stop)["']?[ \t]*\))/gm;

/**
 * A service control script (`bin/appctl start|stop|status|restart`, the init.d shape cnpmjs.org's `nodejsctl` has): it
 * defines or dispatches both a start and a stop action. Its start action is how the app starts, whatever its name.
 */
export function isControlScript(text: string): boolean {
  const actions = new Set<string>();
  for (const match of text.matchAll(ACTION_LINE)) actions.add(match[1] ?? match[2] ?? match[3]!);
  return actions.size === 2;
}

/**
 * A script that starts the deployed app: named for starting (and not for a one-off job or a
 * developer's machine), a service control script, unnamed but ending in `exec` of a process, or
 * one that leaves an application server running in the background (`nohup gunicorn … &` in runserver.sh).
 */
export function isAppStartScript(path: string, script: MappedText): boolean {
  const name = scriptName(path);
  if (LOCAL_SCRIPT_NAME.test(name) || ONE_OFF_SCRIPT_NAME.test(name) || isCiFolderPath(path)) return false;
  return START_SCRIPT_NAME.test(name) || execsAProcess(script) || isControlScript(script.text) || startsServerInBackground(script);
}

/**
 * A script the project's deploy files start as a process (the node layer's facts): a Dockerfile's or a release compose
 * file's `CMD ["/app/docker-point.sh"]` / `command: docker/startup.sh`, and with `procfile` a Procfile's `web: bash
 * Procfile.sh`. Such a script is a start script whatever its name; one only a development image starts
 * (`Dockerfile.dev`) is not the release's, nor one named for a developer's machine (`start-dev.sh`).
 */
export function startedAsProcess(path: string, dependencies: DeclaredDependencies | undefined, procfile: boolean): boolean {
  const name = baseName(path);
  if (!dependencies || LOCAL_SCRIPT_NAME.test(scriptName(path)) || dependencies.devImageScripts?.includes(name)) return false;
  return (dependencies.containerScripts?.includes(name) ?? false) || (procfile && (dependencies.procfileScripts?.includes(name) ?? false));
}

/**
 * A script a Procfile runs as a process (`web: bash bin/start.sh`): the platform assigns that process its port in $PORT
 * and routes to it (Factor VII), as it does for the Procfile's own command. Not one named for a developer's machine.
 */
export function runByProcfile(path: string, dependencies: DeclaredDependencies | undefined): boolean {
  return !LOCAL_SCRIPT_NAME.test(scriptName(path)) && (dependencies?.procfileScripts?.includes(baseName(path)) ?? false);
}
