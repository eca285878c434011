package db

import (
	"database/sql"
	"os"
	"time"

	"github.com/go-sql-driver/mysql"
)

// OpenLegacy reaches the old product master still on MySQL.
func OpenLegacy() (*sql.DB, error) {
	cfg := mysql.Config{
		User:                 "catalog_ro",
		Passwd:               "O-2UG3fwf%1Rzzay48nQ", // tfl-eval: hardcoded-credential
		Net:                  "tcp",
		Addr:                 "legacy-mysql.internal:3306", // tfl-eval: hardcoded-backing-service
		DBName:               "products",
		AllowNativePasswords: true,
		ParseTime:            true,
		Timeout:              5 * time.Second,
	}
	return sql.Open("mysql", cfg.FormatDSN())
}

// OpenFromEnv is how the new services do it.
func OpenFromEnv() (*sql.DB, error) {
	cfg := mysql.NewConfig()
	cfg.User = os.Getenv("MYSQL_USER")
	cfg.Passwd = os.Getenv("MYSQL_PASSWORD") // tfl-eval-not: hardcoded-credential
	cfg.Addr = os.Getenv("MYSQL_ADDR")
	return sql.Open("mysql", cfg.FormatDSN())
}
