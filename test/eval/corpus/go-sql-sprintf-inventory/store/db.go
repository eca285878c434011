package store

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/go-sql-driver/mysql"
)

func Open() (*sql.DB, error) {
	host := os.Getenv("DB_HOST")
	// tfl-eval-next-line: hardcoded-credential
	dsn := fmt.Sprintf("%s:%s@tcp(%s:3306)/%s?parseTime=true", "inventory", "password", host, "inventory")
	return sql.Open("mysql", dsn)
}

func OpenReplica() (*sql.DB, error) {
	// tfl-eval-not: hardcoded-credential
	dsn := fmt.Sprintf("%s:%s@tcp(%s:3306)/inventory", os.Getenv("REPLICA_USER"), os.Getenv("REPLICA_PASSWORD"), os.Getenv("REPLICA_HOST"))
	return sql.Open("mysql", dsn)
}
