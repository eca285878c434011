// Whether a Go writer handed to a logger is a file: `f, err := os.OpenFile(...)` / `os.Create(...)`
// earlier in the function (or a package-level `*os.File` set anywhere in the file), possibly
// behind `io.MultiWriter` or a locking wrapper (go-kit's `log.NewSyncWriter(f)`). os.Stdout, os.Stderr, parameters and paths the environment chooses are not.
import { callArguments, callName, FUNCTION_TYPES, goStringValue, named, parameterTypes, unwrapGo } from '../../languages/go';
import { assignedValues } from '../../languages/locals';
import type { SyntaxNode } from '../../languages/treeSitter';
import { isDevicePath } from './device-paths';

const FILE_OPENERS = new Set(['os.OpenFile', 'os.Create']);
const STANDARD_STREAMS = new Set(['os.Stdout', 'os.Stderr']);
const MAX_DEPTH = 4;

/** The opener (`os.OpenFile`) behind a writer expression, when the writer is a file. */
export function fileOpenerOf(writer: SyntaxNode | undefined, root: SyntaxNode, depth = 0): string | undefined {
  if (!writer || depth > MAX_DEPTH) return undefined;
  const node = unwrapGo(writer);
  if (node.type === 'call_expression') {
    const name = callName(node);
    if (name === 'io.MultiWriter' || /(?:^|\.)NewSyncWriter$/.test(name ?? '')) {
      for (const argument of callArguments(node)) {
        const opener = fileOpenerOf(argument, root, depth + 1);
        if (opener) return opener;
      }
    }
    return undefined;
  }
  if (node.type !== 'identifier') return undefined;
  const values = valuesOf(node, root);
  if (values.some(({ value }) => STANDARD_STREAMS.has(value.text))) return undefined;
  for (const { value, index } of values) {
    if (index !== 0) continue;
    const opened = openedFile(value);
    if (opened) return opened;
    if (value.type === 'identifier' && value.text !== node.text) {
      const inner = fileOpenerOf(value, root, depth + 1);
      if (inner) return inner;
    }
  }
  return helperOpenedFile(node.text, values, root);
}

/** A helper of the project's own that opens or creates a file: `file.MustOpen`, `fileutil.OpenLog`, `logs.CreateFile`. */
const OPENING_HELPER = /^[A-Za-z_]\w*\.\w*(?:Open|Create)\w*$/;

/**
 * go-gin-example's logging package: `var F *os.File`, then `F, err = file.MustOpen(name, dir)` and `log.New(F, …)`. The
 * project's helper wraps os.OpenFile in another file, which this one cannot read; the package-level variable's declared
 * type says it holds a file, and the helper's name that it opened one (os.Stdout and os.Stderr were ruled out above).
 */
function helperOpenedFile(name: string, values: readonly { value: SyntaxNode; index: number }[], root: SyntaxNode): string | undefined {
  if (!declaresPackageFile(root, name)) return undefined;
  for (const { value, index } of values) {
    const callee = index === 0 && value.type === 'call_expression' ? callName(value) : undefined;
    if (callee !== undefined && !callee.startsWith('os.') && OPENING_HELPER.test(callee)) return callee;
  }
  return undefined;
}

/** `var F *os.File` (alone or in a `var ( … )` block) at package level. */
function declaresPackageFile(root: SyntaxNode, name: string): boolean {
  return named(root).some(
    (declaration) =>
      declaration.type === 'var_declaration' &&
      declaration.descendantsOfType('var_spec').some((spec) => spec !== null && spec.childForFieldName('type')?.text === '*os.File' && named(spec).some((child) => child.type === 'identifier' && child.text === name)),
  );
}

/** `os.OpenFile("app.log", ...)` -> os.OpenFile; a path read from the environment is the platform's choice. */
function openedFile(value: SyntaxNode): string | undefined {
  if (value.type !== 'call_expression') return undefined;
  const name = callName(value);
  if (name === undefined || !FILE_OPENERS.has(name)) return undefined;
  const path = callArguments(value)[0];
  if (!path || (path.type === 'call_expression' && /^os\.(?:Getenv|LookupEnv)$/.test(callName(path) ?? '')) || isFlagValue(path, value)) return undefined;
  const literal = goStringValue(path);
  if (literal !== undefined && isDevicePath(literal)) return undefined;
  return name;
}

/** Flag-package constructors whose result points at the option's value: `flag.String`, `pflag.StringP`, `fs.String`. */
const FLAG_STRING = /(?:^|\.)String(?:P)?$/;

/**
 * `os.OpenFile(*logFile, …)` with `logFile := flag.String("log-file", …)`: the person running the
 * tool chooses the file, as a path from os.Getenv is the platform's choice.
 */
function isFlagValue(path: SyntaxNode, opener: SyntaxNode): boolean {
  // `*logFile` unwraps to `logFile`; a `StringVar(&logFile, …)` target is left for later.
  const operand = unwrapGo(path);
  if (operand.type !== 'identifier' || operand.id === path.id) return false;
  return valuesOf(operand, rootOf(opener)).some(({ value }) => value.type === 'call_expression' && FLAG_STRING.test(callName(value) ?? '') && /^(?:flag|pflag|\w*[Ff]lags?\w*)\./.test(callName(value) ?? ''));
}

function rootOf(node: SyntaxNode): SyntaxNode {
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}

/**
 * What the variable was assigned in the innermost function that assigns it, else at package
 * level; a parameter on the way is unknown (the caller may pass os.Stdout).
 */
function valuesOf(reference: SyntaxNode, root: SyntaxNode): { value: SyntaxNode; index: number }[] {
  const name = reference.text;
  for (let fn = reference.parent; fn; fn = fn.parent) {
    if (!FUNCTION_TYPES.includes(fn.type)) continue;
    if (parameterTypes(fn).has(name) || receiverNames(fn).includes(name)) return [];
    const found = assignedValues(fn, name, 'go');
    if (found.length > 0) return found;
  }
  return declaresPackageVar(root, name) ? assignedValues(root, name, 'go') : [];
}

function receiverNames(fn: SyntaxNode): string[] {
  const receiver = fn.childForFieldName('receiver');
  return named(receiver).flatMap((declaration) => named(declaration).filter((child) => child.type === 'identifier').map((child) => child.text));
}

function declaresPackageVar(root: SyntaxNode, name: string): boolean {
  return named(root).some(
    (declaration) =>
      declaration.type === 'var_declaration' &&
      declaration.descendantsOfType('var_spec').some((spec) => spec !== null && named(spec).some((child) => child.type === 'identifier' && child.text === name)),
  );
}
