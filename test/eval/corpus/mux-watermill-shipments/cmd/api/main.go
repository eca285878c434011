package main

import (
	"log"
	"net/http"
	"os"

	"github.com/gorilla/mux"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"github.com/pressly/goose/v3"

	"github.com/example/shipments/internal/web"
)

func main() {
	logFile, err := os.OpenFile("/var/log/shipments/api.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		log.Fatal(err)
	}
	log.SetOutput(logFile) // tfl-eval: file-logger

	db := sqlx.MustConnect("postgres", os.Getenv("DATABASE_URL"))
	if err := goose.Up(db.DB, "db/migrations"); err != nil { // tfl-eval: startup-migration
		log.Fatal(err)
	}

	r := mux.NewRouter()
	h := web.NewHandlers(db)
	r.HandleFunc("/shipments/{id}", h.Get).Methods(http.MethodGet)
	r.HandleFunc("/shipments", h.Create).Methods(http.MethodPost)
	r.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })

	log.Println("listening on :8000")
	log.Fatal(http.ListenAndServe(":8000", r)) // tfl-eval: hardcoded-port, no-graceful-shutdown
}
