// A one-off job run by the scheduler: no server, nothing to shut down gracefully.
package main

import (
	"context"
	"database/sql"
	"log"
	"os"

	_ "github.com/lib/pq"

	"github.com/acme/payments/internal/ledger"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // tfl-eval-not: hardcoded-backing-service
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if err := ledger.Reconcile(context.Background(), db); err != nil {
		log.Fatal(err)
	}
}
