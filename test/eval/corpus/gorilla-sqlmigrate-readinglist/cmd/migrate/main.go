// Command migrate applies the schema; the deploy pipeline runs it once before rolling the web tier.
package main

import (
	"database/sql"
	"log"
	"os"

	_ "github.com/lib/pq"
	migrate "github.com/rubenv/sql-migrate"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	source := &migrate.FileMigrationSource{Dir: "migrations"}
	n, err := migrate.Exec(db, "postgres", source, migrate.Up) // tfl-eval-not: startup-migration
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("applied %d migrations", n)
}
