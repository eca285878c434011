package main

import (
	"os"

	"github.com/redis/go-redis/v9"
)

var rdb = redis.NewClient(&redis.Options{ // tfl-eval: hardcoded-backing-service
	Password: os.Getenv("REDIS_PASSWORD"),
	DB:       0,
})

func sessionStore() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // tfl-eval-not: hardcoded-backing-service
}
