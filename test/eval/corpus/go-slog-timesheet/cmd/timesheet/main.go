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

	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
	_ "github.com/lib/pq"

	"github.com/example/timesheet/ent"
	"github.com/example/timesheet/internal/httpapi"
)

func main() {
	logFile, err := os.OpenFile("/var/log/timesheet/app.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o640)
	if err != nil {
		panic(err)
	}
	logger := slog.New(slog.NewJSONHandler(logFile, nil)) // tfl-eval: file-logger
	slog.SetDefault(logger)

	client, err := ent.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		logger.Error("db", "err", err)
		os.Exit(1)
	}
	defer client.Close()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	if err := client.Schema.Create(ctx); err != nil { // tfl-eval: startup-migration
		logger.Error("schema", "err", err)
		os.Exit(1)
	}

	sessions := scs.New()
	sessions.Store = memstore.New() // tfl-eval: memory-session-store
	sessions.Lifetime = 12 * time.Hour

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: sessions.LoadAndSave(httpapi.Routes(client, sessions))}
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("serve", "err", err)
		}
	}()
	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdown)
}
