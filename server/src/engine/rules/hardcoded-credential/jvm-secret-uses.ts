// Java and Kotlin fields and variables that a secret-taking API receives: `static final byte[] KEY =
// Base64.decode("…")` then `new SecretKeySpec(KEY, "AES")` makes KEY a secret key, whatever it is
// called (Go's call scan does the same for its variables). One pass over the file's calls, made on
// the first declaration that asks, and only when the file names one of the APIs at all.
import type { SyntaxNode } from '../../languages/treeSitter';
import { calleeName, isDecoderCall, SECRET_API_WORDS, secretApiTarget, TRANSPARENT_METHODS, type JvmSyntax } from './java-calls';
import type { Target } from './target';

const CALL_TYPES = new Set(['method_invocation', 'object_creation_expression', 'call_expression']);

/** Decoders and pass-through methods between a name and the API: `KEY.getBytes(UTF_8)`, `hex(SECRET)`. */
const MAX_WRAPPERS = 8;

export class JvmSecretUses {
  private uses: Map<string, Target> | undefined;

  constructor(
    private readonly root: SyntaxNode,
    private readonly text: string,
    private readonly syntax: JvmSyntax,
  ) {}

  /** The API's target for a name passed to one (the first such use in the file), else undefined. */
  of(name: string): Target | undefined {
    this.uses ??= SECRET_API_WORDS.some((word) => this.text.includes(word)) ? this.collect() : new Map();
    return this.uses.get(name);
  }

  private collect(): Map<string, Target> {
    const uses = new Map<string, Target>();
    for (const node of callNodes(this.root)) {
      const call = this.syntax.call(node);
      if (!call) continue;
      const callee = calleeName(call, this.syntax);
      call.args.forEach((argument, index) => {
        const target = secretApiTarget(call, index, callee);
        const name = target ? this.passedName(argument) : undefined;
        if (target && name !== undefined && !uses.has(name)) uses.set(name, { ...target, name });
      });
    }
    return uses;
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

/** The call nodes of the tree; a cursor walk that makes node objects only for calls. */
function callNodes(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const cursor = root.walk();
  try {
    for (let more = true; more; ) {
      if (CALL_TYPES.has(cursor.nodeType)) found.push(cursor.currentNode);
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
