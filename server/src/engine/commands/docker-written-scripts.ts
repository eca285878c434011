// A start script the Dockerfile writes itself and then runs: `RUN echo "#!/bin/sh\n" "php artisan migrate\n" … >
// /srv/start.sh` (or `printf '…\n…' > start.sh`, `echo … >> start.sh` line by line, `RUN cat <<EOF > start.sh`,
// BuildKit's `COPY <<EOF /app/start.sh`) with `CMD ["/srv/start.sh"]`. Its commands are the container's start, as a
// committed entrypoint.sh's are: the run-stage rules (XII migrations, V builds and dev servers, IX signals, XI log
// options) read them in place of the command that runs the script, at the lines of the RUN or COPY that wrote them.
import { dockerCommand, type DockerInstruction } from '../languages/dockerfile';
import { MappedTextBuilder, type MappedText } from '../languages/mapped-text';
import { lexShell, type ShellWord } from '../languages/shell';
import { scriptCommands, type CommandLine } from './script';
import { baseCommand, effectiveWords } from './words';

/** Shells a CMD runs a script file with: `CMD ["sh", "/srv/start.sh"]`, `bash ./run.sh`. */
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);
const WRITERS = new Set(['echo', 'printf', 'cat']);

/**
 * The commands `commands` (a CMD's or an ENTRYPOINT's) run, with a command that runs a script the Dockerfile wrote
 * before `at` replaced by that script's commands; the same list when it runs none. `script` says whether one was.
 */
export function withWrittenScripts(instructions: readonly DockerInstruction[], at: DockerInstruction, escape: string, commands: CommandLine[]): { commands: CommandLine[]; script: boolean } {
  const paths = commands.map((command) => scriptPathRun(command.texts));
  if (paths.every((path) => path === undefined)) return { commands, script: false };
  const { scripts, workdir } = writtenBefore(instructions, at, escape);
  let script = false;
  const replaced = commands.flatMap((command, i) => {
    const path = paths[i];
    const written = path === undefined ? undefined : scripts.get(resolvePath(workdir, path)) ?? onPath(scripts, path, command);
    if (!written) return [command];
    script = true;
    // Their text is a RUN's echo or a heredoc, not a line of the CMD: no edit of it is a plain removal.
    return scriptCommands(written, escape).map((inner) => ({ ...inner, nested: true }));
  });
  return { commands: replaced, script };
}

/** The folders of the images' default PATH, where Docker finds a program named without a slash. */
const PATH_FOLDERS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** `ENTRYPOINT ["docker-entrypoint.sh"]` after `RUN … > /usr/local/bin/docker-entrypoint.sh`: found on PATH, as Docker runs it. */
function onPath(scripts: ReadonlyMap<string, MappedText>, path: string, command: CommandLine): MappedText | undefined {
  if (path.includes('/') || path !== effectiveWords(command.texts)[0]) return undefined;
  return PATH_FOLDERS.map((folder) => scripts.get(`${folder}/${path}`)).find((script) => script !== undefined);
}

/** `/srv/start.sh`, `./run.sh`, `sh run.sh`, `bash -e /entry.sh`: the script file a command runs, if it runs one. */
function scriptPathRun(texts: readonly string[]): string | undefined {
  const words = effectiveWords(texts);
  const first = words[0];
  if (first === undefined) return undefined;
  if (!SHELLS.has(baseCommand(first))) return first.includes('/') || first.endsWith('.sh') ? first : undefined;
  const operand = words.slice(1).find((word) => !word.startsWith('-'));
  // `sh -c "…"` runs a string, not a file (script.ts reads it).
  return operand !== undefined && !words.slice(1).some((word) => /^-[a-z]*c[a-z]*$/.test(word)) ? operand : undefined;
}

/** The scripts written in `at`'s stage before it, by absolute path, and the working folder there. */
function writtenBefore(instructions: readonly DockerInstruction[], at: DockerInstruction, escape: string): { scripts: Map<string, MappedText>; workdir: string } {
  let scripts = new Map<string, MappedText>();
  let workdir = '/';
  for (const instruction of instructions) {
    if (instruction === at) break;
    if (instruction.keyword === 'FROM') {
      scripts = new Map();
      workdir = '/';
    } else if (instruction.keyword === 'WORKDIR') workdir = resolvePath(workdir, instruction.args.text.trim());
    else if (instruction.keyword === 'RUN' && (instruction.args.text.includes('>') || instruction.args.text.includes('<<'))) addRunWrites(instruction, escape, workdir, scripts);
    else if (instruction.keyword === 'COPY' && instruction.args.text.includes('<<')) addCopyHeredoc(instruction, escape, workdir, scripts);
  }
  return { scripts, workdir };
}

/** `echo … > path`, `printf … >> path`, `cat <<EOF > path`: what each writes, appended in order. */
function addRunWrites(instruction: DockerInstruction, escape: string, workdir: string, scripts: Map<string, MappedText>): void {
  const command = dockerCommand(instruction);
  if (command.form !== 'shell') return;
  for (const line of scriptCommands(command.script, escape)) {
    const tool = line.texts[0];
    if (tool === undefined || !WRITERS.has(tool)) continue;
    const redirect = line.texts.findIndex((text) => text === '>' || text === '>>');
    const target = redirect > 0 ? line.texts[redirect + 1] : undefined;
    if (target === undefined || target.includes('$')) continue;
    const content = written(tool, line.words.slice(1, redirect));
    if (!content) continue;
    const path = resolvePath(workdir, target);
    const before = line.texts[redirect] === '>>' ? scripts.get(path) : undefined;
    scripts.set(path, before ? joined([before, content]) : content);
  }
}

/** `COPY [--chmod=755] <<EOF /app/start.sh`: the heredoc's lines, at the destination on the opener's line. */
function addCopyHeredoc(instruction: DockerInstruction, escape: string, workdir: string, scripts: Map<string, MappedText>): void {
  const opener: ShellWord[] = [];
  for (const token of lexShell(instruction.args, { escape })) {
    if (token.kind === 'op') break;
    opener.push(token);
  }
  const body = opener.find((word) => word.heredoc)?.heredoc;
  const target = opener[opener.length - 1]?.text.text;
  if (!body || target === undefined || target.startsWith('<<') || target.endsWith('/') || target.includes('$')) return;
  scripts.set(resolvePath(workdir, target), body);
}

/** The text a writer prints: echo's words joined by spaces, printf's format, cat's heredoc; `\n` read as a line break. */
function written(tool: string, words: readonly ShellWord[]): MappedText | undefined {
  if (tool === 'cat') return words.find((word) => word.heredoc)?.heredoc;
  const operands = tool === 'echo' ? words.filter((word, i) => !(i === 0 && /^-[neE]+$/.test(word.text.text))) : words.slice(0, 1);
  if (operands.length === 0) return undefined;
  const builder = new MappedTextBuilder();
  operands.forEach((word, i) => {
    const text = word.text;
    if (i > 0) builder.push(' ', text.whole.start, text.whole.start);
    for (let c = 0; c < text.text.length; c++) {
      // dash's echo and printf read `\n` as a line break (the `RUN` shell on Debian images).
      if (text.text[c] === '\\' && text.text[c + 1] === 'n') {
        builder.push('\n', text.startAt(c), text.endAt(c + 1));
        c++;
      } else builder.push(text.text[c]!, text.startAt(c), text.endAt(c));
    }
  });
  const last = operands[operands.length - 1]!.text;
  builder.push('\n', last.whole.end, last.whole.end);
  return builder.build({ start: operands[0]!.text.whole.start, end: last.whole.end });
}

/** Appended writes (`echo a > f && echo b >> f`): one text, each part still mapped to its own words. */
function joined(parts: readonly MappedText[]): MappedText {
  const builder = new MappedTextBuilder();
  for (const part of parts) {
    for (let c = 0; c < part.text.length; c++) builder.push(part.text[c]!, part.startAt(c), part.endAt(c));
    if (!part.text.endsWith('\n')) builder.push('\n', part.whole.end, part.whole.end);
  }
  return builder.build({ start: parts[0]!.whole.start, end: parts[parts.length - 1]!.whole.end });
}

/** `resolvePath('/app', './run.sh')` -> `/app/run.sh`: a path in the image, as the shell resolves it from WORKDIR. */
function resolvePath(folder: string, path: string): string {
  const parts: string[] = [];
  for (const part of (path.startsWith('/') ? path : `${folder}/${path}`).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '' && part !== '.') parts.push(part);
  }
  return `/${parts.join('/')}`;
}
