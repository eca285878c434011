package main

import (
	"context"
	"flag"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/golang-migrate/migrate/v4"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"

	"github.com/parcelly/outbox-relay/internal/outbox"
)

func main() {
	migrateFirst := flag.Bool("migrate", false, "apply migrations before serving (local only)")
	flag.Parse()

	log, _ := zap.NewProduction() // tfl-eval-not: file-logger
	defer log.Sync()

	if *migrateFirst {
		m, _ := migrate.New("file://migrations", os.Getenv("DATABASE_URL"))
		_ = m.Up() // tfl-eval-not: startup-migration
	}

	pool, err := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal("db", zap.Error(err))
	}
	relay := &outbox.Relay{Pool: pool, Log: log}
	r := chi.NewRouter()
	r.Post("/ack", relay.Ack)

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: r}
	go func() { _ = srv.ListenAndServe() }()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM)
	<-stop
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}
