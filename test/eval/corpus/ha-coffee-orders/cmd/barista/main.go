package main

import (
	"log"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"context"
)

func main() {
	dsn := os.Getenv("BARISTA_DB_URL") // tfl-eval-not: hardcoded-backing-service
	if dsn == "" {
		dsn = "postgres://barista:barista@localhost:5432/barista" // tfl-eval-not: hardcoded-backing-service
	}
	pool, err := pgxpool.New(context.Background(), dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer pool.Close()
}
