// Java and Kotlin fields and variables whose use says they hold a secret, whatever they are called:
// passed to a secret-taking API (`static final byte[] KEY = Base64.decode("…")` then
// `new SecretKeySpec(KEY, "AES")`), or compared with a credential (`API_KEY.equals(auth.getPassword())`,
// Kotlin `ADMIN_PASS == credentials.password`), or sent as an authorization header's credential
// (`header("Authorization", "Bearer " + UPLOAD_KEY)`). Go's call scan does the same for its variables. One
// pass over the file's calls and comparisons, made on the first declaration that asks.
import type { SyntaxNode } from '../../languages/treeSitter';
import { credentialName } from '../../secrets';
import type { JvmCall } from '../../languages/java';
import { calleeName, comparedTarget, HEADER_SETTER, isDecoderCall, secretApiTarget, TRANSPARENT_METHODS, type JvmSyntax } from './java-calls';
import { JVM_EQUALITY_CALLS } from './compared';
import { AUTH_SCHEME } from './credential-headers';
import { keyOptionsBufferTarget } from './jvm-argument-shapes';
import type { Target } from './target';

const USE_TYPES = new Set(['method_invocation', 'object_creation_expression', 'call_expression', 'equality_expression']);

/** `"Bearer " + KEY`: Java's and Kotlin's concatenations (the schemes: credential-headers.ts). */
const SCHEME_CONCATENATION = new Set(['binary_expression', 'additive_expression']);

/** Decoders and pass-through methods between a name and the API: `KEY.getBytes(UTF_8)`, `hex(SECRET)`. */
const MAX_WRAPPERS = 8;

export class JvmSecretUses {
  private uses: Map<string, Target> | undefined;

  constructor(
    private readonly root: SyntaxNode,
    private readonly syntax: JvmSyntax,
  ) {}

  /** What the first such use in the file makes of `name`, else undefined. */
  of(name: string): Target | undefined {
    this.uses ??= this.collect();
    return this.uses.get(name);
  }

  private collect(): Map<string, Target> {
    const uses = new Map<string, Target>();
    const record = (argument: SyntaxNode | undefined, target: Target | undefined) => {
      const name = target && argument ? this.passedName(argument) : undefined;
      if (target && name !== undefined && !uses.has(name)) uses.set(name, { ...target, name });
    };
    for (const node of nodesOfTypes(this.root, USE_TYPES)) {
      const sides = this.comparedSides(node);
      if (sides) {
        // `SUPERVISOR_PIN.equals(pin)`: compared with the kind of credential its own name says, a name keeps its own
        // verdict (the comparison reads the literal as a state); `SYNC_KEY.equals(getPassword())` is the password.
        const compared = (side: SyntaxNode, other: SyntaxNode) => {
          const target = this.credentialCompared(other);
          return target && credentialName(this.passedName(side) ?? '')?.noun === target.credential?.noun ? undefined : target;
        };
        record(sides[0], compared(sides[0], sides[1]));
        record(sides[1], compared(sides[1], sides[0]));
        continue;
      }
      const call = this.syntax.call(node);
      if (!call) continue;
      const callee = calleeName(call, this.syntax);
      // Vert.x's `key.setBuffer(SIGNING_SECRET)` too: the buffer of HMAC key options is the signing secret.
      call.args.forEach((argument, index) => record(argument, secretApiTarget(call, index, callee) ?? keyOptionsBufferTarget(call, index, this.syntax)));
      const header = this.authorizationHeader(call);
      if (header) record(header.credential, header.target);
    }
    return uses;
  }

  /**
   * `header("Authorization", "Bearer " + KEY)`, `addHeader("X-Api-Key", KEY)`: the name sent as the
   * credential of an authorization header. Weak: only a generated value counts, so a constant that
   * holds a scheme or a header's name stays silent.
   */
  private authorizationHeader(call: JvmCall): { credential: SyntaxNode; target: Target } | undefined {
    if (!HEADER_SETTER.test(call.name) || call.args.length !== 2) return undefined;
    const header = this.syntax.string(call.args[0]!)?.value?.text ?? '';
    if (!/^(?:proxy-)?authorization$/i.test(header) && !credentialName(header)) return undefined;
    const value = call.args[1]!;
    const [scheme, credential] = value.namedChildren;
    const afterScheme = SCHEME_CONCATENATION.has(value.type) && scheme && this.syntax.string(scheme) && AUTH_SCHEME.test(this.syntax.string(scheme)?.value?.text ?? '');
    const target: Target = { kind: 'api', label: `${call.name}("${header}")`, credential: { noun: 'token', strength: 'weak' }, envName: 'API_TOKEN' };
    const sent = afterScheme ? credential : value;
    // A name that already says what it holds (`API_KEY`) keeps its own verdict and env var.
    const name = sent ? this.passedName(sent) : undefined;
    return sent && name !== undefined && !credentialName(name) ? { credential: sent, target } : undefined;
  }

  /** The two sides of `a.equals(b)`, `Objects.equals(a, b)`, Kotlin `a == b`. */
  private comparedSides(node: SyntaxNode): [SyntaxNode, SyntaxNode] | undefined {
    if (node.type === 'equality_expression') {
      const [left, right] = node.namedChildren;
      return left && right ? [left, right] : undefined;
    }
    const call = this.syntax.call(node);
    if (call?.name === 'equals' && call.receiver && call.args.length === 1) return [call.receiver, call.args[0]!];
    if (call && call.args.length === 2 && JVM_EQUALITY_CALLS.has(calleeName(call, this.syntax))) return [call.args[0]!, call.args[1]!];
    return undefined;
  }

  private credentialCompared(side: SyntaxNode): Target | undefined {
    const target = comparedTarget(side, this.syntax);
    return target?.credential ? target : undefined;
  }

  /** `KEY`, `this.KEY`, `Keys.KEY`, `KEY.getBytes(UTF_8)`, `Base64.decode(KEY)` -> KEY. */
  private passedName(argument: SyntaxNode): string | undefined {
    let node: SyntaxNode | undefined = argument;
    for (let depth = 0; node && depth < MAX_WRAPPERS; depth++) {
      const dotted = this.syntax.dotted(node);
      if (dotted !== undefined) return dotted.slice(dotted.lastIndexOf('.') + 1);
      const call = this.syntax.call(node);
      if (!call) return undefined;
      if (isDecoderCall(call)) node = call.args[0];
      else if (TRANSPARENT_METHODS.has(call.name) && call.args.length <= 1) node = call.receiver;
      else return undefined;
    }
    return undefined;
  }
}

/** The nodes of `types` in the tree, in order; a cursor walk that makes node objects only for those. */
export function nodesOfTypes(root: SyntaxNode, types: ReadonlySet<string>): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const cursor = root.walk();
  try {
    for (let more = true; more; ) {
      if (types.has(cursor.nodeType)) found.push(cursor.currentNode);
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          more = false;
          break;
        }
      }
    }
  } finally {
    cursor.delete();
  }
  return found;
}
