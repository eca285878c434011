package store

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Open connects to the parcels database; a laptop without DATABASE_URL gets the compose one.
func Open(ctx context.Context) (*pgxpool.Pool, error) {
	var dsn string
	if os.Getenv("DATABASE_URL") == "" {
		dsn = "postgres://parcelhub:parcelhub@localhost:5432/parcelhub?sslmode=disable" // tfl-eval-not: hardcoded-backing-service
	} else {
		dsn = os.Getenv("DATABASE_URL")
	}
	return pgxpool.New(ctx, dsn)
}

// Reporting reads the warehouse replica.
func Reporting(ctx context.Context) (*pgxpool.Pool, error) {
	dsn, ok := os.LookupEnv("REPORTING_DATABASE_URL")
	if !ok {
		dsn = "postgres://reports@reporting-replica.parcelhub.internal:5432/reports" // tfl-eval: hardcoded-backing-service
	}
	return pgxpool.New(ctx, dsn)
}

// Archive is only opened by the nightly export; its switch says nothing about the environment.
func Archive(ctx context.Context) (*pgxpool.Pool, error) {
	dsn := ""
	if os.Getenv("ARCHIVE_ENABLED") == "1" {
		dsn = "postgres://archive@localhost:5432/archive" // tfl-eval: hardcoded-backing-service
	}
	return pgxpool.New(ctx, dsn)
}

// Audit keeps its own database when one is configured, else shares the compose one.
func Audit(ctx context.Context) (*pgxpool.Pool, error) {
	url := os.Getenv("AUDIT_DATABASE_URL")
	if len(url) == 0 {
		url = "postgres://audit@localhost:5432/audit" // tfl-eval-not: hardcoded-backing-service
	}
	return pgxpool.New(ctx, url)
}
