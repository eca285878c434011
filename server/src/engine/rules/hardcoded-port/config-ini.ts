// uWSGI's ini config (`[uwsgi]` `http = 0.0.0.0:8000`, `http-socket = :8080`, `socket = 127.0.0.1:3031`) and a systemd
// unit's `ExecStart=… --port 8000` (read as a Procfile line is): a port the deploy cannot change without editing them.
// uWSGI fills `$(PORT)` from the environment and systemd fills `${PORT}` from `Environment=`/`EnvironmentFile=`, so a
// reference stays quiet, as the Procfile's `$PORT` does. An upstart job (`/etc/init/web.conf`, `web.upstart`) starts its
// process with an `exec` stanza, or `exec` in its `script … end script` block, read the same way; `$PORT` there comes
// from the job's `env PORT=…` stanza.
import { parseIni, type IniEntry } from '../../languages/ini';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { commandPorts, notABackingDaemon } from './command-ports';

/** uWSGI's options that bind the app's own server (not `stats`, `master-fifo`, a subscription server's). */
const UWSGI_BINDS = new Set(['http', 'https', 'http-socket', 'https-socket', 'http11-socket', 'socket', 'uwsgi-socket', 'fastcgi-socket', 'shared-socket', 'protocol-socket']);
/** An address ending in its port: `0.0.0.0:8000`, `:8080`, `[::]:3031`; `https`'s certificate files after a comma. */
const UWSGI_ADDRESS = /^(?:[A-Za-z0-9.-]*|\[[0-9A-Fa-f:]*\]):([0-9]{1,5})(?:,|$)/;
/** systemd's prefixes before an `ExecStart=` program: `-` (failure ignored), `@`, `+`, `!`, `!!`, `:`. */
const EXEC_PREFIX = /^[-@+!:]*/;

function check(context: RuleContext): void {
  if (isUpstartJob(context.path, context.text)) return reportUpstartExecs(context);
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
  for (const hit of commandPorts(MappedText.contiguous(entry.value.slice(prefix), entry.valueStart + prefix), notABackingDaemon)) {
    context.report({
      span: hit.span,
      message: `Factor VII: the unit's ExecStart binds hardcoded port ${hit.port}; bind \${PORT}, set by the unit's Environment= or EnvironmentFile= for each deploy.`,
      fix: { kind: 'replace', title: 'Bind ${PORT}', edits: [{ span: hit.span, text: '${PORT}' }] },
    });
  }
}

/** Upstart's stanzas that say a file is a job: how it starts, stops or respawns. */
const UPSTART_STANZA = /^[ \t]*(?:start on|stop on|respawn)\b/m;
/** `exec <command>` (the job's process) and the hooks' blocks, which run before or after it: `pre-start script`. */
const UPSTART_LINE = /^([ \t]*)(?:(exec)[ \t]+([^\n]*)|((?:pre|post)-(?:start|stop)[ \t]+script)|(end[ \t]+script))[ \t]*$/gm;

/** A `.conf` (`/etc/init/web.conf`) or `.upstart` file with upstart's stanzas (`start on runlevel [2345]`, `respawn`). */
function isUpstartJob(path: string, text: string): boolean {
  return (path.endsWith('.conf') || path.endsWith('.upstart')) && UPSTART_STANZA.test(text);
}

/** The job's `exec` lines, top-level or in its main `script` block (not in a pre-start or post-stop hook's). */
function reportUpstartExecs(context: RuleContext): void {
  let inHook = false;
  for (const match of context.text.matchAll(UPSTART_LINE)) {
    if (match[4] !== undefined) inHook = true;
    else if (match[5] !== undefined) inHook = false;
    else if (!inHook) {
      const start = match.index + match[0].length - match[3]!.length;
      for (const hit of commandPorts(MappedText.contiguous(match[3]!, start), notABackingDaemon)) {
        context.report({
          span: hit.span,
          message: `Factor VII: the upstart job's exec binds hardcoded port ${hit.port}; bind $PORT, set by the job's \`env PORT=…\` stanza for each deploy.`,
          fix: { kind: 'replace', title: 'Bind $PORT', edits: [{ span: hit.span, text: '$PORT' }] },
        });
      }
    }
  }
}

export const iniCheck: LanguageCheck = {
  languages: ['ini'],
  // `start on`, `respawn`: an upstart job's stanzas.
  keywords: ['uwsgi', 'execstart', 'start on', 'respawn'],
  check,
};
