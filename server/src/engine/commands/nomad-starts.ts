// What a HashiCorp Nomad job runs (`*.nomad.hcl`, `*.nomad`): each task's `config { entrypoint, command,
// args }` (the docker driver's entrypoint list, then the command, then its args; exec and raw_exec take a
// command and args). A batch or sysbatch job (periodic or dispatched) runs and exits, as a Kubernetes Job
// does, and a lifecycle task that is no sidecar (`hook = "prestart"`: an init step) is no run stage either.
import { parseToml, type TomlValue } from '../languages/toml';
import type { RuleContext } from '../rule';
import { argvCommands } from './script';
import { ADMIN_PROCESS } from './shell-start';
import type { StartCommand } from './start-commands';

const ONE_OFF_JOBS = new Set(['batch', 'sysbatch']);
const ARGV_KEYS = ['entrypoint', 'command', 'args'];

export function nomadStartCommands(context: RuleContext): StartCommand[] {
  const values = parseToml(context.text, { hcl: true }).filter((value) => value.path[0] === 'job');
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
    return argv.length > 0 ? [{ where: `the "${name}" task`, commands: argvCommands(argv), runsBeforeStart: false }] : [];
  });
}

/** `lifecycle { hook = "prestart" }` without `sidecar = true`: it runs to completion before the main task. */
function isInitStep(taskValues: readonly TomlValue[]): boolean {
  const lifecycle = (key: string): string | undefined => taskValues.find((value) => value.path.at(-2) === 'lifecycle' && value.path.at(-1) === key)?.value.text;
  return lifecycle('hook') !== undefined && lifecycle('sidecar') !== 'true';
}
