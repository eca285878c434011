package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/alexedwards/scs/v2"
	"github.com/go-chi/chi/v5"
	"github.com/pressly/goose/v3"
	"github.com/redis/go-redis/v9"
)

var sessionManager *scs.SessionManager

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	if err := goose.Up(db, "migrations"); err != nil { // tfl-eval: startup-migration
		log.Fatal(err)
	}

	cache := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // tfl-eval-not: hardcoded-backing-service
	_ = cache

	sessionManager = scs.New() // tfl-eval: memory-session-store

	r := chi.NewRouter()
	r.Get("/invoices/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(chi.URLParam(r, "id")))
	})
	addr := ":" + os.Getenv("PORT")
	log.Fatal(http.ListenAndServe(addr, sessionManager.LoadAndSave(r))) // tfl-eval: no-graceful-shutdown
}
