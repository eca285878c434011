package store

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/go-sql-driver/mysql"
)

// Open connects to the kennel database; the password comes from the environment in production.
func Open() (*sql.DB, error) {
	host := os.Getenv("KENNEL_DB_HOST")
	if host == "" {
		host = "127.0.0.1:3306"
	}
	dbUser := "kennel" // tfl-eval-not: hardcoded-credential
	dbPass := "kennel_password" // tfl-eval: hardcoded-credential
	if p := os.Getenv("KENNEL_DB_PASSWORD"); p != "" {
		dbPass = p
	}
	passwordKey := "KENNEL_DB_PASSWORD" // tfl-eval-not: hardcoded-credential
	_ = passwordKey
	dsn := fmt.Sprintf("%s:%s@tcp(%s)/kennel?parseTime=true", dbUser, dbPass, host)
	return sql.Open("mysql", dsn)
}
