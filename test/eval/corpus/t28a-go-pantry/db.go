package main

import (
	"database/sql"
	"os"

	_ "github.com/lib/pq"
)

func openDB() (*sql.DB, error) {
	if url := os.Getenv("DATABASE_URL"); url != "" {
		return sql.Open("postgres", url)
	}
	return sql.Open("postgres", "postgres://pantry@localhost:5432/pantry?sslmode=disable") // tfl-eval-not: hardcoded-backing-service
}
