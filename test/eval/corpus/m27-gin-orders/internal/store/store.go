package store

import (
	"database/sql"
	"fmt"
	"os"
	"time"

	"github.com/go-sql-driver/mysql"
)

// Open connects to the orders database.
func Open() (*sql.DB, error) {
	db, err := sql.Open("mysql", "orders:H69gr2PixZcp@tcp(mysql-primary:3306)/orders?parseTime=true") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	if err != nil {
		return nil, err
	}
	db.SetConnMaxLifetime(3 * time.Minute)
	return db, nil
}

// OpenReplica reads the DSN from the environment.
func OpenReplica() (*sql.DB, error) {
	return sql.Open("mysql", os.Getenv("REPLICA_DSN")) // tfl-eval-not: hardcoded-credential
}

// OpenFrom builds the DSN from its parts.
func OpenFrom(user, pass, host, name string) (*sql.DB, error) {
	dsn := fmt.Sprintf("%s:%s@tcp(%s:3306)/%s?parseTime=true", user, pass, host, name) // tfl-eval-not: hardcoded-credential
	return sql.Open("mysql", dsn)
}

// Reporting uses the driver's config struct.
func Reporting() (*sql.DB, error) {
	cfg := mysql.Config{
		User:                 "reports",
		Passwd:               "C8PRwzO6Exm7", // tfl-eval: hardcoded-credential
		Net:                  "tcp",
		Addr:                 "reporting-db:3306", // tfl-eval: hardcoded-backing-service
		DBName:               "reports",
		AllowNativePasswords: true,
	}
	return sql.Open("mysql", cfg.FormatDSN())
}

// Archive takes its password from the environment.
func Archive() (*sql.DB, error) {
	cfg := mysql.NewConfig()
	cfg.User = "archive"
	cfg.Passwd = os.Getenv("ARCHIVE_DB_PASSWORD") // tfl-eval-not: hardcoded-credential
	cfg.Net = "tcp"
	cfg.Addr = "archive-db:3306" // tfl-eval: hardcoded-backing-service
	return sql.Open("mysql", cfg.FormatDSN())
}

// Audit writes the audit trail to a second schema.
func Audit() (*sql.DB, error) {
	cfg := mysql.NewConfig()
	cfg.User = "audit"
	cfg.Passwd = "vvKIvBd50trX" // tfl-eval: hardcoded-credential
	cfg.Addr = "audit-db:3306" // tfl-eval: hardcoded-backing-service
	return sql.Open("mysql", cfg.FormatDSN())
}
