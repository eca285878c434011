package main

import (
	"context"
	"net/http"
	"os/signal"
	"syscall"

	"example.com/notes/internal/config"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	srv := &http.Server{Addr: config.ListenAddr()} // tfl-eval-not: hardcoded-port
	go srv.ListenAndServe()
	<-ctx.Done()
	_ = srv.Shutdown(context.Background())
}
