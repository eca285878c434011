// Factor IX for Go: a `main` package that serves HTTP and never listens for SIGTERM
// (`signal.Notify`/`signal.NotifyContext`) nor calls `Shutdown`. The default on SIGTERM is to exit
// at once, cutting every open request.
import { callName, goImports, importsAny, packageName, qualifiedName } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';

const SERVE_FUNCTIONS = new Set(['net/http.ListenAndServe', 'net/http.ListenAndServeTLS', 'net/http.Serve']);
const SERVER_METHODS = new Set(['ListenAndServe', 'ListenAndServeTLS']);
/** Frameworks whose app start blocks serving HTTP: gin's Run, echo's Start, fiber's Listen. */
const FRAMEWORK_STARTS = new Set(['Run', 'Start', 'Listen', 'RunTLS', 'StartTLS']);
const FRAMEWORKS = ['github.com/gin-gonic/gin', 'github.com/labstack/echo', 'github.com/gofiber/fiber'];
/** gRPC's `s.Serve(lis)` blocks serving too; `GracefulStop` (below) is its shutdown. */
const GRPC = ['google.golang.org/grpc'];
/** Libraries that run the server and handle signals themselves. */
const MANAGED = ['github.com/urfave/negroni', 'go.uber.org/fx', 'github.com/oklog/run', 'github.com/TV4/graceful', 'gopkg.in/tylerb/graceful.v1', 'github.com/facebookgo/grace'];

const MESSAGE =
  "Factor IX: the server starts with no SIGTERM handling: on every deploy or scale-down the platform's SIGTERM ends the process mid-request; catch it with signal.NotifyContext and call Shutdown to finish the open requests.";

export const goChecks: LanguageCheck[] = [{ languages: ['go'], keywords: ['listenandserve', '.run(', '.start(', '.listen(', '.serve('], check }];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path) || packageName(tree.rootNode) !== 'main') return;
  const imports = goImports(tree.rootNode);
  if (importsAny(imports, MANAGED)) return;
  const framework = importsAny(imports, FRAMEWORKS);
  const grpc = importsAny(imports, GRPC);
  const starts: SyntaxNode[] = [];
  let handles = false;
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'call_expression') return;
    const name = callName(node) ?? '';
    const qualified = qualifiedName(name, imports) ?? name;
    const method = name.slice(name.lastIndexOf('.') + 1);
    if (qualified === 'os/signal.Notify' || qualified === 'os/signal.NotifyContext' || method === 'Shutdown' || method === 'GracefulStop') handles = true;
    else if (SERVE_FUNCTIONS.has(qualified) || (name.includes('.') && SERVER_METHODS.has(method))) starts.push(node);
    else if (framework && name.includes('.') && FRAMEWORK_STARTS.has(method)) starts.push(node);
    else if (grpc && name.includes('.') && method === 'Serve') starts.push(node);
  });
  if (handles) return;
  for (const start of starts) {
    const callee = start.childForFieldName('function');
    if (callee) context.report({ span: nodeSpan(callee), message: MESSAGE });
  }
}
