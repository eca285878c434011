package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/rotaboard/rota/internal/config"
	"github.com/rotaboard/rota/internal/store"
)

func main() {
	cfg := config.Load()
	db, err := store.Open(cfg)
	if err != nil {
		slog.Error("open store", "err", err)
		os.Exit(1)
	}
	r := chi.NewRouter()
	r.Get("/teams/{team}/shifts", func(w http.ResponseWriter, req *http.Request) {
		var shifts []store.Shift
		db.Where("team = ?", chi.URLParam(req, "team")).Find(&shifts)
		w.Header().Set("Content-Type", "application/json")
	})
	srv := &http.Server{Addr: cfg.Addr, Handler: r}
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("serve", "err", err)
			os.Exit(1)
		}
	}()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdownCtx)
}
