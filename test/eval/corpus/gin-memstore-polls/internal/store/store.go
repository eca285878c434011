package store

import (
	"database/sql"
	"os"
	"time"

	"github.com/go-sql-driver/mysql"
)

// Open connects to the polls database.
func Open() (*sql.DB, error) {
	cfg := mysql.Config{
		User:                 os.Getenv("MYSQL_USER"),
		Passwd:               os.Getenv("MYSQL_PASSWORD"), // tfl-eval-not: hardcoded-credential
		Net:                  "tcp",
		Addr:                 "mysql-polls.db.internal:3306", // tfl-eval: hardcoded-backing-service
		DBName:               "polls",
		ParseTime:            true,
		AllowNativePasswords: true,
	}
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		return nil, err
	}
	db.SetConnMaxLifetime(3 * time.Minute)
	return db, nil
}
