// uWSGI's ini config (`[uwsgi]` `http = 0.0.0.0:8000`, `http-socket = :8080`, `socket = 127.0.0.1:3031`) and a systemd
// unit's `ExecStart=… --port 8000` (read as a Procfile line is): a port the deploy cannot change without editing them.
// uWSGI fills `$(PORT)` from the environment and systemd fills `${PORT}` from `Environment=`/`EnvironmentFile=`, so a
// reference stays quiet, as the Procfile's `$PORT` does.
import { parseIni, type IniEntry } from '../../languages/ini';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { commandPorts } from './command-ports';

/** uWSGI's options that bind the app's own server (not `stats`, `master-fifo`, a subscription server's). */
const UWSGI_BINDS = new Set(['http', 'https', 'http-socket', 'https-socket', 'http11-socket', 'socket', 'uwsgi-socket', 'fastcgi-socket', 'shared-socket', 'protocol-socket']);
/** An address ending in its port: `0.0.0.0:8000`, `:8080`, `[::]:3031`; `https`'s certificate files after a comma. */
const UWSGI_ADDRESS = /^(?:[A-Za-z0-9.-]*|\[[0-9A-Fa-f:]*\]):([0-9]{1,5})(?:,|$)/;
/** systemd's prefixes before an `ExecStart=` program: `-` (failure ignored), `@`, `+`, `!`, `!!`, `:`. */
const EXEC_PREFIX = /^[-@+!:]*/;

function check(context: RuleContext): void {
  const systemd = context.path.endsWith('.service');
  for (const entry of parseIni(context.text, { commentAfterSpace: true })) {
    if (systemd && entry.section === 'Service' && entry.key === 'ExecStart') reportExecStart(context, entry);
    else if (!systemd && entry.section.toLowerCase() === 'uwsgi' && UWSGI_BINDS.has(entry.key)) reportUwsgiBind(context, entry);
  }
}

function reportUwsgiBind(context: RuleContext, entry: IniEntry): void {
  const match = UWSGI_ADDRESS.exec(entry.value.trim());
  const port = Number(match?.[1]);
  if (!match || port < 1 || port > 65535) return;
  const start = entry.valueStart + entry.value.indexOf(entry.value.trim()) + match[0].length - match[1]!.length - (match[0].endsWith(',') ? 1 : 0);
  const span = { start, end: start + match[1]!.length };
  context.report({
    span,
    message: `Factor VII: uWSGI's \`${entry.key}\` binds hardcoded port ${port}; bind $(PORT), which uWSGI reads from the environment each deploy sets.`,
    fix: { kind: 'replace', title: 'Bind $(PORT)', edits: [{ span, text: '$(PORT)' }] },
  });
}

function reportExecStart(context: RuleContext, entry: IniEntry): void {
  const prefix = EXEC_PREFIX.exec(entry.value)![0].length;
  for (const hit of commandPorts(MappedText.contiguous(entry.value.slice(prefix), entry.valueStart + prefix))) {
    context.report({
      span: hit.span,
      message: `Factor VII: the unit's ExecStart binds hardcoded port ${hit.port}; bind \${PORT}, set by the unit's Environment= or EnvironmentFile= for each deploy.`,
      fix: { kind: 'replace', title: 'Bind ${PORT}', edits: [{ span: hit.span, text: '${PORT}' }] },
    });
  }
}

export const iniCheck: LanguageCheck = {
  languages: ['ini'],
  keywords: ['uwsgi', 'execstart'],
  check,
};
