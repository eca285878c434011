package cache

import (
	"os"

	"github.com/redis/go-redis/v9"
)

func Sessions() *redis.Client {
	if addr, ok := os.LookupEnv("SESSIONS_REDIS_ADDR"); ok {
		return redis.NewClient(&redis.Options{Addr: addr})
	} else {
		return redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"}) // tfl-eval-not: hardcoded-backing-service
	}
}

func RateLimits() *redis.Client {
	var opts *redis.Options
	if os.Getenv("RATELIMIT_REDIS_URL") != "" {
		opts, _ = redis.ParseURL(os.Getenv("RATELIMIT_REDIS_URL"))
	} else if os.Getenv("RATELIMIT_DISABLED") == "1" {
		return nil
	} else {
		opts = &redis.Options{Addr: "localhost:6379", DB: 3} // tfl-eval-not: hardcoded-backing-service
	}
	return redis.NewClient(opts)
}

func Tracking() *redis.Client {
	url := os.Getenv("TRACKING_REDIS_URL")
	if url == "" || os.Getenv("TRACKING_REDIS_PASSWORD") == "" {
		return redis.NewClient(&redis.Options{Addr: "tracking-cache.parcelhub.internal:6379"}) // tfl-eval: hardcoded-backing-service
	}
	opts, _ := redis.ParseURL(url)
	return redis.NewClient(opts)
}

// Labels is used when the label printer runs in the depot, whatever the environment says.
func Labels() *redis.Client {
	if os.Getenv("DEPOT") != "" {
		return redis.NewClient(&redis.Options{Addr: "localhost:6379"}) // tfl-eval: hardcoded-backing-service
	}
	return nil
}
