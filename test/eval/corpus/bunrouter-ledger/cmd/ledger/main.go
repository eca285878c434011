package main

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gorilla/sessions"
	"github.com/rs/zerolog"
	"github.com/uptrace/bun/migrate"
	"github.com/uptrace/bunrouter"

	"github.com/hearthbooks/ledger/internal/httpapi"
	"github.com/hearthbooks/ledger/internal/store"
	"github.com/hearthbooks/ledger/migrations"
)

func main() {
	logFile, err := os.OpenFile("ledger.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		panic(err)
	}
	logger := zerolog.New(logFile).With().Timestamp().Logger() // tfl-eval: file-logger

	db := store.Open(os.Getenv("DATABASE_URL"))
	ctx := context.Background()
	migrator := migrate.NewMigrator(db, migrations.Migrations)
	if err := migrator.Init(ctx); err != nil {
		logger.Fatal().Err(err).Msg("migrator init")
	}
	if _, err := migrator.Migrate(ctx); err != nil { // tfl-eval: startup-migration
		logger.Fatal().Err(err).Msg("migrate")
	}

	api := &httpapi.API{
		DB:       db,
		Sessions: sessions.NewFilesystemStore("", []byte(os.Getenv("SESSION_KEY"))), // tfl-eval: memory-session-store
	}
	router := bunrouter.New()
	router.POST("/journal/:account", api.AddLine)
	router.GET("/entries/:account", api.ListEntries)

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: router}
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			logger.Fatal().Err(err).Msg("listen")
		}
	}()

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, os.Interrupt)
	<-stop
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdownCtx)
}
