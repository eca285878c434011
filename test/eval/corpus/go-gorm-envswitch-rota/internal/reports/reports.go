package reports

import (
	"database/sql"
	"os"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "github.com/mattn/go-sqlite3"
)

// OpenWarehouse opens the reporting database with database/sql.
func OpenWarehouse() (*sql.DB, error) {
	switch os.Getenv("APP_ENV") {
	case "production":
		return sql.Open("pgx", os.Getenv("WAREHOUSE_URL"))
	case "test":
		return sql.Open("sqlite3", ":memory:") // tfl-eval-not: dev-prod-divergence
	default:
		return sql.Open("sqlite3", "file:warehouse-dev.db?cache=shared") // tfl-eval: dev-prod-divergence
	}
}

// OpenArchive uses PostgreSQL everywhere; only the pool differs.
func OpenArchive() (*sql.DB, error) {
	db, err := sql.Open("pgx", os.Getenv("ARCHIVE_URL"))
	if err != nil {
		return nil, err
	}
	if os.Getenv("APP_ENV") != "production" {
		db.SetMaxOpenConns(1)
	}
	return db, nil
}
