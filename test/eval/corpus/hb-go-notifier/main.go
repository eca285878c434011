package main

import (
	"cmp"
	"log"
	"os"

	"github.com/nats-io/nats.go"
	"github.com/redis/go-redis/v9"
)

func main() {
	natsURL := os.Getenv("NATS_URL")
	nc, err := nats.Connect(cmp.Or(natsURL, "nats://127.0.0.1:4222")) // tfl-eval-not: hardcoded-backing-service
	if err != nil {
		log.Fatal(err)
	}
	defer nc.Close()

	var redisURL string
	if os.Getenv("APP_ENV") == "production" {
		redisURL = os.Getenv("REDIS_URL")
	} else {
		redisURL = "redis://localhost:6379/0" // tfl-eval-not: hardcoded-backing-service
	}
	opts, _ := redis.ParseURL(redisURL)
	_ = redis.NewClient(opts)
}

