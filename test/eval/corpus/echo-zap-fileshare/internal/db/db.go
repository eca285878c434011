package db

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

const defaultDSN = "postgres://fileshare@pg-files.prod.internal:5432/fileshare?sslmode=require" // tfl-eval: hardcoded-backing-service

// Connect opens the pool; DATABASE_URL wins when set.
func Connect(ctx context.Context) (*pgxpool.Pool, error) {
	dsn := os.Getenv("DATABASE_URL")
	if dsn == "" {
		dsn = defaultDSN
	}
	return pgxpool.New(ctx, dsn)
}
