// file-logger for Dropwizard's YAML config (`config.yml`): an appender of `type: file` under
// `logging.appenders` (the app's log) or `server.requestLog.appenders` (the access log) writes its
// `currentLogFilename` on the local disk. `console` and `syslog` appenders stay silent.
import { yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';

const APPENDER_LISTS: ReadonlyArray<{ path: readonly string[]; what: string }> = [
  { path: ['logging', 'appenders'], what: 'the log' },
  { path: ['server', 'requestLog', 'appenders'], what: 'the request log' },
];

function check(context: RuleContext): void {
  for (const document of context.parsed.yaml) {
    for (const { path, what } of APPENDER_LISTS) {
      const appenders = path.reduce<YamlNode | undefined>((node, key) => yamlGet(node, key), document.contents);
      if (appenders?.kind !== 'seq') continue;
      for (const appender of appenders.items) {
        const type = yamlGet(appender, 'type');
        if (yamlString(type) !== 'file' || !type) continue;
        context.report({
          span: type.span,
          message: `Factor XI: this Dropwizard \`type: file\` appender writes ${what} to a file on the local disk; log to stdout (a \`console\` appender) and let the platform route the stream.`,
        });
      }
    }
  }
}

export const dropwizardAppendersCheck: LanguageCheck = { languages: ['yaml'], keywords: ['appenders'], check };
