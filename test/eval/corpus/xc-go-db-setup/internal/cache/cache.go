package cache

import (
	"os"

	"github.com/redis/go-redis/v9"
)

var Client *redis.Client

// Init only connects; nothing here changes a schema.
func Init() error {
	opts, err := redis.ParseURL(os.Getenv("REDIS_URL"))
	if err != nil {
		return err
	}
	Client = redis.NewClient(opts)
	return nil
}
