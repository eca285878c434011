package store

import (
	"fmt"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
)

type Store struct{ db *sqlx.DB }

// Open connects; schema changes are Atlas migrations applied by the deploy pipeline.
func Open(url string) (*Store, error) {
	db, err := sqlx.Open("postgres", url)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	db.SetMaxOpenConns(25)
	return &Store{db: db}, nil
}

// Reporting is the read replica the finance team's dashboards use.
func Reporting() (*sqlx.DB, error) {
	return sqlx.Open("postgres", "host=wallet-replica.db.paynest.internal port=5432 user=reporting dbname=wallet sslmode=require") // tfl-eval: hardcoded-backing-service
}
