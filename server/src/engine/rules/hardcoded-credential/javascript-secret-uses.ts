// JS/TS constants whose use says they hold a secret, whatever they are called: `const K = '…'` then
// `crypto.createHmac('sha256', K)`, `jwt.sign(payload, APP)`, `createCipheriv(alg, Buffer.from(KEY32), iv)`.
// The literal is reported at its declaration, under the API it feeds. One pass over the file's
// identifiers, made on the first declaration that asks (most files never do).
import ts from 'typescript';
import { walk } from '../../languages/ts-ast';
import { secretApiOf } from './javascript-apis';
import { isTransparent, type Target } from './target';

/** Wrappers between a name and the call: `Buffer.from(K)`, `(K as string)`, `new TextEncoder().encode(K)`. */
const MAX_WRAPPERS = 8;

export class JsSecretUses {
  private uses: Map<string, Target> | undefined;

  constructor(
    private readonly source: ts.SourceFile,
    private readonly bindings: ReadonlyMap<string, string>,
  ) {}

  /** What the first use of `name` as a secret argument makes of it, else undefined. */
  of(name: string): Target | undefined {
    this.uses ??= this.collect();
    return this.uses.get(name);
  }

  private collect(): Map<string, Target> {
    const uses = new Map<string, Target>();
    walk(this.source, (node) => {
      if (!ts.isIdentifier(node) || uses.has(node.text)) return;
      const target = this.secretArgumentTarget(node);
      if (target) uses.set(node.text, target);
    });
    return uses;
  }

  private secretArgumentTarget(identifier: ts.Identifier): Target | undefined {
    let node: ts.Node = identifier;
    for (let hops = 0; node.parent && hops < MAX_WRAPPERS && isTransparent(node.parent, node); hops++) node = node.parent;
    const call = node.parent;
    if (!call || !(ts.isCallExpression(call) || ts.isNewExpression(call))) return undefined;
    const index = call.arguments?.indexOf(node as ts.Expression) ?? -1;
    const api = index < 0 ? undefined : secretApiOf(call, this.bindings);
    const argument = api?.positional?.get(index);
    if (!api || !argument) return undefined;
    return { kind: 'api', label: api.label, credential: { noun: argument.noun, strength: 'strong' }, envName: argument.envName };
  }
}
