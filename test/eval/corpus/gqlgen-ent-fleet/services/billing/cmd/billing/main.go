package main

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	_ "github.com/lib/pq"
	"golang.org/x/net/http2"
	"golang.org/x/net/http2/h2c"

	"github.com/example/fleet/ent"
	"github.com/example/fleet/services/billing/internal/config"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	cfg, err := config.Load()
	if err != nil {
		logger.Error("config", "err", err)
		os.Exit(1)
	}

	// Reporting reads from the analytics replica, which has no DNS entry in the cluster.
	reporting, err := ent.Open("postgres", "host=10.42.0.17 port=5432 user=reporting dbname=fleet sslmode=require") // tfl-eval: hardcoded-backing-service
	if err != nil {
		logger.Error("reporting db", "err", err)
		os.Exit(1)
	}
	defer reporting.Close()

	client, err := ent.Open("postgres", cfg.DatabaseURL)
	if err != nil {
		logger.Error("db", "err", err)
		os.Exit(1)
	}
	if err := client.Schema.Create(context.Background()); err != nil { // tfl-eval: startup-migration
		logger.Error("schema", "err", err)
		os.Exit(1)
	}

	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	server := &http.Server{Addr: ":" + cfg.Port, Handler: h2c.NewHandler(mux, &http2.Server{}), ReadHeaderTimeout: 5 * time.Second}

	go func() {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
		<-sig
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = server.Shutdown(ctx)
	}()
	logger.Info("billing listening", "port", cfg.Port)
	if err := server.ListenAndServe(); err != http.ErrServerClosed {
		logger.Error("serve", "err", err)
	}
}
