package main

import (
	"context"
	"log"
	"net/http"
	"os/signal"
	"syscall"

	"github.com/clickfunnel/ingest/internal/config"
)

func main() {
	if err := config.Load(); err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{Addr: config.K.String("http.addr")}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	go func() { _ = srv.ListenAndServe() }()
	<-ctx.Done()
	_ = srv.Shutdown(context.Background())
}
