// An exact Dockerfile tokenizer: parser directives (`# escape=`), comments, instructions with
// their line continuations joined (each character still mapped to its source), heredocs,
// ENV/ARG pairs and the shell/exec forms of RUN, CMD and ENTRYPOINT.
import { lineSpans } from '../source';
import type { Span } from '../types';
import { jsonStringText, parseJson } from './json';
import { MappedText, MappedTextBuilder } from './mapped-text';
import { lexShell, type ShellWord } from './shell';

export interface DockerInstruction {
  /** Upper-cased: RUN, ENV, CMD, ... */
  keyword: string;
  keywordSpan: Span;
  /** Everything after the keyword, continuations joined, comment lines inside removed, heredoc bodies appended. */
  args: MappedText;
}

export interface Dockerfile {
  escape: string;
  instructions: DockerInstruction[];
}

const DIRECTIVE = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(\S*)[ \t]*$/;

/** The instructions of the last stage, the one that becomes the image (the whole file when it has no FROM). */
export function finalStage(instructions: readonly DockerInstruction[]): DockerInstruction[] {
  return instructions.slice(instructions.map((instruction) => instruction.keyword).lastIndexOf('FROM') + 1);
}

export function parseDockerfile(text: string): Dockerfile {
  const lines = lineSpans(text);
  let escape = '\\';
  let index = 0;
  // Directives only count before any blank line, comment or instruction.
  for (; index < lines.length; index++) {
    const match = DIRECTIVE.exec(text.slice(lines[index]!.start, lines[index]!.end).trim());
    if (!match) break;
    if (match[1]!.toLowerCase() === 'escape' && (match[2] === '`' || match[2] === '\\')) escape = match[2];
  }
  const instructions: DockerInstruction[] = [];
  while (index < lines.length) {
    const line = lines[index]!;
    const content = text.slice(line.start, line.end);
    const trimmed = content.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) {
      index++;
      continue;
    }
    const keywordStart = line.start + content.length - trimmed.length;
    let keywordEnd = keywordStart;
    while (keywordEnd < line.end && !/\s/.test(text[keywordEnd]!)) keywordEnd++;
    const builder = new MappedTextBuilder();
    let argsStart = keywordEnd;
    while (argsStart < line.end && /[ \t]/.test(text[argsStart]!)) argsStart++;
    index = readLogicalLine(text, lines, index, argsStart, escape, builder);
    const keyword = text.slice(keywordStart, keywordEnd).toUpperCase();
    let args = builder.build({ start: argsStart, end: lines[index - 1]!.end });
    if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') [args, index] = appendHeredocs(text, lines, index, args);
    instructions.push({ keyword, keywordSpan: { start: keywordStart, end: keywordEnd }, args });
  }
  return { escape, instructions };
}

/** Appends one instruction's text from `from` on, following continuations; returns the next line index. */
function readLogicalLine(text: string, lines: Span[], index: number, from: number, escape: string, builder: MappedTextBuilder): number {
  let start = from;
  for (;;) {
    const line = lines[index++]!;
    let end = line.end;
    while (end > start && /[ \t]/.test(text[end - 1]!)) end--;
    const continued = end > start && text[end - 1] === escape;
    const contentEnd = continued ? end - 1 : line.end;
    for (let i = start; i < contentEnd; i++) builder.push(text[i]!, i);
    if (!continued) return index;
    // Blank and comment lines inside a continued instruction are dropped, as Docker does.
    while (index < lines.length && isBlankOrComment(text, lines[index]!)) index++;
    if (index >= lines.length) return index;
    start = lines[index]!.start;
  }
}

function isBlankOrComment(text: string, line: Span): boolean {
  const trimmed = text.slice(line.start, line.end).trimStart();
  return trimmed === '' || trimmed.startsWith('#');
}

const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

function appendHeredocs(text: string, lines: Span[], index: number, args: MappedText): [MappedText, number] {
  const markers = [...args.text.matchAll(HEREDOC)];
  if (markers.length === 0) return [args, index];
  const builder = new MappedTextBuilder();
  for (let i = 0; i < args.text.length; i++) builder.push(args.text[i]!, args.startAt(i), args.endAt(i));
  for (const marker of markers) {
    const stripTabs = marker[1] === '-';
    while (index < lines.length) {
      const line = lines[index++]!;
      const content = text.slice(line.start, line.end);
      if ((stripTabs ? content.replace(/^\t+/, '') : content) === marker[3]) break;
      builder.push('\n', line.start, line.start);
      for (let i = line.start; i < line.end; i++) builder.push(text[i]!, i);
    }
  }
  return [builder.build({ start: args.whole.start, end: lines[index - 1]?.end ?? args.whole.end }), index];
}

/** One `NAME=value` of ENV/ARG; `value` is undefined for `ARG NAME` without a default. */
export interface DockerPair {
  name: MappedText;
  /** Decoded value (quotes removed). */
  value: MappedText | undefined;
  /** Source span of the value as written, quotes included. */
  valueSpan: Span | undefined;
}

/** ENV `k=v k2="v 2"`, legacy ENV `k v w`, ARG `k`, ARG `k=v`. */
export function dockerPairs(instruction: DockerInstruction, escape: string): DockerPair[] {
  const words = lexShell(instruction.args, { escape, operators: false }).filter((t): t is ShellWord => t.kind === 'word');
  const first = words[0];
  if (!first) return [];
  if (instruction.keyword === 'ENV' && first.bareEquals < 0) return [legacyEnv(instruction.args, first, words.slice(1))];
  return words.map((word) => pairOf(instruction.args, word));
}

function pairOf(args: MappedText, word: ShellWord): DockerPair {
  if (word.bareEquals < 0) return { name: word.text, value: undefined, valueSpan: undefined };
  const rawEquals = args.text.indexOf('=', word.start);
  return {
    name: word.text.slice(0, word.bareEquals),
    value: word.text.slice(word.bareEquals + 1),
    valueSpan: args.span(rawEquals + 1, word.end),
  };
}

function legacyEnv(args: MappedText, name: ShellWord, rest: ShellWord[]): DockerPair {
  const last = rest[rest.length - 1];
  if (!rest[0] || !last) return { name: name.text, value: undefined, valueSpan: undefined };
  const builder = new MappedTextBuilder();
  rest.forEach((word, i) => {
    if (i > 0) builder.push(' ', word.text.whole.start, word.text.whole.start);
    for (let c = 0; c < word.text.text.length; c++) builder.push(word.text.text[c]!, word.text.startAt(c), word.text.endAt(c));
  });
  const valueSpan = args.span(rest[0].start, last.end);
  return { name: name.text, value: builder.build(valueSpan), valueSpan };
}

/** RUN/CMD/ENTRYPOINT: the exec form's argv (`["sh", "-c", "..."]`) or the shell form's script. */
export type DockerCommand = { form: 'exec'; argv: MappedText[] } | { form: 'shell'; script: MappedText };

export function dockerCommand(instruction: DockerInstruction): DockerCommand {
  let args = instruction.args;
  if (instruction.keyword === 'RUN') args = withoutRunFlags(args);
  const trimmedStart = args.text.length - args.text.trimStart().length;
  if (args.text[trimmedStart] === '[') {
    const { root, errorCount } = parseJson(args.text);
    const items = root?.type === 'array' ? root.children ?? [] : [];
    if (errorCount === 0 && items.every((item) => item.type === 'string')) {
      return { form: 'exec', argv: items.map((item) => jsonStringText(args.text, item).through(args)) };
    }
  }
  return { form: 'shell', script: args };
}

/** `RUN --mount=type=secret,id=npm --network=none npm ci` -> `npm ci`. */
function withoutRunFlags(args: MappedText): MappedText {
  let i = 0;
  for (;;) {
    while (i < args.text.length && /\s/.test(args.text[i]!)) i++;
    if (!args.text.startsWith('--', i)) return args.slice(i);
    while (i < args.text.length && !/\s/.test(args.text[i]!)) i++;
  }
}
