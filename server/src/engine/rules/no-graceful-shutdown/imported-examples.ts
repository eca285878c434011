// A server started one module away (javascript-imported.ts, go-imported.ts): the entry's call is reported when the node
// layer found, in the module it imports, a start that stops nowhere; the examples give that fact as the node layer would.
import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

const AT_LISTEN = { start: { line: 12, character: 2 }, end: { line: 12, character: 12 } };

/** `module.exports = async function start() { app.listen(port) }` in ./src/server.js; `export async function load()` in ./app.js. */
const JS_STARTS: ScanOptions = {
  importedServerStarts: [
    { module: './src/server', name: '', path: 'src/server.js', range: AT_LISTEN },
    { module: './app.js', name: 'load', path: 'src/app.ts', range: AT_LISTEN },
    { module: './http', name: 'serve', path: 'src/http.js', range: AT_LISTEN },
  ],
};

export const javascriptImportedExamples: Examples = {
  valid: [
    {
      name: 'the entry handles SIGTERM for the server it imports',
      path: 'src/main.ts',
      code: "import { serve } from './http';\n\nconst server = serve(Number(process.env.PORT));\n\nprocess.on('SIGTERM', () => server.close(() => process.exit(0)));\n",
      options: JS_STARTS,
    },
    {
      name: 'the start is only called inside a function the file never calls, or is imported and not called',
      path: 'src/cli.js',
      code: "const start = require('./src/server');\nconst { serve } = require('./http');\n\nfunction later() {\n  start();\n}\nmodule.exports = { later, serve };\n",
      options: JS_STARTS,
    },
    {
      name: 'a module with no fact stays silent: only what the node layer found is followed',
      path: 'index.js',
      code: "const start = require('./src/server');\n\nstart();\n",
    },
  ],
  invalid: [
    {
      name: "the entry calls `module.exports = function start()` of ./src/server and handles no signal",
      path: 'index.js',
      code: "const start = require('./src/server');\n\n⟦start⟧().catch((err) => {\n  console.error(err);\n  process.exitCode = 1;\n});\n",
      options: JS_STARTS,
      relatedFiles: ['src/server.js'],
      messageIncludes: ['Factor IX', 'SIGTERM'],
    },
    {
      name: 'top-level await of an exported `load()` (ES module, TypeScript)',
      path: 'src/main.ts',
      code: "import { load } from './app.js';\n\nawait ⟦load⟧(Number(process.env.PORT ?? 8080));\n",
      options: JS_STARTS,
      relatedFiles: ['src/app.ts'],
    },
    {
      name: 'a relative require called at once',
      path: 'index.js',
      code: "⟦require('./src/server')⟧();\n",
      options: JS_STARTS,
      relatedFiles: ['src/server.js'],
    },
  ],
};

/** `func Run() error { return http.ListenAndServe(…) }` in the module's package server/, which stops nowhere. */
const GO_STARTS: ScanOptions = {
  importedServerStarts: [{ module: 'github.com/example/guestbook/server', name: 'Run', path: 'server/server.go', range: AT_LISTEN }],
};

/** `func New(cfg Config) *gin.Engine` in server/ and `func Build(s Settings) *fiber.App { return fiber.New(…) }` in web/: engines, not starts. */
const GO_ENGINES: ScanOptions = {
  importedServerStarts: [
    { module: 'github.com/example/ledger/server', name: 'New', path: 'server/server.go', range: AT_LISTEN, engine: true },
    { module: 'github.com/example/ledger/web', name: 'Build', path: 'web/app.go', range: AT_LISTEN, engine: true },
  ],
};

export const goImportedExamples: Examples = {
  valid: [
    {
      name: "an engine from the package's constructor, served by an http.Server that main shuts down on SIGTERM; a constructor alone starts nothing",
      path: 'main.go',
      code: [
        'package main',
        '',
        'import (',
        '\t"context"',
        '\t"net/http"',
        '\t"os"',
        '\t"os/signal"',
        '\t"syscall"',
        '',
        '\t"github.com/example/ledger/server"',
        '\t"github.com/example/ledger/web"',
        ')',
        '',
        'func main() {',
        '\tctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)',
        '\tdefer stop()',
        '\t_ = web.Build(web.Settings{})',
        '\tsrv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: server.New(server.Config{})}',
        '\tgo srv.ListenAndServe()',
        '\t<-ctx.Done()',
        '\t_ = srv.Shutdown(context.Background())',
        '}',
      ].join('\n'),
      options: GO_ENGINES,
    },
    {
      name: "another package's constructor that returns no engine (`queue.NewConsumer`), whose Run is a job's",
      path: 'main.go',
      code: 'package main\n\nimport "github.com/example/ledger/queue"\n\nfunc main() {\n\tc := queue.NewConsumer("mail")\n\t_ = c.Run("mailer")\n}\n',
      options: GO_ENGINES,
    },
    {
      name: 'main catches SIGTERM around the imported start',
      path: 'main.go',
      code: [
        'package main',
        '',
        'import (',
        '\t"os"',
        '\t"os/signal"',
        '\t"syscall"',
        '',
        '\t"github.com/example/guestbook/server"',
        ')',
        '',
        'func main() {',
        '\tgo server.Run()',
        '\tquit := make(chan os.Signal, 1)',
        '\tsignal.Notify(quit, syscall.SIGTERM)',
        '\t<-quit',
        '}',
      ].join('\n'),
      options: GO_STARTS,
    },
  ],
  invalid: [
    {
      name: 'main calls server.Run() of its own package, which serves with no Shutdown',
      path: 'main.go',
      code: [
        'package main',
        '',
        'import (',
        '\t"log"',
        '',
        '\t"github.com/example/guestbook/server"',
        ')',
        '',
        'func main() {',
        '\tif err := ⟦server.Run⟧(); err != nil {',
        '\t\tlog.Fatal(err)',
        '\t}',
        '}',
      ].join('\n'),
      options: GO_STARTS,
      relatedFiles: ['server/server.go'],
      messageIncludes: ['Factor IX', 'SIGTERM'],
    },
    {
      name: "an engine a constructor of any name returns (`server.New(cfg)`, declared `*gin.Engine`), held in a local and run at a configured address",
      path: 'main.go',
      code: 'package main\n\nimport (\n\t"log"\n\t"os"\n\n\t"github.com/example/ledger/server"\n)\n\nfunc main() {\n\tsrv := server.New(server.Config{})\n\tlog.Fatal(⟦srv.Run⟧(":" + os.Getenv("PORT")))\n}\n',
      options: GO_ENGINES,
      relatedFiles: ['server/server.go'],
    },
    {
      name: "fiber's Listen called on the constructor's result (`web.Build(s).Listen(addr)`, `return fiber.New(…)`)",
      path: 'cmd/pantry/main.go',
      code: 'package main\n\nimport (\n\t"log"\n\t"os"\n\n\t"github.com/example/ledger/web"\n)\n\nfunc main() {\n\tlog.Fatal(⟦web.Build(web.Settings{}).Listen⟧(os.Getenv("LISTEN_ADDR")))\n}\n',
      options: GO_ENGINES,
      relatedFiles: ['web/app.go'],
    },
  ],
};
