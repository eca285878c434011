//go:build migrate

package bootstrap

import (
	"errors"
	"log"
	"os"
	"time"

	"github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/postgres"
	_ "github.com/golang-migrate/migrate/v4/source/file"
)

const (
	migrateRetries = 15
	migrateBackoff = 2 * time.Second
)

// Applied whenever a binary built with -tags migrate starts.
func init() {
	dsn, found := os.LookupEnv("DATABASE_URL")
	if !found || dsn == "" {
		log.Fatal("migrate: DATABASE_URL is not set")
	}

	var (
		m   *migrate.Migrate
		err error
	)
	for try := 1; try <= migrateRetries; try++ {
		if m, err = migrate.New("file:///migrations", dsn); err == nil {
			break
		}
		log.Printf("migrate: database not ready (%d/%d)", try, migrateRetries)
		time.Sleep(migrateBackoff)
	}
	if err != nil {
		log.Fatalf("migrate: %v", err)
	}
	defer m.Close()

	if err := m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) { // tfl-eval: startup-migration
		log.Fatalf("migrate: up: %v", err)
	}
}
