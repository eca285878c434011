package main

import (
	"database/sql"
	"log"
	"net/http"

	_ "github.com/lib/pq"

	"github.com/acme/payments/internal/ledger"
)

func main() {
	db, err := sql.Open("postgres", "host=payments-db.internal port=5432 dbname=payments sslmode=require") // tfl-eval: hardcoded-backing-service
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	mux := http.NewServeMux()
	mux.Handle("/payments", ledger.Handler(db))
	log.Fatal(http.ListenAndServe(":8080", mux)) // tfl-eval: hardcoded-port, no-graceful-shutdown
}
