// What a HashiCorp Nomad job runs (`*.nomad.hcl`, `*.nomad`): each task's `config { entrypoint, command,
// args }` (the docker driver's entrypoint list, then the command, then its args; exec and raw_exec take a
// command and args). A batch or sysbatch job (periodic or dispatched) runs and exits, as a Kubernetes Job
// does, and a lifecycle task that is no sidecar (`hook = "prestart"`: an init step) is no run stage either.
// A task that runs a script its own `template { data = <<EOH … EOH, destination = "local/start.sh" }` writes
// runs that script's commands: they are read as the task's, as an entrypoint script's are.
import { baseName } from '../languages/detect';
import { parseToml, type TomlValue } from '../languages/toml';
import type { RuleContext } from '../rule';
import { argvCommands, scriptCommands } from './script';
import { ADMIN_PROCESS } from './shell-start';
import type { StartCommand } from './start-commands';

const ONE_OFF_JOBS = new Set(['batch', 'sysbatch']);
const ARGV_KEYS = ['entrypoint', 'command', 'args'];

export function nomadStartCommands(context: RuleContext): StartCommand[] {
  const values = parseToml(context.text, { hcl: true, heredocs: true }).filter((value) => value.path[0] === 'job');
  const tasks = new Map<string, { name: string; values: TomlValue[] }>();
  for (const value of values) {
    const at = value.path.indexOf('task');
    if (at < 0 || value.path.length < at + 3) continue;
    const key = value.path.slice(0, at + 2).join('\u0000');
    const task = tasks.get(key) ?? { name: value.path[at + 1]!, values: [] };
    task.values.push(value);
    tasks.set(key, task);
  }
  const oneOffJobs = new Set(values.filter((value) => value.path.length === 3 && value.path[2] === 'type' && ONE_OFF_JOBS.has(value.value.text)).map((value) => value.path[1]));
  return [...tasks.values()].flatMap(({ name, values: taskValues }) => {
    if (oneOffJobs.has(taskValues[0]!.path[1]) || ADMIN_PROCESS.test(name) || isInitStep(taskValues)) return [];
    const setting = (key: string): TomlValue[] => taskValues.filter((value) => value.quoted && value.path.at(-2) === 'config' && value.path.at(-1) === key);
    const argv = ARGV_KEYS.flatMap(setting).map((value) => value.value);
    if (argv.length === 0) return [];
    const where = `the "${name}" task`;
    const script = templateScript(taskValues, argv.map((value) => baseName(value.text)));
    const commands = script ? scriptCommands(script.value) : argvCommands(argv);
    return [{ where, commands, runsBeforeStart: false, waitsForBackground: commands.some((command) => command.texts[0] === 'wait') }];
  });
}

/**
 * The body of the task's template whose destination the task runs (`command = "/local/start.sh"` and
 * `destination = "local/start.sh"`): a heredoc or string starting with `#!`. A task's templates are paired with
 * their destinations in order (each block has one of each).
 */
function templateScript(taskValues: readonly TomlValue[], runs: readonly string[]): TomlValue | undefined {
  const inTemplate = (key: string) => taskValues.filter((value) => value.path.at(-2) === 'template' && value.path.at(-1) === key && !value.inArray);
  const data = inTemplate('data');
  const destinations = inTemplate('destination');
  if (data.length !== destinations.length) return undefined;
  const at = destinations.findIndex((destination) => runs.includes(baseName(destination.value.text)));
  const script = at < 0 ? undefined : data[at];
  return script?.value.text.trimStart().startsWith('#!') ? script : undefined;
}

/** `lifecycle { hook = "prestart" }` without `sidecar = true`: it runs to completion before the main task. */
function isInitStep(taskValues: readonly TomlValue[]): boolean {
  const lifecycle = (key: string): string | undefined => taskValues.find((value) => value.path.at(-2) === 'lifecycle' && value.path.at(-1) === key)?.value.text;
  return lifecycle('hook') !== undefined && lifecycle('sidecar') !== 'true';
}
