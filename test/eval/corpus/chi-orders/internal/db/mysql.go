package db

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/go-sql-driver/mysql"
)

func Open() (*sql.DB, error) {
	dsn := os.Getenv("ORDERS_DSN")
	if dsn == "" {
		dsn = "orders:Lgleq278*9e3@tcp(127.0.0.1:3306)/orders?parseTime=true" // tfl-eval: hardcoded-credential
	}
	return sql.Open("mysql", dsn)
}

func OpenReplica(host string) (*sql.DB, error) {
	user := os.Getenv("REPLICA_USER")
	pass := os.Getenv("REPLICA_PASSWORD")
	return sql.Open("mysql", fmt.Sprintf("%s:%s@tcp(%s:3306)/orders", user, pass, host)) // tfl-eval-not: hardcoded-credential
}

func OpenAnalytics() (*sql.DB, error) {
	return sql.Open("postgres", "host=analytics.internal user=etl password=Irarm973$yyv dbname=warehouse sslmode=require") // tfl-eval: hardcoded-credential, hardcoded-backing-service
}
