package db

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Pool opens the catalogue database.
func Pool(ctx context.Context) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig("postgres://catalog:sPkNrPxBk3bbWoklzoI1L6OK@catalog-db.internal:5432/catalog?sslmode=require") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 20
	return pgxpool.NewWithConfig(ctx, cfg)
}
