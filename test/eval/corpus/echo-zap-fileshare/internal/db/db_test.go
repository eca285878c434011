package db

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
)

func TestPing(t *testing.T) {
	pool, err := pgxpool.New(context.Background(), "postgres://postgres@localhost:5432/fileshare_test") // tfl-eval-not: hardcoded-backing-service
	if err != nil {
		t.Skip(err)
	}
	defer pool.Close()
}
