// Per-user state in a JS/TS singleton: a Map, Set, object or array field of a NestJS `@Injectable()`
// or `@Controller()` (providers are singletons unless scoped to the request), a Ts.ED `@Service`, a
// typedi `@Service()` or a routing-controllers `@JsonController()`: one instance serves every request
// of the process, as a Spring `@Service` does on the JVM (jvm-state.ts). Written under a per-user name
// (`cartsByUser`) or with a key that names who is asking (`this.drafts.set(userId, ...)`).
import ts from 'typescript';
import { moduleBindings, resolvedName, spanOf, unwrap, walk } from '../../languages/ts-ast';
import type { LanguageCheck, RuleContext } from '../../rule';
import { hasWord, isIdentityDerived } from './javascript-handlers';
import { isContainer } from './javascript-state';
import { EXEMPT_WORDS, PER_USER_WORDS } from './state-words';

/** Decorators that make a class a process-wide singleton, by the module they come from. */
const SINGLETON_DECORATORS = new Set([
  '@nestjs/common.Injectable', '@nestjs/common.Controller',
  '@tsed/di.Injectable', '@tsed/di.Service', '@tsed/common.Controller', '@tsed/common.Service',
  'typedi.Service', 'routing-controllers.Controller', 'routing-controllers.JsonController',
]);
const KEYED_WRITES = new Set(['set', 'delete']);
const ENTRY_WRITES = new Set(['add', 'push', 'unshift', 'splice']);

function check(context: RuleContext): void {
  const source = context.parsed.typescript;
  const bindings = moduleBindings(source);
  walk(source, (node) => {
    if (!ts.isClassDeclaration(node) || !isSingleton(node, bindings)) return undefined;
    for (const field of containerFields(node)) {
      const name = field.name.text;
      if (hasWord(name, EXEMPT_WORDS)) continue;
      const perUser = hasWord(name, PER_USER_WORDS);
      if (writeKeys(node, name).some(({ keys, scope }) => perUser || keys.some((key) => isIdentityDerived(key, scope)))) {
        context.report({ span: spanOf(field.name, source), message: stateMessage(name) });
      }
    }
    return false;
  });
}

function stateMessage(name: string): string {
  return (
    `Factor VI: \`${name}\` keeps per-user state in a singleton service's memory (one instance serves every request): ` +
    'it vanishes on restart and is not shared between instances; keep it in a backing store such as Redis or the database.'
  );
}

/** Decorated by one of SINGLETON_DECORATORS, and not scoped to the request or made per injection (`{ scope: Scope.REQUEST }`). */
export function isSingleton(node: ts.ClassLikeDeclaration, bindings: ReadonlyMap<string, string>): boolean {
  return (ts.getDecorators(node) ?? []).some((decorator) => {
    const call = ts.isCallExpression(decorator.expression) ? decorator.expression : undefined;
    const name = resolvedName(call ? call.expression : decorator.expression, bindings);
    if (name === undefined || !SINGLETON_DECORATORS.has(name)) return false;
    return !call?.arguments.some((argument) => /\bScope\.(?:REQUEST|TRANSIENT)\b|\bscope\s*:\s*['"](?:request|instance)['"]/.test(argument.getText()));
  });
}

/** `private readonly carts = new Map<string, Cart>()`, `drafts: Record<string, Draft> = {}`. */
export function containerFields(node: ts.ClassLikeDeclaration): Array<ts.PropertyDeclaration & { name: ts.Identifier }> {
  return node.members.filter(
    (member): member is ts.PropertyDeclaration & { name: ts.Identifier } =>
      ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name) && member.initializer !== undefined && isContainer(unwrap(member.initializer)),
  );
}

interface FieldWrite {
  keys: ts.Expression[];
  /** The method the write is in, where locals declared from who is asking are looked up. */
  scope: ts.Node | undefined;
}

/** `this.f.set(k, v)`, `this.f.add(x)`, `this.f[k] = v`, `delete this.f[k]`, in the class's members. */
function writeKeys(node: ts.ClassDeclaration, name: string): FieldWrite[] {
  const writes: FieldWrite[] = [];
  walk(node, (child) => {
    if (!ts.isPropertyAccessExpression(child) || child.expression.kind !== ts.SyntaxKind.ThisKeyword || child.name.text !== name) return undefined;
    const parent = child.parent;
    const scope = enclosingFunction(child);
    if (ts.isPropertyAccessExpression(parent) && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) {
      const method = parent.name.text;
      const args = [...parent.parent.arguments];
      if (KEYED_WRITES.has(method)) writes.push({ keys: args.slice(0, 1), scope });
      else if (ENTRY_WRITES.has(method)) writes.push({ keys: args, scope });
    } else if (ts.isElementAccessExpression(parent) && parent.expression === child && isWritten(parent)) {
      writes.push({ keys: [parent.argumentExpression], scope });
    }
    return undefined;
  });
  return writes;
}

function isWritten(access: ts.ElementAccessExpression): boolean {
  const parent = access.parent;
  if (ts.isDeleteExpression(parent)) return true;
  return ts.isBinaryExpression(parent) && parent.left === access && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

function enclosingFunction(node: ts.Node): ts.Node | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) if (ts.isFunctionLike(parent)) return parent;
  return undefined;
}

export const javascriptSingletonCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: ['@injectable', '@service', '@controller', '@jsoncontroller'],
  check,
};
