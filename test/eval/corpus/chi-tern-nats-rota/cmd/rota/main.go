package main

import (
	"context"
	"errors"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/sessions"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/tern/v2/migrate"
	"github.com/rs/zerolog"

	"github.com/wardrota/rota/internal/events"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	logger := zerolog.New(os.Stdout).With().Timestamp().Logger() // tfl-eval-not: file-logger

	conn, err := pgx.Connect(ctx, os.Getenv("DATABASE_URL")) // tfl-eval-not: hardcoded-backing-service
	if err != nil {
		logger.Fatal().Err(err).Msg("connect")
	}
	migrator, err := migrate.NewMigrator(ctx, conn, "schema_version")
	if err != nil {
		logger.Fatal().Err(err).Msg("migrator")
	}
	if err := migrator.LoadMigrations(os.DirFS("migrations")); err != nil {
		logger.Fatal().Err(err).Msg("load migrations")
	}
	if err := migrator.Migrate(ctx); err != nil { // tfl-eval: startup-migration
		logger.Fatal().Err(err).Msg("migrate")
	}

	bus, err := events.Connect()
	if err != nil {
		logger.Fatal().Err(err).Msg("nats")
	}
	defer bus.Close()

	store := sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY"))) // tfl-eval-not: memory-session-store,hardcoded-credential
	r := chi.NewRouter()
	r.Get("/shifts", func(w http.ResponseWriter, r *http.Request) {
		s, _ := store.Get(r, "rota")
		_ = s.Save(r, w)
		w.WriteHeader(http.StatusOK)
	})

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: r}
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Fatal().Err(err).Msg("listen")
		}
	}()
	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdownCtx)
}
