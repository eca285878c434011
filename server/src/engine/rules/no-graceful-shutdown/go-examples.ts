import type { Examples } from '../../rule';

export const goExamples: Examples = {
  valid: [
    {
      name: "an engine from the project's constructor (`web.NewEcho()`) started at a computed address, with SIGTERM caught and Shutdown called",
      path: 'main.go',
      code: `package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"example.com/quotes/internal/web"
)

func main() {
	e := web.NewEcho()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	go func() { _ = e.Start(fmt.Sprintf(":%s", os.Getenv("PORT"))) }()
	<-ctx.Done()
	_ = e.Shutdown(context.Background())
}
`,
    },
    {
      name: "a constructor not named for a web framework (`jobs.NewRunner()`) started at a computed address: not a server",
      path: 'main.go',
      code: `package main

import (
	"os"

	"example.com/etl/jobs"
)

func main() {
	runner := jobs.NewRunner()
	_ = runner.Start(os.Getenv("QUEUE"))
}
`,
    },
    {
      name: "a job package's runner started with a computed spec: no router package's engine",
      path: 'main.go',
      code: 'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/kiosk/jobs"\n\t"example.com/kiosk/setting"\n)\n\nfunc main() {\n\trunner := jobs.NewRunner()\n\trunner.Run(fmt.Sprintf("@every %ds", setting.Interval))\n}\n',
    },
    {
      name: "Shutdown on a context from the app's own signal package (graceful.Context() calls signal.Notify): it may well be cancelled on SIGTERM",
      path: 'cmd/api/main.go',
      code: `package main

import (
	"context"
	"net/http"

	"example.com/billing/internal/graceful"
)

func main() {
	ctx, cancel := graceful.Context()
	defer cancel()
	srv := &http.Server{Addr: ":8080"}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	_ = srv.ListenAndServe()
}
`,
    },
    {
      name: 'a WithCancel context whose cancel is handed to a watcher (it may cancel on a signal): left alone',
      path: 'main.go',
      code: `package main

import (
	"context"
	"net/http"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go watch(cancel)
	srv := &http.Server{Addr: ":8080"}
	go func() {
		<-ctx.Done()
		srv.Shutdown(context.Background())
	}()
	srv.ListenAndServe()
}
`,
    },
    {
      name: "a public package's server type whose Run method catches SIGTERM and drains: the same method, handled",
      path: 'server/server.go',
      code: `package server

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"syscall"
)

type Server struct {
	srv *http.Server
}

func (s *Server) Run() error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() { _ = s.srv.ListenAndServe() }()
	<-ctx.Done()
	return s.srv.Shutdown(context.Background())
}
`,
    },
    {
      name: 'SIGTERM caught, the server shut down, and os.Exit(1) only when that fails',
      path: 'cmd/api/main.go',
      code: 'package main\n\nimport (\n\t"context"\n\t"net/http"\n\t"os"\n\t"os/signal"\n\t"syscall"\n)\n\nfunc main() {\n\tsrv := &http.Server{Addr: ":" + os.Getenv("PORT")}\n\tgo func() { _ = srv.ListenAndServe() }()\n\tquit := make(chan os.Signal, 1)\n\tsignal.Notify(quit, syscall.SIGTERM)\n\t<-quit\n\tif err := srv.Shutdown(context.Background()); err != nil {\n\t\tos.Exit(1)\n\t}\n}\n',
    },
    {
      name: "fvbock/endless serves and finishes the open requests on SIGTERM itself",
      path: 'main.go',
      code: 'package main\n\nimport (\n\t"log"\n\n\t"github.com/fvbock/endless"\n\n\t"example.com/blog/routers"\n)\n\nfunc main() {\n\tserver := endless.NewServer(":8000", routers.InitRouter())\n\tif err := server.ListenAndServe(); err != nil {\n\t\tlog.Printf("server err: %v", err)\n\t}\n}\n',
    },
    {
      name: "a Kratos or go-micro app's Run with no address: the framework stops on SIGTERM itself",
      path: 'cmd/server/main.go',
      code: 'package main\n\nimport "example.com/shop/internal/server"\n\nfunc main() {\n\tapp, cleanup, err := wireApp(server.Load())\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tdefer cleanup()\n\tif err := app.Run(); err != nil {\n\t\tpanic(err)\n\t}\n\tsvc.Run()\n}\n',
    },
    {
      name: "a CLI's Run and a worker's Start, given no listen address, in a program that imports no web framework",
      path: 'cmd/tool/main.go',
      code: 'package main\n\nimport (\n\t"os"\n\n\t"github.com/urfave/cli/v2"\n)\n\nfunc main() {\n\tapp := cli.NewApp()\n\t_ = app.Run(os.Args)\n\tw.Start("reports")\n}\n',
    },
    {
      name: 'SIGTERM beside Ctrl-C, every signal (no list), and signals held in a name: each catches the platform\'s stop',
      path: 'cmd/notes/main.go',
      code: 'package main\n\nimport (\n\t"net/http"\n\t"os"\n\t"os/signal"\n\t"syscall"\n)\n\nvar stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}\n\nfunc main() {\n\tsrv := &http.Server{Addr: ":" + os.Getenv("PORT")}\n\tgo srv.ListenAndServe()\n\tquit := make(chan os.Signal, 1)\n\tsignal.Notify(quit, os.Interrupt, syscall.SIGTERM)\n\tall := make(chan os.Signal, 1)\n\tsignal.Notify(all)\n\tsignal.Notify(quit, stopSignals...)\n\t<-quit\n\t_ = srv.Close()\n}\n',
    },
    {
      name: 'NotifyContext and Shutdown',
      path: 'main.go',
      code: `package main

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := &http.Server{Addr: ":" + os.Getenv("PORT")}
	go srv.ListenAndServe()
	<-ctx.Done()
	srv.Shutdown(context.Background())
}
`,
    },
    {
      name: "an internal package that serves until its caller's context ends, then drains (the caller catches SIGTERM)",
      path: 'internal/httpserver/server.go',
      code: `package httpserver

import (
	"context"
	"net/http"
)

func Run(ctx context.Context, addr string, h http.Handler) error {
	srv := &http.Server{Addr: addr, Handler: h}
	go func() { _ = srv.ListenAndServe() }()
	<-ctx.Done()
	return srv.Shutdown(context.Background())
}
`,
    },
    {
      name: "a public package's helper (pkg/): the importing program runs and stops the server",
      path: 'pkg/httpx/serve.go',
      code: `package httpx

import "net/http"

func Serve(srv *http.Server) error {
	return srv.ListenAndServe()
}
`,
    },
    {
      name: 'a library package, not a main',
      path: 'server/server.go',
      code: `package server

import "net/http"

func Run(addr string) error {
	return http.ListenAndServe(addr, nil)
}
`,
    },
    {
      name: 'a CLI with no server',
      path: 'cmd/tool/main.go',
      code: `package main

func main() {
	job.Run()
}
`,
    },
    {
      name: 'a gRPC server stopped gracefully on SIGTERM',
      path: 'cmd/api/main.go',
      code: `package main

import (
	"net"
	"os"
	"os/signal"
	"syscall"

	"google.golang.org/grpc"
)

func main() {
	lis, _ := net.Listen("tcp", ":"+os.Getenv("PORT"))
	s := grpc.NewServer()
	go func() {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGTERM)
		<-sig
		s.GracefulStop()
	}()
	_ = s.Serve(lis)
}
`,
    },
  ],
  invalid: [
    {
      name: "an echo engine built by the project's own package (`config.NewEcho(cfg)`, probe29: echo-twitter) started at a computed address, no signal handling",
      path: 'cmd/api/main.go',
      code: `package main

import (
	"fmt"

	"example.com/tw/internal/config"
)

func main() {
	cfg := config.NewViper()
	echo := config.NewEcho(cfg)
	port := cfg.GetInt("app.port")
	echo.Logger.Fatal(⟦echo.Start⟧(fmt.Sprintf(":%d", port)))
}
`,
    },
    {
      name: "gin's and fiber's engines from the project's constructors (`server.NewGin()`, `web.InitFiberApp()`), addresses from the environment",
      path: 'main.go',
      code: `package main

import (
	"os"

	"example.com/ledger/server"
	"example.com/ledger/web"
)

func main() {
	engine := server.NewGin()
	app := web.InitFiberApp()
	go ⟦app.Listen⟧(":" + os.Getenv("ADMIN_PORT"))
	_ = ⟪engine.Run⟫(":" + os.Getenv("PORT"))
}
`,
    },
    {
      name: "Shutdown waits on a context only a deferred cancel ends (go-coffeeshop): no signal ever runs it",
      path: 'cmd/barista/main.go',
      code: `package main

import (
	"context"
	"net/http"
	"os"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := &http.Server{Addr: ":" + os.Getenv("PORT")}
	go func() {
		<-ctx.Done()
		⟪s.Shutdown(context.Background())⟫
	}()
	⟦s.ListenAndServe⟧()
}
`,
      messageIncludes: ['no signal cancels'],
    },
    {
      name: "a public package's server type (go-base's api.Server embedding *http.Server) whose Start method waits for Ctrl-C only: it owns the process's signals",
      path: 'api/server.go',
      code: `package api

import (
	"context"
	"net/http"
	"os"
	"os/signal"
)

type Server struct {
	*http.Server
}

func (srv *Server) Start() {
	go func() {
		if err := ⟦srv.ListenAndServe⟧(); err != http.ErrServerClosed {
			panic(err)
		}
	}()
	quit := make(chan os.Signal, 1)
	signal.Notify(quit, os.Interrupt)
	<-quit
	srv.Shutdown(context.Background())
}
`,
      messageIncludes: ['SIGINT (Ctrl-C) but not SIGTERM'],
    },
    {
      name: "cobra's command package (cmd/api): the server waits for Ctrl-C only",
      path: 'cmd/api/server.go',
      code: `package api

import (
	"context"
	"net/http"
	"os"
	"os/signal"
)

func run() error {
	srv := &http.Server{Addr: ":" + os.Getenv("PORT")}
	go func() { _ = ⟦srv.ListenAndServe⟧() }()
	quit := make(chan os.Signal, 1)
	signal.Notify(quit, os.Interrupt)
	<-quit
	return srv.Shutdown(context.Background())
}
`,
      messageIncludes: ['SIGINT (Ctrl-C) but not SIGTERM'],
    },
    {
      name: "a DDD layout's internal/common/server, called from main: a bare ListenAndServe",
      path: 'internal/common/server/http.go',
      code: `package server

import (
	"net/http"
	"os"
)

func RunHTTPServer(h http.Handler) {
	if err := ⟦http.ListenAndServe⟧(":"+os.Getenv("PORT"), h); err != nil {
		panic(err)
	}
}
`,
    },
    {
      name: 'SIGTERM caught, then os.Exit with no Shutdown: the open requests are cut as with no handler',
      path: 'cmd/api/main.go',
      code: 'package main\n\nimport (\n\t"log"\n\t"net/http"\n\t"os"\n\t"os/signal"\n\t"syscall"\n)\n\nfunc main() {\n\tgo func() {\n\t\tsigs := make(chan os.Signal, 1)\n\t\tsignal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)\n\t\t<-sigs\n\t\t⟪os.Exit(0)⟫\n\t}()\n\tlog.Fatal(⟦http.ListenAndServe⟧(":"+os.Getenv("PORT"), nil))\n}\n',
      messageIncludes: ['os.Exit', 'Shutdown'],
    },
    {
      name: "a gin engine built in the project's own package, started with no address (gin serves $PORT, else :8080)",
      path: 'cmd/server/main.go',
      code: 'package main\n\nimport (\n\t"log"\n\n\t"example.com/blog/internal/router"\n)\n\nfunc main() {\n\tif err := ⟦router.Router().Run⟧(); err != nil {\n\t\tlog.Fatal(err)\n\t}\n}\n',
    },
    {
      name: "a router package's engine held in `r`, started with no address",
      path: 'main.go',
      code: 'package main\n\nimport (\n\t"example.com/shop/config"\n\t"example.com/shop/routers"\n)\n\nfunc main() {\n\tconfig.Load()\n\tr := routers.InitRouter()\n\t_ = ⟦r.Run⟧()\n}\n',
    },
    {
      name: "a router package's engine in any local, started with a computed address in a main.go that does not import gin (go-gin-example, probe25)",
      path: 'main.go',
      code: 'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/kiosk/router"\n\t"example.com/kiosk/setting"\n)\n\nfunc main() {\n\tengine2 := router.InitRouter()\n\t⟦engine2.Run⟧(fmt.Sprintf(":%d", setting.ServerSetting.HttpPort))\n}\n',
    },
    {
      name: "an api package's NewRouter started at once with an address from config",
      path: 'cmd/kiosk/main.go',
      code: 'package main\n\nimport (\n\t"example.org/kiosk/internal/api"\n\t"example.org/kiosk/internal/conf"\n)\n\nfunc main() {\n\tc := conf.Load()\n\t_ = ⟦api.NewRouter().Run⟧(c.Addr)\n}\n',
    },
    {
      name: "an echo app built in the project's own package, started with its listen address",
      path: 'cmd/api/main.go',
      code: 'package main\n\nimport "example.com/shop/routes"\n\nfunc main() {\n\te := routes.New()\n\te.Logger.Fatal(⟦e.Start⟧(":8080"))\n}\n',
    },
    {
      name: "a shutdown wired to Ctrl-C only (os.Interrupt, syscall.SIGINT, and os.Kill, which no program can catch): the platform's SIGTERM still ends the process mid-request",
      path: 'cmd/catalog/main.go',
      code: 'package main\n\nimport (\n\t"context"\n\t"net/http"\n\t"os"\n\t"os/signal"\n\t"syscall"\n)\n\nfunc main() {\n\tsrv := &http.Server{Addr: ":" + os.Getenv("PORT")}\n\tgo func() { _ = ⟦srv.ListenAndServe⟧() }()\n\tquit := make(chan os.Signal, 1)\n\tsignal.Notify(quit, os.Interrupt, syscall.SIGINT, os.Kill)\n\t<-quit\n\t_ = srv.Shutdown(context.Background())\n}\n',
    },
    {
      name: 'a gRPC server that serves with no SIGTERM handling',
      path: 'cmd/api/main.go',
      code: `package main

import (
	"net"
	"os"

	"google.golang.org/grpc"
)

func main() {
	lis, _ := net.Listen("tcp", ":"+os.Getenv("PORT"))
	s := grpc.NewServer()
	_ = ⟦s.Serve⟧(lis)
}
`,
    },
    {
      name: 'http.ListenAndServe in main',
      path: 'main.go',
      code: `package main

import (
	"log"
	"net/http"
	"os"
)

func main() {
	log.Fatal(⟦http.ListenAndServe⟧(":"+os.Getenv("PORT"), nil))
}
`,
      messageIncludes: ['SIGTERM', 'Shutdown'],
    },
    {
      name: 'a gRPC server and a fiber app in one program: one finding, the other server related; net.Listen opens a socket and is neither',
      path: 'cmd/geo/main.go',
      code: `package main

import (
	"net"
	"os"

	"github.com/gofiber/fiber/v2"
	"google.golang.org/grpc"
)

func main() {
	go func() {
		lis, _ := net.Listen("tcp", ":"+os.Getenv("GRPC_PORT"))
		srv := grpc.NewServer()
		⟦srv.Serve⟧(lis)
	}()
	app := fiber.New()
	⟪app.Listen⟫(":" + os.Getenv("PORT"))
}
`,
    },
    {
      name: 'the pprof endpoint on localhost:6060 is no server a deploy drains: the finding is the app\'s server',
      path: 'cmd/api/main.go',
      code: `package main

import (
	"net/http"
	_ "net/http/pprof"
	"os"
)

func main() {
	go http.ListenAndServe("localhost:6060", nil)
	⟦http.ListenAndServe⟧(":"+os.Getenv("PORT"), routes())
}
`,
    },
    {
      name: 'a server struct',
      path: 'cmd/api/main.go',
      code: `package main

import "net/http"

func main() {
	srv := &http.Server{Addr: addr, Handler: mux}
	⟦srv.ListenAndServe⟧()
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
	⟦r.Run⟧()
}
`,
    },
    {
      name: 'gin, the engine in a variable named for the package (it shadows the import from there on)',
      path: 'main.go',
      code: `package main

import "github.com/gin-gonic/gin"

func main() {
	gin.SetMode(gin.ReleaseMode)
	gin := gin.Default()
	⟦gin.Run⟧(":8080")
}
`,
    },
  ],
};
