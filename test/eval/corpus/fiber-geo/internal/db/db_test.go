package db

import (
	"testing"

	"github.com/jmoiron/sqlx"
)

func TestPlaces(t *testing.T) {
	db, err := sqlx.Connect("postgres", "host=localhost user=geo dbname=geo_test sslmode=disable") // tfl-eval-not: hardcoded-backing-service
	if err != nil {
		t.Skip(err)
	}
	defer db.Close()
}
