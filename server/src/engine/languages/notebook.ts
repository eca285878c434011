// Jupyter notebooks (`*.ipynb`): JSON whose code cells' `source` holds Python. Data-science repos
// commit keys in cells (`openai.api_key = "sk-…"`, `MongoClient("mongodb://u:p@…")`), so the code
// cells are read as one Python program, each character mapped back to where it sits in the JSON
// (escapes included), so a finding lands on the notebook's own line and column. Outputs, markdown
// and raw cells are not code: what a cell printed, or a sentence about keys, is never read.
import { jsonProperty, jsonStringText, parseJson, type JsonNode } from './json';
import { MappedText, MappedTextBuilder } from './mapped-text';

/**
 * Cell magics whose body is Python still (`%%time`, `%%capture`, `%%writefile <module>.py`); any other
 * (`%%bash`, `%%writefile <other file>`, `%%sql`, `%%html`) holds another language or a file's text: the cell is skipped.
 */
const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug']);

/** The Python of the notebook's code cells, mapped into its JSON text; undefined when it is no notebook. */
export function notebookPython(text: string): MappedText | undefined {
  const { root } = parseJson(text);
  const cells = notebookCells(root);
  if (!cells || !isPythonKernel(root)) return undefined;
  const out = new MappedTextBuilder();
  for (const cell of cells) {
    if (jsonProperty(cell, 'cell_type')?.value !== 'code') continue;
    const source = jsonProperty(cell, 'source') ?? jsonProperty(cell, 'input'); // nbformat 4, 3
    const code = source ? cellText(text, source) : undefined;
    if (code && isPythonCell(code.text)) appendCell(out, code);
    else if (code) appendShellCell(out, code);
  }
  return out.build({ start: 0, end: text.length });
}

/** An R, Julia or JavaScript kernel's cells are no Python; a notebook that names no kernel is taken for Python (the common case). */
function isPythonKernel(root: JsonNode | undefined): boolean {
  const metadata = jsonProperty(root, 'metadata');
  const language = jsonProperty(jsonProperty(metadata, 'kernelspec'), 'language')?.value ?? jsonProperty(jsonProperty(metadata, 'language_info'), 'name')?.value;
  return typeof language !== 'string' || language.toLowerCase() === 'python';
}

/** nbformat 4 keeps `cells` at the top; nbformat 3 inside `worksheets`. Undefined for JSON that is no notebook. */
function notebookCells(root: JsonNode | undefined): JsonNode[] | undefined {
  const cells = jsonProperty(root, 'cells');
  if (cells?.type === 'array') return cells.children ?? [];
  const sheets = jsonProperty(root, 'worksheets');
  if (sheets?.type !== 'array') return undefined;
  return (sheets.children ?? []).flatMap((sheet) => jsonProperty(sheet, 'cells')?.children ?? []);
}

/** A cell's source: an array of line strings (the usual form) or one string. */
function cellText(text: string, source: JsonNode): MappedText | undefined {
  const parts = source.type === 'string' ? [source] : source.type === 'array' ? (source.children ?? []).filter((part) => part.type === 'string') : [];
  if (parts.length === 0) return undefined;
  const builder = new MappedTextBuilder();
  for (const part of parts) {
    const line = jsonStringText(text, part);
    for (let i = 0; i < line.text.length; i++) builder.push(line.text[i]!, line.startAt(i), line.endAt(i));
  }
  return builder.build({ start: source.offset, end: source.offset + source.length });
}

function isPythonCell(code: string): boolean {
  const first = code.trimStart();
  if (!first.startsWith('%%')) return true;
  const magic = /^%%(\w+)([^\n]*)/.exec(first);
  // `%%writefile config.py` writes a Python module out of the cell: its body is Python.
  if (magic?.[1] === 'writefile') return /\.py\s*$/.test(magic[2]!);
  return PYTHON_CELL_MAGICS.has(magic?.[1] ?? '');
}

/**
 * Appends a cell, one line at a time, and a line break after it (a cell's last line has none).
 * IPython's own lines are no Python: a `%env NAME=value` magic becomes the assignment it makes
 * (`NAME = "value"`, value mapped to its place), a `!shell` line the `get_ipython().system(…)` call
 * IPython makes of it, any other magic a comment.
 */
function appendCell(out: MappedTextBuilder, code: MappedText): void {
  for (let start = 0; ; ) {
    const newline = code.text.indexOf('\n', start);
    const end = newline === -1 ? code.text.length : newline;
    appendLine(out, code, start, end);
    if (newline === -1) {
      const after = code.text.length > 0 ? code.endAt(code.text.length - 1) : code.whole.start;
      out.push('\n', after, after);
      return;
    }
    copy(out, code, newline, newline + 1);
    start = newline + 1;
  }
}

/** `%env NAME=value`, `%env NAME value`, `%set_env NAME value`: the magic, the name, the separator, the value. */
const ENV_MAGIC = /^(\s*%(?:set_)?env\s+)([A-Za-z_]\w*)(\s*=\s*|\s+)(\S+)\s*$/;

function appendLine(out: MappedTextBuilder, code: MappedText, start: number, end: number): void {
  const line = code.text.slice(start, end);
  const env = ENV_MAGIC.exec(line);
  if (env && !/["\\]/.test(env[4]!)) {
    const nameAt = start + env[1]!.length;
    const valueAt = nameAt + env[2]!.length + env[3]!.length;
    copy(out, code, nameAt, nameAt + env[2]!.length);
    out.push(' = "', code.startAt(valueAt), code.startAt(valueAt));
    copy(out, code, valueAt, valueAt + env[4]!.length);
    out.push('"', code.endAt(end - 1), code.endAt(end - 1));
    return;
  }
  const bang = /^(\s*)!!?/.exec(line);
  const command = bang ? line.slice(bang[0].length) : '';
  if (bang && command.trim() !== '' && !command.includes("'''") && !/['\\]$/.test(command)) {
    copy(out, code, start, start + bang[1]!.length); // the indentation: a `!` line may sit in a block
    appendShellEscape(out, code, start + bang[1]!.length, start + bang[0].length, end);
    return;
  }
  const magic = /^\s*[%!]/.exec(line);
  const marker = magic ? start + magic[0].length - 1 : -1;
  for (let i = start; i < end; i++) out.push(i === marker ? '#' : code.text[i]!, code.startAt(i), code.endAt(i));
}

/**
 * `!git clone https://…@github.com/…`: the call IPython makes of it, `get_ipython().system(r'''…''')`,
 * the command's characters mapped to their places (the wrapper to the `!`), so the Python checks read
 * it as the command line it is.
 */
function appendShellEscape(out: MappedTextBuilder, code: MappedText, bangAt: number, commandAt: number, end: number): void {
  const at = code.startAt(bangAt);
  out.push("get_ipython().system(r'''", at, at);
  copy(out, code, commandAt, end);
  out.push("''')", code.endAt(end - 1), code.endAt(end - 1));
}

/** `%%bash`, `%%sh`, `%%script bash`: the cell's body is a shell script. */
const SHELL_CELL = /^\s*%%(?:bash|sh|script\s+(?:ba|z|da)?sh)[ \t]*\r?\n/;

/**
 * A shell cell becomes the one `get_ipython().system(r'''…''')` call that runs its body, mapped
 * character for character, so the Python checks read it as a script's command lines. A body that
 * the raw string cannot hold (a `'''`, a closing quote or backslash) is left out, as other cells are.
 */
function appendShellCell(out: MappedTextBuilder, code: MappedText): void {
  const magic = SHELL_CELL.exec(code.text);
  const body = magic ? code.text.slice(magic[0].length).trimEnd() : '';
  if (!magic || body === '' || body.includes("'''") || /['\\]$/.test(body)) return;
  appendShellEscape(out, code, code.text.indexOf('%%'), magic[0].length, magic[0].length + body.length);
  out.push('\n', code.endAt(code.text.length - 1), code.endAt(code.text.length - 1));
}

function copy(out: MappedTextBuilder, code: MappedText, from: number, to: number): void {
  for (let i = from; i < to; i++) out.push(code.text[i]!, code.startAt(i), code.endAt(i));
}
