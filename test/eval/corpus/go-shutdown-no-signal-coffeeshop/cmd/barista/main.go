package main

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/go-chi/chi/v5"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	r := chi.NewRouter()
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })

	srv := &http.Server{Addr: ":" + os.Getenv("APP_PORT"), Handler: r}

	go func() {
		<-ctx.Done()
		shutdownCtx, done := context.WithTimeout(context.Background(), 10*time.Second)
		defer done()
		// a related location of the finding on ListenAndServe
		if err := srv.Shutdown(shutdownCtx); err != nil {
			slog.Error("shutdown", "err", err)
		}
	}()

	slog.Info("barista listening")
	if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed { // tfl-eval: no-graceful-shutdown
		slog.Error("listen", "err", err)
		os.Exit(1)
	}
}
