package main

import (
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"example.com/shortlinks/internal/store"
	"example.com/shortlinks/internal/web"
)

func getenv(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

func main() {
	// The file defaults to logs/ unless the deploy overrides LOG_FILE.
	logFile, err := os.OpenFile(getenv("LOG_FILE", "logs/shortlinks.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		panic(err)
	}
	slog.SetDefault(slog.New(slog.NewJSONHandler(logFile, nil))) // tfl-eval: file-logger

	dsn := getenv("DATABASE_URL", "postgres://shortlinks@shortlinks-db.prod.eu-central-1.internal:5432/shortlinks") // tfl-eval: hardcoded-backing-service
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		slog.Error("open db", "err", err)
		os.Exit(1)
	}
	if err := store.RunMigrations(db); err != nil { // tfl-eval: startup-migration
		slog.Error("migrate", "err", err)
		os.Exit(1)
	}

	srv := &http.Server{Addr: ":" + getenv("PORT", "8080"), Handler: (&web.Server{Users: store.NewUsers(db), Links: store.NewLinks(db)}).Routes()}
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("serve", "err", err)
		}
	}()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdown)
}
