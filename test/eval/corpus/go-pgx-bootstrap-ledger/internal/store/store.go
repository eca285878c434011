package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const schema = `
CREATE TABLE IF NOT EXISTS entries (
	id BIGSERIAL PRIMARY KEY,
	account TEXT NOT NULL,
	cents BIGINT NOT NULL
);`

type Store struct{ pool *pgxpool.Pool }

func Open(ctx context.Context, url string) (*Store, error) {
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		return nil, err
	}
	if _, err := pool.Exec(ctx, schema); err != nil { // tfl-eval: startup-migration
		return nil, err
	}
	return &Store{pool: pool}, nil
}

func (s *Store) Balance(ctx context.Context, account string) (int64, error) {
	var cents int64
	err := s.pool.QueryRow(ctx, "SELECT COALESCE(SUM(cents), 0) FROM entries WHERE account = $1", account).Scan(&cents)
	return cents, err
}
