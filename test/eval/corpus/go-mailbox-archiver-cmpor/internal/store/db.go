package store

import (
	"fmt"
	"os"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
)

// Open connects to the archive index database.
func Open(dsn string) (*sqlx.DB, error) {
	if dsn == "" {
		return nil, fmt.Errorf("no DSN")
	}
	return sqlx.Connect("postgres", dsn)
}

// OpenReporting opens the read-only reporting replica used by the monthly export.
func OpenReporting() (*sqlx.DB, error) {
	return sqlx.Connect("postgres", "host=reports-db.quillpost.internal port=5432 user=reporting password=Lk7wQp3vNz9xTc2B dbname=archive sslmode=require") // tfl-eval: hardcoded-credential, hardcoded-backing-service
}

// OpenLocal is what the integration tests and `make dev` use.
func OpenLocal() (*sqlx.DB, error) {
	return sqlx.Connect("postgres", fmt.Sprintf("host=localhost user=archiver password=%s dbname=archive sslmode=disable", os.Getenv("PGPASSWORD"))) // tfl-eval: hardcoded-backing-service
}
