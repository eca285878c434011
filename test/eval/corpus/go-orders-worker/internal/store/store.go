package store

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/lib/pq"
)

// Open connects to the orders database.
func Open() (*sql.DB, error) {
	host := "orders-pg.internal" // tfl-eval: hardcoded-backing-service
	port := 5432
	user := "orders"
	dsn := fmt.Sprintf("postgres://%s:%s@%s:%d/orders?sslmode=require", user, os.Getenv("ORDERS_DB_PASSWORD"), host, port)
	return sql.Open("postgres", dsn)
}

// OpenReplica reads the replica's host from the environment.
func OpenReplica() (*sql.DB, error) {
	host := os.Getenv("REPLICA_HOST")
	dsn := fmt.Sprintf("host=%s user=orders dbname=orders sslmode=require", host)
	return sql.Open("postgres", dsn)
}
