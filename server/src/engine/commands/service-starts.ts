// Start commands that process supervisors and platforms keep outside the Dockerfile/Procfile/compose
// family: a systemd service unit (`ExecStartPre=` then `ExecStart=`, both run at every start and
// restart of the service), supervisord's `[program:x] command=`, Railway's `deploy.startCommand`
// (railway.json, railway.toml), Nixpacks' `[start] cmd` and fly.toml's `[processes]`. A oneshot unit
// that only migrates, a `[program:migrate]`, fly's `release_command` are admin work: they start nothing
// after the migration, or are not read at all.
import { baseName } from '../languages/detect';
import { parseIni, type IniEntry } from '../languages/ini';
import { jsonProperty, jsonStringText } from '../languages/json';
import { MappedText } from '../languages/mapped-text';
import { parseToml } from '../languages/toml';
import type { RuleContext } from '../rule';
import { scriptCommands } from './script';
import { ADMIN_PROCESS } from './shell-start';
import type { StartCommand } from './start-commands';

/** systemd's command prefixes: `-` (failure ignored), `@`, `:`, `+`, `!`, `!!` (how it runs, not what). */
const SYSTEMD_PREFIX = /^[-@:+!]+/;

/** A `.service` unit's `ExecStartPre=` and `ExecStart=` lines, in the order systemd runs them; supervisord's programs. */
export function iniStartCommands(context: RuleContext): StartCommand[] {
  const entries = parseIni(context.text);
  if (context.path.endsWith('.service')) return systemdStart(context, entries);
  return entries
    .filter((entry) => entry.key === 'command' && /^program:/.test(entry.section) && !ADMIN_PROCESS.test(entry.section.slice('program:'.length)))
    .map((entry) => ({ where: `the "${entry.section.slice('program:'.length)}" program`, commands: scriptCommands(valueScript(context, entry)), runsBeforeStart: false }));
}

function systemdStart(context: RuleContext, entries: readonly IniEntry[]): StartCommand[] {
  const service = entries.filter((entry) => entry.section === 'Service');
  const lines = [...service.filter((entry) => entry.key === 'ExecStartPre'), ...service.filter((entry) => entry.key === 'ExecStart')];
  if (lines.length === 0) return [];
  return [{ where: 'this unit', commands: lines.flatMap((entry) => scriptCommands(valueScript(context, entry, SYSTEMD_PREFIX))), runsBeforeStart: false }];
}

/** The value as written (quotes kept: the shell reading of it removes them), less a leading prefix. */
function valueScript(context: RuleContext, entry: IniEntry, prefix?: RegExp): MappedText {
  const raw = context.text.slice(entry.valueSpan.start, entry.valueSpan.end);
  const skip = prefix?.exec(raw)?.[0].length ?? 0;
  return MappedText.contiguous(raw.slice(skip), entry.valueSpan.start + skip);
}

/** railway.toml `[deploy] startCommand`, nixpacks.toml `[start] cmd`, fly.toml `[processes]` (not `release_command`). */
export function tomlStartCommands(context: RuleContext): StartCommand[] {
  const name = baseName(context.path).toLowerCase();
  const wanted = (path: readonly string[]): boolean =>
    (name === 'railway.toml' && path.join('.') === 'deploy.startCommand') ||
    (name === 'nixpacks.toml' && path.join('.') === 'start.cmd') ||
    (name === 'fly.toml' && path.length === 2 && path[0] === 'processes' && !ADMIN_PROCESS.test(path[1]!));
  return parseToml(context.text)
    .filter((value) => value.quoted && !value.inArray && wanted(value.path))
    .map((value) => ({ where: `this ${value.path[value.path.length - 1]}`, commands: scriptCommands(value.value), runsBeforeStart: false }));
}

/** railway.json's `deploy.startCommand`. */
export function railwayJsonStartCommands(context: RuleContext): StartCommand[] {
  const command = jsonProperty(jsonProperty(context.parsed.json.root, 'deploy'), 'startCommand');
  if (command?.type !== 'string') return [];
  return [{ where: 'this startCommand', commands: scriptCommands(jsonStringText(context.text, command)), runsBeforeStart: false }];
}
