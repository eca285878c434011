package main

import (
	"database/sql"
	"log"
	"net/http"

	_ "github.com/lib/pq"
	"github.com/redis/go-redis/v9"
)

func main() {
	db, err := sql.Open("postgres", "host=pg.catalog.internal port=5432 user=catalog password=G0a-catal0g! dbname=catalog sslmode=require") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	if err != nil {
		log.Fatal(err)
	}
	opts, _ := redis.ParseURL("rediss://default:9i9DVJ8BQHhJlbca070aLuSF@cache.catalog.internal:6380/0") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	cache := redis.NewClient(opts)
	mux := http.NewServeMux()
	mount(mux, db, cache)
	srv := &http.Server{Addr: ":8088", Handler: mux} // tfl-eval: hardcoded-port
	log.Fatal(srv.ListenAndServe()) // tfl-eval: no-graceful-shutdown
}
