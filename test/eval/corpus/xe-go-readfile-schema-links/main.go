package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	_ "github.com/mattn/go-sqlite3"
)

func main() {
	conn, err := sql.Open("sqlite3", os.Getenv("LINKS_DB"))
	if err != nil {
		log.Fatal(err)
	}
	schemaBytes, err := os.ReadFile("db/schema.sql")
	if err != nil {
		log.Fatal(err)
	}
	if _, err = conn.Exec(string(schemaBytes)); err != nil { // tfl-eval: startup-migration
		log.Fatal(err)
	}
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {})
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil)) // tfl-eval: no-graceful-shutdown
}
