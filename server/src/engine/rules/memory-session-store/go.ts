// Factor VI in Go: session stores that keep sessions in process memory or on the local disk
// (gorilla FilesystemStore, memstore, GoFrame's memory and file storages, scs, fiber and iris defaults), and package-level maps of
// per-user state written by HTTP handlers. Cookie, Redis and database stores stay silent.
import { callArguments, callName, goImports, named, qualifiedName, unwrapGo } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { checkPackageState } from './go-state';

type Where = 'memory' | 'disk';

const LOSS: Readonly<Record<Where, string>> = {
  memory: 'in process memory: they vanish on restart',
  disk: 'on the local disk: they are lost when the container is replaced',
};
const ADVICE = 'use a backing store such as Redis (e.g. redistore) or the database';

/** Store constructors by callee resolved through imports. */
const STORES: ReadonlyMap<string, { label: string; where: Where }> = new Map([
  ['github.com/gorilla/sessions.NewFilesystemStore', { label: 'gorilla/sessions FilesystemStore', where: 'disk' }],
  ['github.com/quasoft/memstore.NewMemStore', { label: 'memstore.NewMemStore', where: 'memory' }],
  ['github.com/gin-contrib/sessions/memstore.NewStore', { label: 'gin-contrib memstore', where: 'memory' }],
  ['github.com/alexedwards/scs/v2/memstore.New', { label: 'scs memstore', where: 'memory' }],
  ['github.com/alexedwards/scs/memstore.New', { label: 'scs memstore', where: 'memory' }],
  // GoFrame's session storages (given to `s.SetSessionStorage(...)`); NewStorageRedis is shared.
  ['github.com/gogf/gf/v2/os/gsession.NewStorageMemory', { label: 'GoFrame gsession.NewStorageMemory', where: 'memory' }],
  ['github.com/gogf/gf/v2/os/gsession.NewStorageFile', { label: 'GoFrame gsession.NewStorageFile', where: 'disk' }],
  ['github.com/gogf/gf/os/gsession.NewStorageMemory', { label: 'GoFrame gsession.NewStorageMemory', where: 'memory' }],
  ['github.com/gogf/gf/os/gsession.NewStorageFile', { label: 'GoFrame gsession.NewStorageFile', where: 'disk' }],
] as const);
const SCS_NEW = /^github\.com\/alexedwards\/scs(?:\/v2)?\.New$/;
const FIBER_SESSION_NEW = /^github\.com\/gofiber\/fiber(?:\/v\d+)?\/middleware\/session\.New$/;
/** iris keeps sessions in memory unless the manager is given a database (`sess.UseDatabase(redis.New(...))`). */
const IRIS_SESSIONS_NEW = /^github\.com\/kataras\/iris(?:\/v\d+)?\/sessions\.New$/;

export const goChecks: LanguageCheck[] = [
  {
    languages: ['go'],
    // scs's import path says neither session nor memstore: `var manager = scs.New()` is a finding too.
    keywords: ['session', 'memstore', 'alexedwards/scs'],
    // Go's tokens may stand apart: `sync .Map`, `map [string]bool` (found by fast-check).
    // A package-level slice grows by `x = append(x, v)`.
    patterns: [/\bsync\s*\.\s*Map\b/, /\bmap\s*\[/, /=\s*append\s*\(/],
    check,
  },
];

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  const imports = goImports(root);
  walkTree(root, (node) => {
    if (node.type === 'call_expression') checkStoreCall(node, imports, root, context);
    return true;
  });
  checkPackageState(root, (report) => context.report(report));
}

function checkStoreCall(call: SyntaxNode, imports: ReadonlyMap<string, string>, root: SyntaxNode, context: RuleContext): void {
  const qualified = qualifiedName(callName(call), imports);
  if (qualified === undefined) return;
  const store = STORES.get(qualified);
  if (store) {
    context.report({ span: nodeSpan(call), message: `Factor VI: ${store.label} keeps sessions ${LOSS[store.where]} and are not shared between processes; ${ADVICE}.` });
  } else if (IRIS_SESSIONS_NEW.test(qualified) && !/\.UseDatabase\s*\(/.test(root.text) && !isReturned(call)) {
    context.report({
      span: nodeSpan(call),
      message: `Factor VI: iris sessions keep their default in-memory store (no \`UseDatabase\`): sessions vanish on restart and are not shared between processes; ${ADVICE}.`,
    });
  } else if ((SCS_NEW.test(qualified) && !setsStore(root, call)) || (FIBER_SESSION_NEW.test(qualified) && !hasStorage(call))) {
    const module = SCS_NEW.test(qualified) ? 'scs' : 'fiber session';
    const setting = module === 'scs' ? 'Store' : 'Storage';
    context.report({
      span: nodeSpan(call),
      message: `Factor VI: ${module} uses its default in-memory store (no \`${setting}\`): sessions vanish on restart and are not shared between processes; ${ADVICE}.`,
    });
  }
}

/** `sessionManager := scs.New()` followed by `sessionManager.Store = redisstore.New(pool)` in the file. */
function setsStore(root: SyntaxNode, call: SyntaxNode): boolean {
  const statement = call.parent?.parent;
  const target = named(statement?.childForFieldName('left'))[0]?.text ?? named(statement).find((child) => child.type === 'identifier')?.text;
  if (target === undefined) return true; // not kept in a variable we can follow: someone may set it
  return root.descendantsOfType('assignment_statement').some((assignment) =>
    named(assignment?.childForFieldName('left')).some((left) => left.text.replace(/\s+/g, '') === `${target}.Store`),
  );
}

/** `return sessions.New(...)`: the caller may give it a database (`UseDatabase`) in a file we do not read. */
function isReturned(call: SyntaxNode): boolean {
  for (let parent = call.parent; parent; parent = parent.parent) {
    if (parent.type === 'return_statement') return true;
    if (parent.type !== 'expression_list' && parent.type !== 'parenthesized_expression') return false;
  }
  return false;
}

/** `session.New(session.Config{Storage: redis.New()})`; an opaque config may set it. */
function hasStorage(call: SyntaxNode): boolean {
  const config = callArguments(call)[0];
  if (!config) return false;
  const literal = unwrapGo(config);
  if (literal.type !== 'composite_literal') return true;
  return literal.descendantsOfType('keyed_element').some((element) => element?.namedChildren[0]?.text === 'Storage');
}
