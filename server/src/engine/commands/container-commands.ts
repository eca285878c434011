// What a container runs, from its `entrypoint`, `command` and `args` (compose, Kubernetes, AWS Copilot):
// lists of words joined into one argv, or a string read as a shell line.
import { MappedTextBuilder, type MappedText } from '../languages/mapped-text';
import { yamlScalarText, type YamlNode } from '../languages/yaml';
import type { RuleContext } from '../rule';
import { argvCommands, scriptCommands, type CommandLine } from './script';

/**
 * The command lines of a container's parts, in order; unset parts and an empty one (`entrypoint: ""`,
 * `entrypoint: []`, which clears the image's) add nothing. Undefined for a part that is not words.
 */
export function containerArgvCommands(context: RuleContext, parts: readonly (YamlNode | undefined)[]): CommandLine[] | undefined {
  const argv: MappedText[] = [];
  for (const part of parts.filter((each) => each !== undefined && !isEmptyPart(each))) {
    if (part!.kind === 'scalar') {
      const script = scalarScript(context, part);
      return script ? scriptCommands(script) : undefined;
    }
    if (part!.kind !== 'seq') return undefined;
    for (const item of part!.items) {
      if (item?.kind !== 'scalar') return undefined;
      argv.push(yamlScalarText(context.text, item));
    }
  }
  return argvCommands(argv);
}

/** An unset part: `entrypoint: ""`, `entrypoint: []` (which clear the image's). */
export function isEmptyPart(part: YamlNode): boolean {
  return (part.kind === 'scalar' && (part.value === '' || part.value === null)) || (part.kind === 'seq' && part.items.length === 0);
}

export function scalarScript(context: RuleContext, node: YamlNode | undefined): MappedText | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? withoutFoldedContinuations(context.text, yamlScalarText(context.text, node)) : undefined;
}

/**
 * `command: sh -c "collectstatic && \` continued on the next line, unquoted or folded (`>`): YAML folds the line
 * break into a space, leaving `\ ` where the author wrote a shell line continuation. Compose splits the string
 * as go-shellwords does, where a backslash inside double quotes escapes any character, so the script `sh` runs
 * reads a plain space there: the backslash is dropped, not read as an escaped space that joins the next word.
 */
function withoutFoldedContinuations(source: string, script: MappedText): MappedText {
  if (!script.exact || !script.text.includes('\\ ')) return script;
  const builder = new MappedTextBuilder();
  for (let i = 0; i < script.text.length; i++) {
    if (script.text[i] === '\\' && script.text[i + 1] === ' ' && /^[ \t]*[\r\n]$/.test(source.slice(script.endAt(i), script.startAt(i + 1) + 1))) continue;
    builder.push(script.text[i]!, script.startAt(i), script.endAt(i));
  }
  return builder.build(script.whole);
}
