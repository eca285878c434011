package cache

import (
	"os"

	"github.com/redis/go-redis/v9"
)

func New() redis.UniversalClient {
	return redis.NewUniversalClient(&redis.UniversalOptions{
		Addrs:      []string{"redis-0.ledger.internal:6379", "redis-1.ledger.internal:6379"}, // tfl-eval: hardcoded-backing-service
		MasterName: "ledger",
		Password:   "dnApsbFauNZVx9yj7JNJhK75", // tfl-eval: hardcoded-credential
		SentinelPassword: os.Getenv("REDIS_SENTINEL_PASSWORD"),
	})
}
