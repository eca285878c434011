package conn

import (
	"os"

	"github.com/redis/go-redis/v9"
)

func Queue() *redis.Client {
	addr := os.Getenv("QUEUE_REDIS_ADDR")
	if addr != "" {
		return redis.NewClient(&redis.Options{Addr: addr})
	}
	return redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"}) // tfl-eval-not: hardcoded-backing-service
}

func Locks() *redis.Client {
	addr := os.Getenv("LOCKS_REDIS_ADDR")
	if addr == "" {
		return nil
	}
	return redis.NewClient(&redis.Options{Addr: "locks.berthplan.internal:6379"}) // tfl-eval: hardcoded-backing-service
}
