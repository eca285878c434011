package store

import "testing"

func TestNewPostgres(t *testing.T) {
	dsn := "host=localhost user=postgres password=pgtest123 dbname=accounts_test sslmode=disable" // tfl-eval-not: hardcoded-credential
	if _, err := NewPostgres(dsn); err != nil {
		t.Skip("postgres not available")
	}
}
