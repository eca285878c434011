import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';

/** What the node layer reads in the module's `configs` package: `func ProjectPort() string { return ":9999" }`. */
const CONFIGS_PORT: ScanOptions = {
  importedPorts: [
    { module: 'github.com/example/ginapi/configs', name: 'ProjectPort', port: 9999, path: 'configs/configs.go', range: { start: { line: 3, character: 1 }, end: { line: 3, character: 15 } } },
  ],
};

/** What the node layer reads in the module's `consts` package: `UserServiceAddr = ":9000"`. */
const CONSTS_ADDRESS: ScanOptions = {
  importedPorts: [
    { module: 'example.com/mall/pkg/consts', name: 'UserServiceAddr', port: 9000, path: 'pkg/consts/consts.go', range: { start: { line: 3, character: 1 }, end: { line: 3, character: 27 } }, constant: true },
  ],
};

const GIN_API_MAIN = (addr: string): string =>
  `package main\n\nimport (\n\t"net/http"\n\n\t"github.com/example/ginapi/configs"\n\tcfg "github.com/example/ginapi/internal/config"\n)\n\nfunc main() {\n\tserver := &http.Server{Addr: ${addr}}\n\t_ = server.ListenAndServe()\n}\n`;

export const goExamples: Examples = {
  valid: [
    {
      name: 'a local address written again from the environment, handed to a flag, or only the default of PORT: the deploy picks it',
      path: 'cmd/relay/main.go',
      code: 'package main\n\nimport (\n\t"flag"\n\t"net"\n\t"net/http"\n\t"os"\n)\n\nfunc main() {\n\taddr := "0.0.0.0:9100"\n\tif v := os.Getenv("METRICS_ADDR"); v != "" {\n\t\taddr = v\n\t}\n\t_ = http.ListenAndServe(addr, nil)\n}\n\nfunc admin() {\n\tlisten := ":7000"\n\tflag.StringVar(&listen, "listen", listen, "listen address")\n\tflag.Parse()\n\tln, _ := net.Listen("tcp", listen)\n\t_ = ln\n}\n\nfunc web() {\n\tport := os.Getenv("PORT")\n\tif port == "" {\n\t\tport = ":8081"\n\t}\n\t_ = http.ListenAndServe(port, nil)\n}\n',
    },
    {
      name: "a README sample pasted into a library package as `func main1()`, which nothing in the file calls: no one starts it",
      path: 'router/session.go',
      code: 'package router\n\nimport "github.com/gin-gonic/gin"\n\n// main1 is the sessions README sample.\nfunc main1() {\n\tr := gin.Default()\n\tr.GET("/ping", func(c *gin.Context) { c.String(200, "pong") })\n\tr.Run(":8000")\n}\n',
    },
    {
      name: "gin's start with no address serves $PORT (else :8080): no port in the code",
      path: 'cmd/api/main.go',
      code: 'package main\n\nimport "example.com/shop/router"\n\nfunc main() {\n\t_ = router.Router().Run()\n}\n',
    },
    {
      name: 'the pprof debug endpoint on localhost:6060, as the net/http/pprof docs show',
      path: 'cmd/api/main.go',
      code: `package main

import (
	"log"
	"net/http"
	_ "net/http/pprof"
	"os"
)

func main() {
	go func() { log.Println(http.ListenAndServe("localhost:6060", nil)) }()
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), routes()))
}
`,
    },
    {
      name: 'the address from PORT',
      path: 'main.go',
      code: `package main

import (
	"net/http"
	"os"
)

func main() {
	http.ListenAndServe(":"+os.Getenv("PORT"), nil)
}
`,
    },
    {
      name: 'an address variable set from config',
      path: 'cmd/api/main.go',
      code: `package main

import "net/http"

func main() {
	srv := &http.Server{Addr: cfg.Addr, Handler: router()}
	srv.ListenAndServe()
}
`,
    },
    {
      name: 'a test server',
      path: 'server_test.go',
      code: `package main

import "net/http"

func TestServe(t *testing.T) {
	go http.ListenAndServe(":8099", nil)
}
`,
    },
    {
      name: 'a Run method outside a web framework',
      path: 'worker.go',
      code: `package main

func main() {
	job.Run(":8080")
}
`,
    },
    {
      name: 'a unix socket listener',
      path: 'main.go',
      code: `package main

import "net"

func main() {
	l, _ := net.Listen("unix", "/tmp/app.sock")
	_ = l
}
`,
    },
    {
      name: "an imported package's function the node layer found no fixed address in (it reads PORT), and another package's",
      path: 'main.go',
      code: GIN_API_MAIN('cfg.ListenAddr()'),
      options: CONFIGS_PORT,
    },
    {
      name: 'a call with arguments is not the fact (configs.ProjectPort(env) may compute)',
      path: 'main.go',
      code: GIN_API_MAIN('configs.ProjectPort("prod")'),
      options: CONFIGS_PORT,
    },
    {
      name: 'a client resolving the host it dials is not a listen address',
      path: 'internal/cache/dial.go',
      code: `package cache\n\nimport "net"\n\nfunc Dial() (*net.TCPConn, error) {\n\taddr, err := net.ResolveTCPAddr("tcp", "redis:6379")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn net.DialTCP("tcp", nil, addr)\n}\n`,
    },
    {
      name: 'a resolved listen address read from the environment',
      path: 'cmd/user/main.go',
      code: `package main\n\nimport (\n\t"net"\n\t"os"\n)\n\nfunc main() {\n\taddr, _ := net.ResolveTCPAddr("tcp", ":"+os.Getenv("PORT"))\n\tserve(addr)\n}\n`,
    },
    {
      name: "a selector of another package that is no listen-address constant (a dial target stays no fact)",
      path: 'cmd/user/main.go',
      code: `package main\n\nimport (\n\t"net"\n\n\t"example.com/mall/pkg/consts"\n)\n\nfunc main() {\n\taddr, _ := net.ResolveTCPAddr("tcp", consts.RedisAddr)\n\tdial(addr)\n}\n`,
      options: CONSTS_ADDRESS,
    },
  ],
  invalid: [
    {
      name: "a local address beside a retry counter whose name starts with its own (`addrRetries++` writes another name, not `addr`)",
      path: 'cmd/gateway/main.go',
      code: 'package main\n\nimport (\n\t"log"\n\t"net/http"\n\t"time"\n)\n\nfunc main() {\n\taddr := ":8443"\n\taddrRetries := 0\n\tfor {\n\t\terr := http.ListenAndServe(⟦addr⟧, nil)\n\t\tif addrRetries >= 3 {\n\t\t\tlog.Fatal(err)\n\t\t}\n\t\taddrRetries++\n\t\ttime.Sleep(time.Second)\n\t}\n}\n',
    },
    {
      name: 'a raw TCP server whose address is a local written once from a literal (probe27): the literal passed directly',
      path: 'main.go',
      code: 'package main\n\nimport "net"\n\nfunc main() {\n\tport := ":7070"\n\tln, err := net.Listen("tcp", ⟦port⟧)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\t_ = ln\n}\n',
    },
    {
      name: 'a renamed main the file calls, and a `main2` in package main: each is a start',
      path: 'router/serve.go',
      code: 'package router\n\nimport "github.com/gin-gonic/gin"\n\nfunc Start() { main2() }\n\nfunc main2() {\n\tr := gin.Default()\n\tr.Run(⟦":8000"⟧)\n}\n',
    },
    {
      name: "a listen address held by a constant of another package of the module (cloudwego's consts.UserServiceAddr into net.ResolveTCPAddr)",
      path: 'cmd/user/main.go',
      code: `package main\n\nimport (\n\t"net"\n\n\t"example.com/mall/pkg/consts"\n)\n\nfunc main() {\n\taddr, _ := net.ResolveTCPAddr("tcp", ⟦consts.UserServiceAddr⟧)\n\tserve(addr)\n}\n`,
      options: CONSTS_ADDRESS,
      messageIncludes: ['UserServiceAddr holds it, in pkg/consts/consts.go'],
      relatedFiles: ['pkg/consts/consts.go'],
    },
    {
      name: "a Kitex server's address resolved from a constant first (`net.ResolveTCPAddr`, then `server.WithServiceAddr(addr)`)",
      path: 'cmd/publish/main.go',
      code: `package main\n\nimport (\n\t"net"\n\n\t"github.com/cloudwego/kitex/server"\n)\n\nconst PublishServiceAddr = "0.0.0.0:9003"\n\nfunc main() {\n\taddr, _ := net.ResolveTCPAddr("tcp", ⟦PublishServiceAddr⟧)\n\tsvr := publish.NewServer(new(Impl), server.WithServiceAddr(addr))\n\t_ = svr.Run()\n}\n`,
    },
    {
      name: "a fixed address returned by a function of the module's own package (go-gin-api's configs.ProjectPort()), the return related",
      path: 'main.go',
      code: GIN_API_MAIN('⟦configs.ProjectPort()⟧'),
      options: CONFIGS_PORT,
      messageIncludes: ['hardcoded port 9999', 'ProjectPort() returns it, in configs/configs.go'],
      relatedFiles: ['configs/configs.go'],
    },
    {
      name: "a router package's engine started in one chain with its listen address",
      path: 'cmd/api/main.go',
      code: 'package main\n\nimport "example.com/shop/router"\n\nfunc main() {\n\t_ = router.Router().Run(⟦":8088"⟧)\n}\n',
    },
    {
      name: "an echo app built in the project's own package, started with its listen address",
      path: 'cmd/api/main.go',
      code: 'package main\n\nimport "example.com/shop/routes"\n\nfunc main() {\n\te := routes.New()\n\te.Logger.Fatal(e.Start(⟦":8080"⟧))\n}\n',
    },
    {
      name: 'a loopback address in a file that serves no debug package is still the app\'s port',
      path: 'cmd/api/main.go',
      code: `package main

import "net/http"

func main() {
	http.ListenAndServe(⟦"127.0.0.1:8080"⟧, routes())
}
`,
    },
    {
      name: 'http.ListenAndServe',
      path: 'main.go',
      code: `package main

import (
	"log"
	"net/http"
)

func main() {
	log.Fatal(http.ListenAndServe(⟦":8080"⟧, nil))
}
`,
      messageIncludes: ['8080', 'os.Getenv("PORT")'],
    },
    {
      name: 'an http.Server literal through a constant',
      path: 'cmd/server/main.go',
      code: `package main

import "net/http"

const addr = "0.0.0.0:9000"

func main() {
	srv := &http.Server{Addr: ⟦addr⟧, Handler: mux}
	srv.ListenAndServe()
}
`,
    },
    {
      name: 'gin',
      path: 'main.go',
      code: `package main

import "github.com/gin-gonic/gin"

func main() {
	r := gin.Default()
	r.Run(⟦":8080"⟧)
}
`,
    },
    {
      name: 'net.Listen tcp',
      path: 'grpc.go',
      code: `package main

import "net"

func main() {
	lis, _ := net.Listen("tcp", ⟦":50051"⟧)
	serve(lis)
}
`,
    },
  ],
};
