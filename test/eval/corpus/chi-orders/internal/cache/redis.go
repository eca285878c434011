package cache

import (
	"os"

	"github.com/redis/go-redis/v9"
)

func NewClient() *redis.Client {
	if url := os.Getenv("REDIS_URL"); url != "" {
		opts, err := redis.ParseURL(url)
		if err == nil {
			return redis.NewClient(opts)
		}
	}
	return redis.NewClient(&redis.Options{
		Addr:     "cache.internal:6379", // tfl-eval: hardcoded-backing-service
		Password: "Yvrvw064@vec", // tfl-eval: hardcoded-credential
		DB:       2,
	})
}

func NewSessionClient() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     os.Getenv("SESSION_REDIS_ADDR"),
		Password: os.Getenv("SESSION_REDIS_PASSWORD"), // tfl-eval-not: hardcoded-credential
	})
}
