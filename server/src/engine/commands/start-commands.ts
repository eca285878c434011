// Where a project says what runs when the app starts (the run stage): package.json start
// scripts, Dockerfile CMD/ENTRYPOINT, Procfile processes, compose/Kubernetes container commands
// and platform start commands (platform-starts.ts: App Engine, Cloud Foundry, App Runner, heroku.yml, Kamal,
// Platform.sh, ECS task definitions, AWS Copilot; nomad-starts.ts: Nomad jobs), systemd units and supervisord programs (service-starts.ts), and the shell start scripts they run (`docker-entrypoint.sh`). Build steps (RUN, `build` scripts) and one-off admin processes
// (`release:`, Jobs, initContainers, compose services run once, migrate scripts) are not the run stage.
import { baseName } from '../languages/detect';
import { dockerCommand } from '../languages/dockerfile';
import { jsonProperties, jsonProperty, jsonStringText } from '../languages/json';
import { MappedText } from '../languages/mapped-text';
import { yamlGet, yamlString, type YamlNode } from '../languages/yaml';
import type { RuleContext } from '../rule';
import { withoutDevelopmentBranches } from './dev-branches';
import { argvCommands, scriptCommands, type CommandLine } from './script';
import { containerArgvCommands, scalarScript } from './container-commands';
import { withWrittenScripts } from './docker-written-scripts';
import { isScheduledJob, platformStartCommands } from './platform-starts';
import { oneShotServices } from './one-shot-services';
import { nomadStartCommands } from './nomad-starts';
import { iniStartCommands, railwayJsonStartCommands, tomlStartCommands } from './service-starts';
import { ADMIN_PROCESS, isAppStartScript, startedAsProcess } from './shell-start';

export interface StartCommand {
  /** Where it is, for messages: `the "start" script`, `this CMD`, `the "web" process`, `this container`. */
  where: string;
  commands: CommandLine[];
  /** Every command of it runs before the app (npm's `prestart`): no later command has to start the app. */
  runsBeforeStart: boolean;
  /** A package.json script: its name (fixes may add or change other scripts). */
  script?: string;
  /** A Dockerfile instruction: the offset its line starts at (a RUN can be inserted there). */
  lineStart?: number;
  /** A start script that `wait`s for the processes it put in the background: it supervises them. */
  waitsForBackground?: boolean;
  /** A Dockerfile instruction in a named build stage (`FROM node:20 AS dev`): the stage's name, lower-cased. */
  stage?: string;
}

/** package.json scripts that start the app in production. */
export const START_SCRIPT = /^(pre)?(start|serve|prod|production)(:.*)?$/;
/** Local-only variants: `start:dev`, `serve:local`, `start:watch`. */
export const LOCAL_SEGMENT = /(^|[:\-_])(dev|development|local|watch|debug|test|e2e)([:\-_]|$)/;
const ADMIN_KINDS = new Set(['Job', 'CronJob']);
const START_COMMAND_KEYS = new Set(['startCommand', 'start_command', 'runCommand', 'run_command']);

/**
 * The run-stage commands of the scanned file; none for a file that declares none. A branch only development takes
 * (`if [ "$DEBUG" = true ]; then exec gunicorn --reload …`) is left out wherever the script is written: a start script,
 * a Dockerfile's or a compose service's `sh -c "…"`, a Procfile line.
 */
export function startCommands(context: RuleContext): StartCommand[] {
  return declaredStartCommands(context).map((start) => ({ ...start, commands: withoutDevelopmentBranches(start.commands) }));
}

function declaredStartCommands(context: RuleContext): StartCommand[] {
  switch (context.language) {
    case 'json':
      if (baseName(context.path) === 'railway.json') return railwayJsonStartCommands(context);
      if (baseName(context.path) === 'package.json') return packageScripts(context);
      return platformStartCommands(context, context.parsed.configTrees[0]);
    case 'ini':
      return iniStartCommands(context);
    case 'toml':
      return tomlStartCommands(context);
    case 'tfvars':
      return nomadStartCommands(context);
    case 'dockerfile':
      return dockerfileCommands(context);
    case 'procfile':
      return context.parsed.procfile
        .filter((entry) => !ADMIN_PROCESS.test(entry.name))
        .map((entry) => ({ where: `the "${entry.name}" process`, commands: scriptCommands(entry.command), runsBeforeStart: false }));
    case 'yaml':
      return yamlCommands(context);
    case 'shell':
      return shellStartCommands(context);
    default:
      return [];
  }
}

function shellStartCommands(context: RuleContext): StartCommand[] {
  const script = MappedText.contiguous(context.text, 0);
  // A script the image, a release compose file or the Procfile runs is the start, whatever its name (`docker-point.sh`).
  if (!isAppStartScript(context.path, script) && !startedAsProcess(context.path, context.options.dependencies, true)) return [];
  const commands = scriptCommands(script);
  const waitsForBackground = commands.some((command) => command.texts[0] === 'wait');
  return [{ where: 'this start script', commands, runsBeforeStart: false, waitsForBackground }];
}

function packageScripts(context: RuleContext): StartCommand[] {
  const scripts = jsonProperty(context.parsed.json.root, 'scripts');
  return jsonProperties(scripts)
    .filter(([name, value]) => value.type === 'string' && START_SCRIPT.test(String(name.value)) && !LOCAL_SEGMENT.test(String(name.value)))
    .map(([name, value]) => ({
      where: `the "${String(name.value)}" script`,
      script: String(name.value),
      commands: scriptCommands(jsonStringText(context.text, value)),
      runsBeforeStart: String(name.value).startsWith('pre'),
    }));
}

function dockerfileCommands(context: RuleContext): StartCommand[] {
  const { escape, instructions } = context.parsed.dockerfile;
  const found: StartCommand[] = [];
  let stage: string | undefined;
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') stage = stageName(instruction.args.text);
    if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT') continue;
    const command = dockerCommand(instruction);
    const declared = command.form === 'exec' ? argvCommands(command.argv) : scriptCommands(command.script, escape);
    // `CMD ["/srv/start.sh"]` where a RUN wrote start.sh: the script's commands are the start.
    const { commands, script } = withWrittenScripts(instructions, instruction, escape, declared);
    const lineStart = context.text.lastIndexOf('\n', instruction.keywordSpan.start - 1) + 1;
    const where = script ? `the start script this Dockerfile writes and its ${instruction.keyword} runs` : `this ${instruction.keyword}`;
    found.push({ where, commands, runsBeforeStart: false, lineStart, ...(stage ? { stage } : {}) });
  }
  return found;
}

/** `FROM node:20 AS dev` -> `dev`; undefined for an unnamed stage. */
function stageName(from: string): string | undefined {
  const words = from.trim().split(/\s+/);
  const as = words.findIndex((word) => word.toLowerCase() === 'as');
  return as > 0 ? words[as + 1]?.toLowerCase() : undefined;
}

function yamlCommands(context: RuleContext): StartCommand[] {
  const found: StartCommand[] = [];
  for (const document of context.parsed.yaml) {
    const root = document.contents;
    if (ADMIN_KINDS.has(yamlString(yamlGet(root, 'kind')) ?? '') || isScheduledJob(root)) continue;
    found.push(...platformStartCommands(context, root));
    const oneShot = oneShotServices(root);
    const stack: (YamlNode | undefined)[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node?.kind === 'seq') stack.push(...node.items);
      // A compose service that runs once and exits (a migrate step the app waits for) is an admin process.
      if (node?.kind !== 'map' || oneShot.has(node)) continue;
      const container = containerCommands(context, node);
      if (container) found.push({ where: 'this container', commands: container, runsBeforeStart: false });
      for (const pair of node.pairs) {
        const key = String(pair.key?.value ?? '');
        if (key === 'initContainers') continue;
        const script = START_COMMAND_KEYS.has(key) ? scalarScript(context, pair.value) : undefined;
        if (script) found.push({ where: `this ${key}`, commands: scriptCommands(script), runsBeforeStart: false });
        else stack.push(pair.value);
      }
    }
  }
  return found;
}

/** A compose service or a Kubernetes container: `entrypoint`/`command`/`args` together are what it runs. */
function containerCommands(context: RuleContext, node: YamlNode): CommandLine[] | undefined {
  const parts = ['entrypoint', 'command', 'args'].map((key) => yamlGet(node, key));
  if (parts.every((part) => part === undefined) || (yamlGet(node, 'image') === undefined && yamlGet(node, 'build') === undefined)) return undefined;
  return containerArgvCommands(context, parts);
}
