package store

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
)

func TestListVehicles(t *testing.T) {
	pool, err := pgxpool.New(context.Background(), "postgres://test:tundra11#@localhost:5432/fleet_test") // tfl-eval-not: hardcoded-credential
	if err != nil {
		t.Skip("no database")
	}
	defer pool.Close()
	v := NewVehicles(pool, nil)
	if v == nil {
		t.Fatal("nil store")
	}
	_ = context.Background()
}
