// runtime-build-step in the files that say what runs at start: package.json start scripts,
// Dockerfile CMD/ENTRYPOINT, Procfile processes, compose/Kubernetes commands, platform specs,
// shell start scripts, systemd units (ExecStartPre/ExecStart), supervisord programs, railway/nixpacks/fly start commands.
import { commandSpan, commandText, removalSpan, scriptCommands, type CommandLine } from '../../commands/script';
import { START_SCRIPT, startCommands, type StartCommand } from '../../commands/start-commands';
import type { MappedText } from '../../languages/mapped-text';
import { baseCommand, effectiveWords, scriptRun } from '../../commands/words';
import { baseName } from '../../languages/detect';
import { jsonProperties, jsonProperty, jsonStringText } from '../../languages/json';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { FixData, Report, Span } from '../../types';
import { reportGrouped, type Grouping } from '../grouped-report';
import { isAdminOrUtility } from '../../commands/kinds';
import { isDevOnlyComposeFile, isDevOnlyImage, isLocalComposeFile } from '../compose-files';
import { BUILD_KEYWORDS, buildStepKind, DOC_GENERATORS, type BuildStepKind } from './build-commands';
import { DEV_SERVER_KEYWORDS, DEV_SERVER_PATTERNS, devServerName, isWatcher } from './dev-servers';

/** An install, a build, or a development server started as the app (`nodemon`, `flask run`, `go run`). */
type StepKind = BuildStepKind | 'dev-server';

function check(context: RuleContext): void {
  // An override or dev compose stack installs into a mounted checkout on a laptop: not a release.
  if (isDevOnlyComposeFile(context.path, context.options.scopes)) return;
  for (const start of startCommands(context)) {
    // `FROM base AS dev`, Dockerfile.dev: an image built with `--target dev` for a laptop, not the release.
    if (isDevOnlyImage(context.path, start.stage, context.options.scopes)) continue;
    const kinds = start.commands.map((command) => stepKind(context, start, command.texts));
    // startsAfter[i]: whether a command after the i-th one starts the app (one pass from the end).
    const startsAfter = new Array<boolean>(kinds.length).fill(false);
    for (let i = kinds.length - 2; i >= 0; i--) {
      const next = start.commands[i + 1]!;
      startsAfter[i] = startsAfter[i + 1]! || ((kinds[i + 1] ?? 'dev-server') === 'dev-server' && !isAdminOrUtility(next.texts) && !idles(start.commands, i + 1));
    }
    const reports = start.commands.flatMap((command, i) => {
      const kind = kinds[i];
      // A development server is the start itself.
      return kind && (kind === 'dev-server' || start.runsBeforeStart || startsAfter[i]) ? [reportOf(context, start, command, kind)] : [];
    });
    // `npm ci && npm run build && node dist` is one start command that builds its release: one finding.
    reportGrouped(context, reports, GROUPING);
  }
}

/**
 * A command that keeps the container up and starts nothing: `tail -f /dev/null`, `sleep infinity`, or a `while true`
 * loop whose body only sleeps. A dev container ends so (developers `exec` into it and start the app by hand): the
 * install before it is the box's set-up, not a release built at every start.
 */
function idles(commands: readonly CommandLine[], at: number): boolean {
  const [first, ...rest] = effectiveWords(commands[at]!.texts);
  const tool = baseCommand(first ?? '');
  if (tool === 'tail') return rest.some((word) => /^-[a-zA-Z]*[fF]|^--follow/.test(word));
  if (tool === 'sleep') return true;
  if ((tool !== 'while' && tool !== 'until') || !/^(?:true|:|false)$/.test(rest[0] ?? '')) return false;
  // The loop's body up to its `done`: only sleeps (a `do node server.js` there restarts the app).
  for (let i = at + 1; i < commands.length; i++) {
    const words = commands[i]!.texts[0] === 'do' ? commands[i]!.texts.slice(1) : commands[i]!.texts;
    if (words[0] === 'done') return true;
    if (words.length > 0 && words[0] !== 'sleep' && words[0] !== ':' && words[0] !== 'true') return false;
  }
  return false;
}

function stepKind(context: RuleContext, start: StartCommand, words: readonly string[]): StepKind | undefined {
  const build = buildStepKind(words) ?? packageScriptStep(context, words);
  if (build) return build;
  // The plain docker-compose.yml is as often the laptop's stack as the server's, and package.json's `start` is
  // `react-scripts start` or `nodemon` in countless apps deployed some other way: a dev server there is left alone,
  // unless the image or Procfile beside it runs `npm start` (the node layer's fact): then `start` is the deploy's process.
  if (isLocalComposeFile(context.path, context.options.scopes)) return undefined;
  if (baseName(context.path) === 'package.json') return packageDevServer(context, start, words);
  return devServerName(words) !== undefined ? 'dev-server' : undefined;
}

/**
 * `"prestart": "yarn docs"` where the package's `docs` script is `apidoc -i src -o docs`: the step the script it runs
 * takes, one level deep (the script's own name says nothing; its command does).
 */
function packageScriptStep(context: RuleContext, words: readonly string[]): BuildStepKind | undefined {
  const script = baseName(context.path) === 'package.json' ? scriptRun(words) : undefined;
  const body = script ? followedScript(context, script.name) : undefined;
  return body ? scriptCommands(body).map((command) => buildStepKind(command.texts)).find((kind) => kind !== undefined) : undefined;
}

/** The text of the package's own script by that name; not a start script, which startCommands reads itself. */
function followedScript(context: RuleContext, name: string): MappedText | undefined {
  if (START_SCRIPT.test(name)) return undefined;
  const value = jsonProperty(jsonProperty(context.parsed.json.root, 'scripts'), name);
  return value?.type === 'string' ? jsonStringText(context.text, value) : undefined;
}

/**
 * A package.json `start` that runs a development server: reported when an image or Procfile beside it runs `npm start`,
 * or when nothing names another process (no Dockerfile, Procfile or platform config, no `start:prod`) and the server is a
 * watcher (`nodemon`, `ts-node-dev`, `node --watch`): hosts run `npm start` then. A framework's dev server there
 * (`react-scripts start`, `vite`) is a front end's, served from its build in production, and left alone.
 */
function packageDevServer(context: RuleContext, start: StartCommand, words: readonly string[]): StepKind | undefined {
  if (start.script !== 'start') return undefined;
  const dependencies = context.options.dependencies;
  if (dependencies?.packageStartRunBy !== undefined) return devServerName(words) !== undefined ? 'dev-server' : undefined;
  if (!dependencies?.packageStartAlone || hasProductionStart(context)) return undefined;
  return isWatcher(words) ? 'dev-server' : undefined;
}

/** `start:prod`, `start:production`, `prod`, `serve:prod`: the package's own production start, which a deploy runs instead. */
function hasProductionStart(context: RuleContext): boolean {
  const scripts = jsonProperties(jsonProperty(context.parsed.json.root, 'scripts'));
  return scripts.some(([name]) => /^(?:(?:start|serve)[:\-_])?(?:prod|production)$/.test(String(name.value)));
}

const GROUPING: Grouping = {
  related: 'Factor V: another install, build or development step of the same start command',
  more: (others) => `${others} more install, build or development step${others === 1 ? '' : 's'} in the same command, shown as related locations`,
  noFixReason: 'several install or build steps run at start: move them to the build stage together',
};

/**
 * What the development server is, in its own terms: `php -S` neither watches nor compiles, it is PHP's built-in
 * web server, which serves one request at a time (the PHP manual: for development, not for a public network).
 */
function devServerWhat(name: string | undefined): string {
  if (name === 'php -S') return "PHP's built-in web server, single-threaded (one request at a time) and made for development";
  return "made for a developer's machine (reloading, compiling or serving from the source, one process)";
}

function reportOf(context: RuleContext, start: StartCommand, command: CommandLine, kind: StepKind): Report {
  if (kind === 'dev-server') {
    const name = devServerName(command.texts);
    return {
      span: commandSpan(command),
      message:
        `Factor V: ${start.where} starts the app with a development server (${name})${deployedBy(context)}, ` +
        `${devServerWhat(name)}, not for production traffic; build a release once and start it with a production server.`,
    };
  }
  const name = stepName(command);
  const what = kind === 'install' ? `installs dependencies (${name})` : generatesDocs(context, command) ? `generates its documentation (${name})` : `builds the app (${name})`;
  const fix = fixFor(context, start, command, kind);
  return {
    span: commandSpan(command),
    message:
      `Factor V: ${start.where} ${what} every time the app starts; ` +
      `${kind === 'install' ? 'install' : 'build'} once in the build stage and start the release it produced.`,
    ...(fix ? { fix } : {}),
  };
}

/** `apidoc -i src -o docs`, or `yarn docs` whose script runs it. */
function generatesDocs(context: RuleContext, command: CommandLine): boolean {
  const isDocs = (texts: readonly string[]) => DOC_GENERATORS.has(baseCommand(effectiveWords(texts)[0] ?? ''));
  if (isDocs(command.texts)) return true;
  const script = baseName(context.path) === 'package.json' ? scriptRun(command.texts) : undefined;
  const body = script ? followedScript(context, script.name) : undefined;
  return body !== undefined && scriptCommands(body).some((inner) => isDocs(inner.texts));
}

/** Why a package.json's `start` is the deployed process: the image or Procfile that runs it, or nothing naming another. */
function deployedBy(context: RuleContext): string {
  if (baseName(context.path) !== 'package.json') return '';
  const runBy = context.options.dependencies?.packageStartRunBy;
  if (runBy !== undefined) return `, and ${runBy} runs it as the deployed process`;
  return ', and with no Dockerfile, Procfile or platform config naming another command, `npm start` is what hosts run (Heroku, Render, App Engine)';
}

/** The step named from our own vocabulary only: a command line can carry a token or a password. */
function stepName(command: CommandLine): string {
  const script = scriptRun(command.texts);
  // A script's name is an identifier of the package's own: shown when it has that shape (`the "docs" script`).
  if (script) return /^[a-z][a-z0-9:_-]{0,30}$/.test(script.name) && !/^(pre)?(build|compile|bundle)/.test(script.name) ? `the "${script.name}" script` : 'a build script';
  const [tool, verb, third] = effectiveWords(command.texts);
  // `python $APP_HOME/manage.py collectstatic`: the step is the script's command, not the interpreter.
  if (verb !== undefined && baseCommand(verb) === 'manage.py' && third !== undefined && /^[a-z][a-z_]{0,30}$/.test(third)) return `manage.py ${third}`;
  const name = baseCommand(tool ?? '');
  return verb !== undefined && /^[a-z][a-z:-]*$/.test(verb) && verb.length <= 20 ? `${name} ${verb}` : name;
}

function fixFor(context: RuleContext, start: StartCommand, command: CommandLine, kind: BuildStepKind): FixData | undefined {
  const removal = removalSpan(command);
  if (!removal || start.runsBeforeStart) return undefined;
  if (start.lineStart !== undefined) return moveToRun(context, start.lineStart, command, removal);
  if (start.script === undefined) return undefined;
  if (kind === 'build' && !scriptRun(command.texts)) {
    // `"start": "tsc && node dist"` -> a "build" script, which platforms run in the build stage.
    if (jsonProperty(jsonProperty(context.parsed.json.root, 'scripts'), 'build') !== undefined) return undefined;
    return { kind: 'move-to-script', title: 'Move the build to a "build" script', edits: [{ span: removal, text: '' }], scriptName: 'build', command: commandText(command) };
  }
  const title = kind === 'install' ? `Remove the install from the "${start.script}" script` : `Remove the build from the "${start.script}" script`;
  return { kind: 'replace', title, edits: [{ span: removal, text: '' }] };
}

/** `CMD npm ci && node server.js` -> `RUN npm ci` on the line before, `CMD node server.js`. */
function moveToRun(context: RuleContext, lineStart: number, command: CommandLine, removal: Span): FixData {
  const eol = context.text.includes('\r\n') ? '\r\n' : '\n';
  return {
    kind: 'replace',
    title: 'Move the step to a RUN instruction (the image build)',
    edits: [
      { span: { start: lineStart, end: lineStart }, text: `RUN ${commandText(command)}${eol}` },
      { span: removal, text: '' },
    ],
  };
}

export const configCheck: LanguageCheck = {
  languages: ['json', 'dockerfile', 'procfile', 'yaml', 'shell', 'ini', 'toml', 'tfvars'],
  keywords: [...BUILD_KEYWORDS, ...DEV_SERVER_KEYWORDS],
  patterns: DEV_SERVER_PATTERNS,
  check,
};
