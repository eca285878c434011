package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/example/identity-hooks/internal"
)

func main() {
	h := &internal.Handler{Admin: internal.NewAdminClient()}
	mux := http.NewServeMux()
	mux.HandleFunc("/after-registration", h.AfterRegistration)
	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: mux}
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatal(err)
		}
	}()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	<-ctx.Done()
	_ = srv.Shutdown(context.Background())
}
