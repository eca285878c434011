package store

import (
	"database/sql"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
)

func TestMigrations(t *testing.T) {
	db, err := sql.Open("pgx", "postgres://claims:claims@localhost:5432/claims_test?sslmode=disable") // tfl-eval-not: hardcoded-credential, hardcoded-backing-service
	if err != nil {
		t.Skip(err)
	}
	if err := goose.Up(db, "../../migrations"); err != nil { // tfl-eval-not: startup-migration
		t.Fatal(err)
	}
}
