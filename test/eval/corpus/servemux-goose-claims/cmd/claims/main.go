package main

import (
	"context"
	"database/sql"
	"errors"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/alexedwards/scs/v2"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/rs/zerolog"

	"github.com/acme-insure/claims/internal/events"
	"github.com/acme-insure/claims/internal/web"
	"github.com/acme-insure/claims/migrations"
)

func main() {
	logFile, err := os.OpenFile("/var/log/claims/claims.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		panic(err)
	}
	logger := zerolog.New(logFile).With().Timestamp().Logger() // tfl-eval: file-logger

	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		logger.Fatal().Err(err).Msg("open database")
	}
	goose.SetBaseFS(migrations.FS)
	if err := goose.SetDialect("postgres"); err != nil {
		logger.Fatal().Err(err).Msg("goose dialect")
	}
	if err := goose.Up(db, "."); err != nil { // tfl-eval: startup-migration
		logger.Fatal().Err(err).Msg("migrate")
	}

	sessions := scs.New() // tfl-eval: memory-session-store
	sessions.Lifetime = 12 * time.Hour
	sessions.Cookie.Secure = true

	publisher := events.NewPublisher()
	defer publisher.Close()

	mux := http.NewServeMux()
	web.Register(mux, web.Deps{DB: db, Sessions: sessions, Events: publisher, Log: logger})

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: sessions.LoadAndSave(mux)}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Fatal().Err(err).Msg("serve")
		}
	}()
	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdown)
}
