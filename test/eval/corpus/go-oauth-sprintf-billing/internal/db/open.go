package db

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/lib/pq"
)

// Open connects to the invoices database; the host comes from the environment.
func Open() (*sql.DB, error) {
	dsn := fmt.Sprintf("host=%s port=5432 user=%s password=%s dbname=invoices sslmode=require",
		os.Getenv("DB_HOST"), "invoices", "kg38q12PZtrY4r5LIrd1QG") // tfl-eval: hardcoded-credential
	return sql.Open("postgres", dsn)
}

// OpenFromEnv is the shape the other services use.
func OpenFromEnv() (*sql.DB, error) {
	dsn := fmt.Sprintf("host=%s user=%s password=%s dbname=invoices", os.Getenv("DB_HOST"), os.Getenv("DB_USER"), os.Getenv("DB_PASSWORD")) // tfl-eval-not: hardcoded-credential
	return sql.Open("postgres", dsn)
}
