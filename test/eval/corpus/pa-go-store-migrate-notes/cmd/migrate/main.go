// Command migrate applies the schema once per release: `go run ./cmd/migrate`.
package main

import (
	"context"
	"log"
	"os"

	"github.com/example/notes/store"
	"github.com/example/notes/store/db"
)

func main() {
	driver, err := db.NewDBDriver(os.Getenv("NOTES_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	// tfl-eval-not: startup-migration  (a one-off command of its own, run once per release)
	if err := store.New(driver).Migrate(context.Background()); err != nil {
		log.Fatal(err)
	}
}
