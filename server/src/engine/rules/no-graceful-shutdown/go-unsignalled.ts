// A Go server whose Shutdown waits on a context no signal cancels (thangchung/go-coffeeshop's shape):
//
//   ctx, cancel := context.WithCancel(context.Background()); defer cancel()
//   go func() { <-ctx.Done(); srv.Shutdown(context.Background()) }()
//
// With no signal.Notify / NotifyContext in the file, the only cancel is the deferred one, which runs after main
// returns: on SIGTERM the process still dies mid-request and the Shutdown never runs. A context from anywhere
// else (a package's `graceful.Context()`, a parameter) may well be cancelled by a signal: left alone.
import { callArguments, enclosingFunction, qualifiedName } from '../../languages/go';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { chainedCallName } from '../go-servers';

/** `context.Background()`, `context.TODO()`: a root no one cancels. */
const ROOTS = new Set(['context.Background', 'context.TODO']);

/** The Shutdown calls that run only once a never-signalled context is done. */
export function unsignalledShutdowns(root: SyntaxNode, imports: ReadonlyMap<string, string>, shutdowns: readonly SyntaxNode[]): SyntaxNode[] {
  const contexts = cancelOnlyDeferred(root, imports);
  if (contexts.size === 0) return [];
  return shutdowns.filter((call) => {
    const fn = enclosingFunction(call);
    const body = fn?.text.slice(0, call.startIndex - fn.startIndex) ?? '';
    return [...contexts].some((name) => body.includes(`<-${name}.Done()`));
  });
}

/** Names of `ctx, cancel := context.WithCancel(context.Background())` whose cancel is only ever called by `defer cancel()`. */
function cancelOnlyDeferred(root: SyntaxNode, imports: ReadonlyMap<string, string>): Set<string> {
  const found = new Map<string, string>();
  walkTree(root, (node) => {
    if (node.type !== 'short_var_declaration') return;
    const [ctx, cancel] = node.childForFieldName('left')?.namedChildren ?? [];
    const value = node.childForFieldName('right')?.namedChildren[0];
    if (ctx?.type !== 'identifier' || cancel?.type !== 'identifier' || value?.type !== 'call_expression') return;
    if (qualified(value, imports) !== 'context.WithCancel') return;
    const parent = callArguments(value)[0];
    if (parent?.type === 'call_expression' && ROOTS.has(qualified(parent, imports) ?? '')) found.set(ctx.text, cancel.text);
  });
  for (const [ctx, cancel] of found) if (!onlyDeferred(root, cancel)) found.delete(ctx);
  return new Set(found.keys());
}

function qualified(call: SyntaxNode, imports: ReadonlyMap<string, string>): string | undefined {
  const name = chainedCallName(call);
  return qualifiedName(name, imports) ?? name;
}

/** Every use of `cancel` after its declaration is `defer cancel()`: it is never handed on nor called on a signal. */
function onlyDeferred(root: SyntaxNode, cancel: string): boolean {
  let uses = 0;
  let deferred = 0;
  walkTree(root, (node) => {
    if (node.type === 'identifier' && node.text === cancel) uses++;
    if (node.type === 'defer_statement' && /^defer\s+(\w+)\(\)$/.exec(node.text.trim())?.[1] === cancel) deferred++;
  });
  // One use is the declaration itself.
  return uses - 1 === deferred;
}
