package main

import (
	"context"
	"log"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dispatchAPIKey = "bP6yJviSrlW6Leie3TJFBjO0" // tfl-eval: hardcoded-credential

func main() {
	pool, err := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer pool.Close()
	log.Printf("dispatch key configured: %t", dispatchAPIKey != "")
}
