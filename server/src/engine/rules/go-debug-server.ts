// Go's debug endpoints: `import _ "net/http/pprof"` (or expvar) registers handlers on the default
// mux, and `http.ListenAndServe("localhost:6060", nil)` serves them to this machine only, as the
// pprof docs show. That server is a developer's window into the process, not the service the app
// exports (Factor VII) nor the one a deploy drains (Factor IX).
import { goStringValue, named } from '../languages/go';
import { walkTree, type SyntaxNode } from '../languages/treeSitter';

const DEBUG_PACKAGES = ['net/http/pprof', 'expvar'];
const LOOPBACK_ADDRESS = /^(?:localhost|127(?:\.[0-9]{1,3}){3}|\[::1\]):[0-9]{1,5}$/;

/** Whether the file imports a debug package, blank imports included (goImports leaves those out). */
export function importsDebugPackage(root: SyntaxNode): boolean {
  let found = false;
  for (const declaration of named(root)) {
    if (declaration.type !== 'import_declaration') continue;
    walkTree(declaration, (node) => {
      if (node.type === 'import_spec' && DEBUG_PACKAGES.includes(goStringValue(node.childForFieldName('path')) ?? '')) found = true;
      return !found;
    });
  }
  return found;
}

/** A listen address on this machine only: `"localhost:6060"`, `"127.0.0.1:6060"`. */
export function isLoopbackAddress(node: SyntaxNode | undefined): boolean {
  return LOOPBACK_ADDRESS.test(goStringValue(node) ?? '');
}
