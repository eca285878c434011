package audit

import (
	"os"

	"github.com/jmoiron/sqlx"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "github.com/mattn/go-sqlite3"
)

// Connect opens the audit trail database.
func Connect() (*sqlx.DB, error) {
	db, err := sqlx.Open("pgx", os.Getenv("AUDIT_DATABASE_URL"))
	if os.Getenv("TALLY_ENV") != "production" {
		db, err = sqlx.Open("sqlite3", "file:audit-local.db?_fk=1") // tfl-eval: dev-prod-divergence
	}
	if err != nil {
		return nil, err
	}
	return db, nil
}

// ConnectWarehouse reads the analytics copy; unit tests point it at SQLite themselves.
func ConnectWarehouse(url string) (*sqlx.DB, error) {
	db, err := sqlx.Connect("pgx", url)
	if url == "" {
		db, err = sqlx.Connect("sqlite3", ":memory:") // tfl-eval-not: dev-prod-divergence
	}
	return db, err
}
