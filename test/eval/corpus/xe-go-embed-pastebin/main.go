package main

import (
	"database/sql"
	_ "embed"
	"log"
	"net/http"
	"os"

	_ "github.com/jackc/pgx/v5/stdlib"
)

//go:embed schema.sql
var schema string

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	if _, err := db.Exec(schema); err != nil { // tfl-eval: startup-migration
		log.Fatalf("apply schema: %v", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: mux}
	log.Fatal(srv.ListenAndServe()) // tfl-eval: no-graceful-shutdown
}
