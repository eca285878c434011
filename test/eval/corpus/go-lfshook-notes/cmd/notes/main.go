package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/rifflock/lfshook"
	"github.com/sirupsen/logrus"
	_ "modernc.org/sqlite"
)

func main() {
	logger := logrus.New()
	logger.AddHook(lfshook.NewHook(lfshook.PathMap{ // tfl-eval: file-logger
		logrus.InfoLevel:  "/var/log/notes/info.log",
		logrus.ErrorLevel: "/var/log/notes/error.log",
	}, &logrus.JSONFormatter{}))

	audit, err := os.OpenFile("audit.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		logger.Fatal(err)
	}
	auditLog := log.New(audit, "audit ", log.LstdFlags|log.LUTC) // tfl-eval: file-logger

	db, err := sql.Open("sqlite", os.Getenv("NOTES_DB"))
	if err != nil {
		logger.Fatal(err)
	}

	r := chi.NewRouter()
	r.Delete("/notes/{id}", func(w http.ResponseWriter, req *http.Request) {
		if _, err := db.ExecContext(req.Context(), "DELETE FROM notes WHERE id = ?", chi.URLParam(req, "id")); err != nil {
			http.Error(w, "delete failed", http.StatusInternalServerError)
			return
		}
		auditLog.Printf("deleted note %s", chi.URLParam(req, "id"))
		w.WriteHeader(http.StatusNoContent)
	})

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: r}
	go func() { _ = srv.ListenAndServe() }()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM)
	<-stop
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}
