package store

import (
	"database/sql"
	"os"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/redis/go-redis/v9"
)

// Open builds the DSN field by field, the way go-sql-driver's docs suggest.
func Open() (*sql.DB, error) {
	cfg := mysql.NewConfig()
	cfg.User = os.Getenv("DB_USER")
	cfg.Passwd = os.Getenv("DB_PASSWORD")
	cfg.Net = "tcp"
	cfg.Addr = "audit-db.internal:3306" // tfl-eval: hardcoded-backing-service
	cfg.DBName = "audit"
	cfg.ParseTime = true
	cfg.Timeout = 5 * time.Second
	return sql.Open("mysql", cfg.FormatDSN())
}

// OpenFromEnv is the fixed shape: the address comes from the environment.
func OpenFromEnv() (*sql.DB, error) {
	cfg := mysql.NewConfig()
	cfg.Net = "tcp"
	cfg.Addr = os.Getenv("DB_ADDR") // tfl-eval-not: hardcoded-backing-service
	cfg.DBName = "audit"
	return sql.Open("mysql", cfg.FormatDSN())
}

// Cache keeps the address in an options struct filled after construction.
func Cache() *redis.Client {
	opts := &redis.Options{DB: 0}
	opts.Addr = "sessions-cache.internal:6379" // tfl-eval: hardcoded-backing-service
	opts.Password = os.Getenv("REDIS_PASSWORD")
	return redis.NewClient(opts)
}

type listener struct {
	Addr string
}

// A server's own listen address on an unrelated struct: not a backing service.
func newListener() listener {
	l := listener{}
	l.Addr = ":" + os.Getenv("PORT") // tfl-eval-not: hardcoded-backing-service
	return l
}
