import type { Examples } from '../../rule';

export const goExamples: Examples = {
  valid: [
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
  ],
  invalid: [
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
  ],
};
