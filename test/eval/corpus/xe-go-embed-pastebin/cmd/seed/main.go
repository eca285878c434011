package main

import (
	"database/sql"
	"log"
	"os"

	_ "github.com/jackc/pgx/v5/stdlib"
)

// Loads demo pastes into a local database: `go run ./cmd/seed`.
func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	seed, err := os.ReadFile("testdata/seed.sql")
	if err != nil {
		log.Fatal(err)
	}
	if _, err := db.Exec(string(seed)); err != nil { // tfl-eval-not: startup-migration
		log.Fatal(err)
	}
}
