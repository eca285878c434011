// Package testutil starts a throwaway database for the handler tests.
package testutil

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
)

const testDSN = "postgres://lab:lab-test-pw@localhost:5433/vulnapi_test?sslmode=disable" // tfl-eval-not: hardcoded-credential, hardcoded-backing-service

// TestAdminPassword is the password the seeded test admin logs in with.
const TestAdminPassword = "t3st-admin-pw" // tfl-eval-not: hardcoded-credential

func Connect(t *testing.T) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), testDSN)
	if err != nil {
		t.Skipf("no test database: %v", err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}
