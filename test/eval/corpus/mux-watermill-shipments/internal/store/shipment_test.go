package store

import (
	"testing"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
)

func TestStatuses(t *testing.T) {
	if StatusCreated == StatusDelivered {
		t.Fatal("statuses collide")
	}
}

func TestDB(t *testing.T) {
	t.Skip("needs docker")
	db := sqlx.MustConnect("postgres", "postgres://postgres:postgres@localhost:5432/shipments_test?sslmode=disable")
	defer db.Close()
}
