package store

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/lib/pq"
)

var auditPass = "tzbMz0C29Tk56SF8" // tfl-eval: hardcoded-credential

// OpenAudit connects to the audit trail database.
func OpenAudit() (*sql.DB, error) {
	conn := fmt.Sprintf("host=%s user=audit password=%s dbname=audit sslmode=require", os.Getenv("PGHOST"), auditPass)
	return sql.Open("postgres", conn)
}

// OpenQueue connects to the job queue's database with a key-value DSN built by hand.
func OpenQueue() (*sql.DB, error) {
	word := "jobqueue" // tfl-eval: hardcoded-credential
	return sql.Open("postgres", "host="+os.Getenv("PGHOST")+" user=queue password="+word+" dbname=queue")
}

// OpenSearch keeps the database name in a variable; the password comes from the environment.
func OpenSearch() (*sql.DB, error) {
	dbname := "search" // tfl-eval-not: hardcoded-credential
	return sql.Open("postgres", fmt.Sprintf("host=%s dbname=%s password=%s", os.Getenv("PGHOST"), dbname, os.Getenv("SEARCH_DB_PASSWORD")))
}
