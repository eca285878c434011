package main

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"syscall"

	"github.com/amacneil/dbmate/v2/pkg/dbmate"
	_ "github.com/amacneil/dbmate/v2/pkg/driver/postgres"
	"github.com/go-chi/chi/v5"

	"github.com/lumen-photo/gallery/internal/search"
	"github.com/lumen-photo/gallery/internal/storage"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	u, err := url.Parse(os.Getenv("DATABASE_URL"))
	if err != nil {
		logger.Error("database url", "err", err)
		os.Exit(1)
	}
	migrations := dbmate.New(u)
	migrations.MigrationsDir = []string{"./db/migrations"}
	if err := migrations.CreateAndMigrate(); err != nil { // tfl-eval: startup-migration
		logger.Error("migrate", "err", err)
		os.Exit(1)
	}

	store, err := storage.New()
	if err != nil {
		logger.Error("storage", "err", err)
		os.Exit(1)
	}
	idx := search.New()

	r := chi.NewRouter()
	r.Get("/photos/{id}", func(w http.ResponseWriter, req *http.Request) {
		link, err := store.Link(req.Context(), chi.URLParam(req, "id"))
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		http.Redirect(w, req, link, http.StatusFound)
	})
	r.Get("/search", func(w http.ResponseWriter, req *http.Request) {
		_ = idx.Find(w, req.URL.Query().Get("q"))
	})

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: r}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	go func() { _ = srv.ListenAndServe() }()
	<-ctx.Done()
	_ = srv.Shutdown(context.Background())
}
