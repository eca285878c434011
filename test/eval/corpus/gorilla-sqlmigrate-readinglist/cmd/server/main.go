package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
	_ "github.com/lib/pq"
	migrate "github.com/rubenv/sql-migrate"

	"github.com/example/readinglist/internal/shelf"
)

func setupLogging() {
	if os.Getenv("LOG_TO_STDOUT") != "" {
		log.SetOutput(os.Stdout)
		return
	}
	f, err := os.OpenFile("logs/readinglist.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		log.Fatal(err)
	}
	log.SetOutput(f) // tfl-eval: file-logger
}

func main() {
	setupLogging()

	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}

	source := &migrate.FileMigrationSource{Dir: "migrations"}
	n, err := migrate.Exec(db, "postgres", source, migrate.Up) // tfl-eval: startup-migration
	if err != nil {
		log.Fatalf("migrations: %v", err)
	}
	log.Printf("applied %d migrations", n)

	store := sessions.NewFilesystemStore("/var/lib/readinglist/sessions", []byte(os.Getenv("SESSION_KEY"))) // tfl-eval: memory-session-store
	store.MaxLength(64 * 1024)

	covers := shelf.NewCoverCache("covers-cache.prod.readinglist.internal:6379") // tfl-eval: hardcoded-backing-service

	r := mux.NewRouter()
	h := shelf.NewHandler(db, store, covers)
	r.HandleFunc("/", h.List).Methods(http.MethodGet)
	r.HandleFunc("/books/{id}/read", h.MarkRead).Methods(http.MethodPost)

	addr := ":" + os.Getenv("PORT")
	log.Printf("listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, r)) // tfl-eval: no-graceful-shutdown
}
