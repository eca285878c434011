package main

import (
	"database/sql"
	"fmt"
	"log"

	"github.com/bradfitz/gomemcache/memcache"
	_ "github.com/lib/pq"
	"github.com/redis/go-redis/v9"

	"example.com/yard/internal/config"
)

func main() {
	cfg := config.Load()
	dsn := fmt.Sprintf("host=%s port=%d dbname=%s user=%s password=%s sslmode=disable", cfg.DBHost, cfg.DBPort, cfg.DBName, cfg.DBUser, cfg.DBPassword)
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})
	defer rdb.Close()
	mc := memcache.New(config.MemcacheServer())
	_ = mc

	log.Printf("scheduler polling every %s", cfg.PollInterval)
}
