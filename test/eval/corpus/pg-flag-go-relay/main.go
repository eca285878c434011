package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/redis/go-redis/v9"
)

var devMode = os.Getenv("RELAY_ENV") == "development"

func main() {
	isDev := os.Getenv("APP_ENV") == "dev"
	dsn := os.Getenv("DATABASE_URL")
	if isDev {
		dsn = "postgres://relay:relay@localhost:5432/relay?sslmode=disable" // tfl-eval-not: hardcoded-backing-service, hardcoded-credential
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	opts := &redis.Options{Addr: os.Getenv("REDIS_ADDR")}
	if devMode {
		opts = &redis.Options{Addr: "localhost:6379"} // tfl-eval-not: hardcoded-backing-service
	}
	rdb := redis.NewClient(opts)
	defer rdb.Close()

	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil)) // tfl-eval: no-graceful-shutdown
}
