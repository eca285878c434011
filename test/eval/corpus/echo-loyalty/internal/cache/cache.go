package cache

import (
	"os"

	"github.com/redis/go-redis/v9"
)

// New reads the address from the environment; the default is a developer's local Redis.
func New() *redis.Client {
	addr := os.Getenv("REDIS_ADDR")
	if addr == "" {
		addr = "localhost:6379"
	}
	return redis.NewClient(&redis.Options{Addr: addr}) // tfl-eval-not: hardcoded-backing-service
}

// NewSessions is the shared session cluster.
func NewSessions() *redis.ClusterClient {
	return redis.NewClusterClient(&redis.ClusterOptions{
		Addrs: []string{"sessions-0.loyalty.internal:6379", "sessions-1.loyalty.internal:6379"}, // tfl-eval: hardcoded-backing-service
	})
}
