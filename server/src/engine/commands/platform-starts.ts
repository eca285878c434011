// Start commands of platform manifests that run an app without a compose service or a Kubernetes
// container: each names the command in a key of its own. Known by their shape, not their file name
// (manifests are renamed per environment: `manifest-staging.yml`, `deploy.production.yml`):
// - Google App Engine `app.yaml`: `entrypoint:` beside `runtime:`;
// - Cloud Foundry `manifest.yml`: each of `applications:` with its `command:`;
// - AWS App Runner `apprunner.yaml`: `run: {command:}` beside `runtime:`;
// - heroku.yml: each process under `run:` (a command, or `{command: [...]}`), beside `build:`;
// - Kamal `config/deploy.yml`: each role under `servers:` with its `cmd:`, beside `service:`;
// - Platform.sh / Upsun: `web.commands.start` and each of `workers.*.commands.start` of an app
//   (the file's root beside `type:`, or each of `applications:`);
// - ECS task definitions (JSON, or CloudFormation's `ContainerDefinitions`): each container's
//   `entryPoint` + `command`;
// - AWS Copilot service manifests: the root's `entrypoint` + `command` are a container's (start-commands.ts
//   reads them so); each of `environments.<env>` that overrides them is one more (a Scheduled Job is a one-off).
// Their release steps (heroku.yml `release:`, Platform.sh `hooks.deploy`, crons) are not the run stage.
import type { MappedText } from '../languages/mapped-text';
import { yamlGet, yamlScalarText, yamlString, type YamlNode, type YamlScalar } from '../languages/yaml';
import type { RuleContext } from '../rule';
import { containerArgvCommands } from './container-commands';
import { argvCommands, scriptCommands, type CommandLine } from './script';
import { ADMIN_PROCESS } from './shell-start';
import type { StartCommand } from './start-commands';


/** The platform start commands in one document of a YAML (or converted JSON) manifest. */
export function platformStartCommands(context: RuleContext, root: YamlNode | undefined): StartCommand[] {
  if (root?.kind !== 'map') return [];
  return [
    ...appEngine(context, root),
    ...cloudFoundry(context, root),
    ...appRunner(context, root),
    ...herokuYml(context, root),
    ...kamal(context, root),
    ...platformSh(context, root),
    ...taskDefinitions(context, root, 0),
    ...copilotOverrides(context, root),
  ];
}

/** AWS Copilot's service manifests name their kind in `type:`. */
const COPILOT_SERVICES = new Set(['Load Balanced Web Service', 'Backend Service', 'Worker Service', 'Request-Driven Web Service']);

/** A Copilot Scheduled Job runs on a schedule (`on.schedule`) and exits: a one-off process, as a Kubernetes CronJob is. */
export function isScheduledJob(root: YamlNode | undefined): boolean {
  return yamlString(yamlGet(root, 'type')) === 'Scheduled Job' && yamlGet(root, 'on') !== undefined;
}

/** `environments: { staging: { command: [...] } }`: what the service runs in that environment (unset parts are the root's). */
function copilotOverrides(context: RuleContext, root: YamlNode): StartCommand[] {
  if (!COPILOT_SERVICES.has(yamlString(yamlGet(root, 'type')) ?? '')) return [];
  return namedEntries(yamlGet(root, 'environments')).flatMap(([name, override]) => {
    if (yamlGet(override, 'entrypoint') === undefined && yamlGet(override, 'command') === undefined) return [];
    const parts = ['entrypoint', 'command'].map((key) => yamlGet(override, key) ?? yamlGet(root, key));
    return start(`the "${name}" environment's command`, containerArgvCommands(context, parts));
  });
}

function start(where: string, commands: CommandLine[] | undefined): StartCommand[] {
  return commands && commands.length > 0 ? [{ where, commands, runsBeforeStart: false }] : [];
}

/** A scalar is a shell line; a list of scalars, one shell line each (heroku.yml's `command: [...]`). */
function shellTexts(context: RuleContext, node: YamlNode | undefined): MappedText[] | undefined {
  if (node?.kind === 'scalar' && typeof node.value === 'string') return [yamlScalarText(context.text, node)];
  if (node?.kind !== 'seq') return undefined;
  return node.items.flatMap((item) => (item?.kind === 'scalar' && typeof item.value === 'string' ? [yamlScalarText(context.text, item)] : []));
}

function isTrue(node: YamlNode | undefined): boolean {
  return node?.kind === 'scalar' && (node.value === true || node.value === 'true');
}

function shellLines(context: RuleContext, node: YamlNode | undefined): CommandLine[] | undefined {
  return shellTexts(context, node)?.flatMap((text) => scriptCommands(text));
}

/**
 * The shell lines of the processes a platform routes web traffic to on the port it assigns in $PORT:
 * heroku.yml's `run.web`, App Engine's `entrypoint`, a Cloud Foundry application with a route (not
 * `no-route: true`), Platform.sh's `web.commands.start`. App Runner (`network.port`), Kamal (`proxy.app_port`)
 * and ECS (`portMappings`) declare the port the app binds: a literal there is the declared one.
 */
export function platformWebCommands(context: RuleContext, root: YamlNode | undefined): MappedText[] {
  if (root?.kind !== 'map') return [];
  const heroku = yamlGet(yamlGet(root, 'build'), 'docker') !== undefined ? yamlGet(yamlGet(root, 'run'), 'web') : undefined;
  const herokuWeb = heroku?.kind === 'map' ? yamlGet(heroku, 'command') : heroku;
  const appEngine = yamlGet(root, 'runtime') !== undefined ? yamlGet(root, 'entrypoint') : undefined;
  const applications = yamlGet(root, 'applications');
  const routed = applications?.kind === 'seq' ? applications.items.filter((app) => !isTrue(yamlGet(app, 'no-route'))) : [];
  const platformSh = yamlGet(root, 'type') !== undefined ? yamlGet(yamlGet(yamlGet(root, 'web'), 'commands'), 'start') : undefined;
  return [herokuWeb, appEngine, ...routed.map((app) => yamlGet(app, 'command')), platformSh].flatMap((node) => shellTexts(context, node) ?? []);
}

/** Named entries of a map, admin ones left out. */
function namedEntries(node: YamlNode | undefined): [string, YamlNode | undefined][] {
  if (node?.kind !== 'map') return [];
  return node.pairs.flatMap((pair) => {
    const name = String(pair.key?.value ?? '');
    return ADMIN_PROCESS.test(name) ? [] : [[name, pair.value] as [string, YamlNode | undefined]];
  });
}

function appEngine(context: RuleContext, root: YamlNode): StartCommand[] {
  if (yamlGet(root, 'runtime') === undefined || yamlString(yamlGet(root, 'entrypoint')) === undefined) return [];
  return start('this entrypoint', shellLines(context, yamlGet(root, 'entrypoint')));
}

function cloudFoundry(context: RuleContext, root: YamlNode): StartCommand[] {
  const applications = yamlGet(root, 'applications');
  if (applications?.kind !== 'seq') return [];
  return applications.items.flatMap((app) => {
    const name = yamlString(yamlGet(app, 'name')) ?? '';
    return ADMIN_PROCESS.test(name) ? [] : start(`the "${name}" application`, shellLines(context, yamlGet(app, 'command')));
  });
}

function appRunner(context: RuleContext, root: YamlNode): StartCommand[] {
  if (yamlGet(root, 'runtime') === undefined) return [];
  return start('this run command', shellLines(context, yamlGet(yamlGet(root, 'run'), 'command')));
}

/** heroku.yml builds Docker images (`build: {docker: …}`): App Runner's `build:` holds commands, and is not it. */
function herokuYml(context: RuleContext, root: YamlNode): StartCommand[] {
  if (yamlGet(yamlGet(root, 'build'), 'docker') === undefined) return [];
  return namedEntries(yamlGet(root, 'run')).flatMap(([name, process]) =>
    start(`the "${name}" process`, shellLines(context, process?.kind === 'map' ? yamlGet(process, 'command') : process)),
  );
}

function kamal(context: RuleContext, root: YamlNode): StartCommand[] {
  if (yamlGet(root, 'service') === undefined) return [];
  return namedEntries(yamlGet(root, 'servers')).flatMap(([role, server]) => start(`the "${role}" role`, shellLines(context, yamlGet(server, 'cmd'))));
}

function platformSh(context: RuleContext, root: YamlNode): StartCommand[] {
  const apps = yamlGet(root, 'type') !== undefined ? [root] : namedEntries(yamlGet(root, 'applications')).map(([, app]) => app);
  return apps.flatMap((app) => [
    ...start('the web start command', shellLines(context, yamlGet(yamlGet(yamlGet(app, 'web'), 'commands'), 'start'))),
    ...namedEntries(yamlGet(app, 'workers')).flatMap(([name, worker]) =>
      start(`the "${name}" worker`, shellLines(context, yamlGet(yamlGet(worker, 'commands'), 'start'))),
    ),
  ]);
}

/** ECS container definitions, at any depth (a CloudFormation template nests them under a resource). */
function taskDefinitions(context: RuleContext, node: YamlNode | undefined, depth: number): StartCommand[] {
  if (!node || depth > 6) return [];
  if (node.kind === 'seq') return node.items.flatMap((item) => taskDefinitions(context, item, depth + 1));
  if (node.kind !== 'map') return [];
  const containers = yamlGet(node, 'containerDefinitions') ?? yamlGet(node, 'ContainerDefinitions');
  if (containers?.kind === 'seq') return containers.items.flatMap((container) => ecsContainer(context, container));
  return node.pairs.flatMap((pair) => taskDefinitions(context, pair.value, depth + 1));
}

function ecsContainer(context: RuleContext, container: YamlNode | undefined): StartCommand[] {
  const field = (name: string): YamlNode | undefined => yamlGet(container, name) ?? yamlGet(container, name[0]!.toUpperCase() + name.slice(1));
  const name = yamlString(field('name')) ?? '';
  if (field('image') === undefined || ADMIN_PROCESS.test(name)) return [];
  const parts = [field('entryPoint'), field('command')].filter((part): part is YamlNode => part !== undefined);
  if (parts.length === 0 || !parts.every((part) => part.kind === 'seq')) return [];
  const argv = parts.flatMap((part) => (part.kind === 'seq' ? part.items : []));
  const words = argv.filter((item): item is YamlScalar => item?.kind === 'scalar' && typeof item.value === 'string');
  if (words.length !== argv.length) return [];
  return start(`the "${name}" container`, argvCommands(words.map((item) => yamlScalarText(context.text, item))));
}
