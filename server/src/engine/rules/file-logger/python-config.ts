// file-logger for Python's logging config files: `logging.config.fileConfig` INI files
// (`[handler_file]` with `class=handlers.RotatingFileHandler`, as in logging.ini and alembic.ini)
// and `dictConfig` data (`handlers: {file: {class: logging.FileHandler, filename: ...}}`) in the
// YAML, JSON or TOML file an app loads and hands to dictConfig (uvicorn's `--log-config`,
// `dictConfig(json.load(f))`, `dictConfig(tomllib.load(f))`). Both configure every handler they declare, so a
// file handler opens its file whether or not a logger uses it, as in the Python dictConfig check.
import { parseIni } from '../../languages/ini';
import { visitYamlMaps, yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { FILE_HANDLERS } from './python';

type Reporter = (span: Span, subject: string) => void;

function reporter(context: RuleContext): Reporter {
  return (span, subject) => context.report({ span, message: `Factor XI: ${subject}; log to stdout and let the platform route the stream.` });
}

export const pythonConfigChecks: LanguageCheck[] = [
  { languages: ['ini'], keywords: ['filehandler'], check: (context) => checkLoggingIni(context, reporter(context)) },
  { languages: ['yaml', 'json', 'toml'], keywords: ['filehandler'], check: (context) => checkLoggingData(context, reporter(context)) },
];

const HANDLER_SECTION = /^handler_\w+$/;

/** fileConfig resolves a class name in the `logging` namespace first: `FileHandler`, `handlers.WatchedFileHandler`. */
function fileHandlerClass(name: string): string | undefined {
  const trimmed = name.trim();
  const candidates = [trimmed, `logging.${trimmed}`];
  return candidates.find((candidate) => FILE_HANDLERS.has(candidate));
}

function shortName(handlerClass: string): string {
  return handlerClass.slice(handlerClass.lastIndexOf('.') + 1);
}

export function checkLoggingIni(context: RuleContext, report: Reporter): void {
  for (const entry of parseIni(context.text)) {
    if (entry.key !== 'class' || !HANDLER_SECTION.test(entry.section)) continue;
    const handlerClass = fileHandlerClass(entry.value);
    if (handlerClass) report(entry.valueSpan, `the logging config's [${entry.section}] uses \`${shortName(handlerClass)}\`, which writes logs to a file`);
  }
}

/** Any `handlers:` map (at the top of a dictConfig file or nested under a key such as `logging:`) whose entries name a file handler class. */
export function checkLoggingData(context: RuleContext, report: Reporter): void {
  for (const tree of context.parsed.configTrees) visitYamlMaps(tree, (map) => checkHandlers(yamlGet(map, 'handlers'), report));
}

function checkHandlers(handlers: YamlNode | undefined, report: Reporter): void {
  if (handlers?.kind !== 'map') return;
  for (const pair of handlers.pairs) {
    const classNode = yamlGet(pair.value, 'class');
    const handlerClass = fileHandlerClass(yamlString(classNode) ?? '');
    if (!classNode || !handlerClass) continue;
    report(classNode.span, `the logging config's handler "${String(pair.key?.value ?? '')}" uses \`${shortName(handlerClass)}\`, which writes logs to a file`);
  }
}

