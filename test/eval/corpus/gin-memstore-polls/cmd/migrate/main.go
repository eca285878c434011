package main

import (
	"errors"
	"log"
	"os"

	"github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/mysql"
	_ "github.com/golang-migrate/migrate/v4/source/file"
)

// Run by the deploy pipeline before the new release takes traffic.
func main() {
	m, err := migrate.New("file://migrations", "mysql://"+os.Getenv("MYSQL_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	if err := m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) { // tfl-eval-not: startup-migration
		log.Fatal(err)
	}
}
