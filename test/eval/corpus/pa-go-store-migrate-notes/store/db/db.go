package db

import (
	"context"
	"database/sql"
	"embed"

	_ "modernc.org/sqlite"
)

//go:embed migration
var migrationFS embed.FS

type DB struct {
	db *sql.DB
}

func NewDBDriver(dsn string) (*DB, error) {
	sqlDB, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	return &DB{db: sqlDB}, nil
}

func (d *DB) Migrate(ctx context.Context) error {
	schema, err := migrationFS.ReadFile("migration/LATEST.sql")
	if err != nil {
		return err
	}
	_, err = d.db.ExecContext(ctx, string(schema))
	return err
}

func (d *DB) Close() error {
	return d.db.Close()
}
