// Factor III across Go packages: `const JWTSecret = "…"` in package config, and `token.SignedString([]byte(config.JWTSecret))`
// (or a JWT middleware's `Key: []byte(consts.SecretKey)`) in another package. The node layer collects each file's uses with
// sinkKeyUsesInGo (imported-key-uses.ts) and hands the
// defining package the names its importers pass to a secret-taking API (go-apis.ts, the one-file check's list); the
// one-file check then reads the constant as that API's key (go-targets.ts secretVariables). Pure: no file is read here.
import type { ParsedDocument } from '../../languages';
import { callArguments, callName, goImports, qualifiedName } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { LineIndex } from '../../source';
import type { ModuleSinkKeyUse } from '../../types';
import { goSecretApi } from './go-apis';
import { chainedMethod } from './go-targets';
import { keyedByteKey } from './go-keyed';

/** Whether a file may pass another package's value to a secret-taking API: the words of go-apis.ts' common sinks. */
export function mayUseSinkKeyGo(text: string): boolean {
  return /SignedString|NewCookieStore|NewStore|hmac\.New|NewCipher|Secret|Key\(|Key:\s{0,40}\[\]byte\(/.test(text);
}

/** `SignedString([]byte(config.JWTSecret))`, `sessions.NewCookieStore([]byte(conf.Salt))`: each imported package's name passed as a key. */
export function sinkKeyUsesInGo(parsed: ParsedDocument): ModuleSinkKeyUse[] {
  const { path, text } = parsed;
  const root = parsed.tree?.rootNode;
  if (!root) return [];
  const imports = goImports(root);
  const lines = new LineIndex(text);
  const found: ModuleSinkKeyUse[] = [];
  walkTree(root, (node) => {
    if (node.type === 'keyed_element') {
      const keyed = keyedByteKeyUse(node, imports);
      if (keyed) {
        const { argument, ...use } = keyed;
        found.push({ ...use, path, range: lines.range(nodeSpan(argument)) });
      }
      return true;
    }
    if (node.type !== 'call_expression') return true;
    const name = callName(node) ?? chainedMethod(node);
    if (name === undefined) return true;
    callArguments(node).forEach((argument, index) => {
      const selector = packageValue(argument);
      const module = selector && imports.get(selector.operand);
      const api = module === undefined ? undefined : goSecretApi(qualifiedName(name, imports) ?? name, index);
      if (!api || module === undefined) return;
      found.push({ module, name: selector!.field, label: name, noun: api.noun, envName: api.envName, path, range: lines.range(nodeSpan(argument)) });
    });
    return true;
  });
  return found;
}

/** `config.JWTSecret`, `[]byte(config.JWTSecret)`: a package's exported value, by package name and field. */
function packageValue(argument: SyntaxNode): { operand: string; field: string } | undefined {
  const converted = argument.type === 'call_expression' && argument.childForFieldName('function')?.type === 'slice_type' ? callArguments(argument)[0] : undefined;
  const inner = argument.type === 'type_conversion_expression' ? argument.childForFieldName('operand') : converted ?? argument;
  if (inner?.type !== 'selector_expression') return undefined;
  const operand = inner.childForFieldName('operand');
  const field = inner.childForFieldName('field')?.text;
  return operand?.type === 'identifier' && field !== undefined && /^[A-Z]/.test(field) ? { operand: operand.text, field } : undefined;
}

/** `jwt.HertzJWTMiddleware{Key: []byte(consts.SecretKey)}`: another package's name handed to a key field (go-keyed.ts keyedByteKey). */
function keyedByteKeyUse(element: SyntaxNode, imports: ReadonlyMap<string, string>): (Omit<ModuleSinkKeyUse, 'path' | 'range'> & { argument: SyntaxNode }) | undefined {
  const keyed = keyedByteKey(element, imports);
  const selector = keyed && packageValue(keyed.operand);
  const module = selector && imports.get(selector.operand);
  if (!keyed?.target.credential || module === undefined) return undefined;
  return { module, name: selector!.field, label: keyed.target.label, noun: keyed.target.credential.noun, envName: keyed.target.envName, argument: keyed.operand };
}
