// The state one scan of one file shares between the file-logger detectors.
import ts from 'typescript';
import type { RuleContext } from '../../rule';
import { VARIABLE_DECLARATIONS, moduleBindings, walkKinds } from '../../languages/ts-ast';
import type { OffsetEdit, ReplaceFix } from '../../types';
import { isOutsideProductionOnly } from './javascript-dev-branch';
import { withLocalAliases } from './javascript-names';
import type { Declarations } from './javascript-paths';

export interface FileLoggerScan {
  readonly source: ts.SourceFile;
  readonly path: string;
  readonly bindings: ReadonlyMap<string, string>;
  readonly declarations: Declarations;
  /** File streams and writes already reported through the logger or redirect that uses them. */
  readonly consumed: Set<ts.Node>;
  /**
   * Reports `node` with "Factor XI: <subject>; log to stdout ...". `others`: more file destinations of the same
   * logger, shown as related locations of this one finding (one logger, one problem); the fix of one is then not offered.
   */
  report(node: ts.Node, subject: string, fix?: ReplaceFix, others?: readonly ts.Node[], fixCoversOthers?: boolean): void;
}

export function createScan(context: RuleContext): FileLoggerScan {
  const source = context.parsed.typescript;
  return {
    source,
    path: context.path,
    bindings: withLocalAliases(source, moduleBindings(source)),
    declarations: singleDeclarations(source),
    consumed: new Set(),
    report: (node, subject, fix, others = [], fixCoversOthers = false) => {
      if (isOutsideProductionOnly(node)) return;
      const grouped = others.length > 0;
      context.report({
        span: { start: node.getStart(source), end: node.getEnd() },
        message: `Factor XI: ${subject}${grouped ? ` (and ${others.length} more file destination${others.length > 1 ? 's' : ''} of the same logger, shown as related locations)` : ''}; log to stdout and let the platform route the stream.`,
        ...(fix && (!grouped || fixCoversOthers) ? { fix } : {}),
        ...(fix && grouped && !fixCoversOthers ? { noFixReason: 'The logger writes to several files; replacing one would leave the others.' } : {}),
        ...(grouped ? { related: others.map((other) => ({ span: { start: other.getStart(source), end: other.getEnd() }, message: 'Factor XI: another file the same logger writes' })) } : {}),
      });
    },
  };
}

// A name declared twice (shadowing, branches) is ambiguous and left unresolved.
function singleDeclarations(source: ts.SourceFile): Declarations {
  const found = new Map<string, ts.Expression>();
  const ambiguous = new Set<string>();
  walkKinds(source, VARIABLE_DECLARATIONS, (node) => {
    if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return;
    const name = node.name.text;
    if (found.has(name)) ambiguous.add(name);
    found.set(name, node.initializer);
  });
  for (const name of ambiguous) found.delete(name);
  return found;
}

export function replaceFix(title: string, edits: OffsetEdit[]): ReplaceFix {
  return { kind: 'replace', title, edits };
}
