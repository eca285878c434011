package main

import (
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/sessions"
	"go.uber.org/zap"
)

var store = sessions.NewFilesystemStore("", []byte(os.Getenv("SESSION_KEY"))) // tfl-eval: memory-session-store

func newLogger() (*zap.Logger, error) {
	cfg := zap.NewProductionConfig()
	cfg.OutputPaths = []string{"stdout"} // tfl-eval-not: file-logger
	cfg.ErrorOutputPaths = []string{"/var/log/notes/error.log"} // tfl-eval: file-logger
	return cfg.Build()
}

func main() {
	logger, _ := newLogger()
	defer logger.Sync()
	r := chi.NewRouter()
	r.Get("/notes", func(w http.ResponseWriter, r *http.Request) {
		session, _ := store.Get(r, "notes")
		_ = session
		w.Write([]byte("[]"))
	})
	http.ListenAndServe(":"+os.Getenv("PORT"), r) // tfl-eval: no-graceful-shutdown
}
