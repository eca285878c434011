package cache

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

var client = redis.NewClient(&redis.Options{
	Addr:     "10.20.0.15:6379", // tfl-eval: hardcoded-backing-service
	Password: "",
	DB:       0,
})

func WeekTotal(ctx context.Context, key string, compute func() (int, error)) (int, error) {
	if v, err := client.Get(ctx, key).Int(); err == nil {
		return v, nil
	}
	total, err := compute()
	if err != nil {
		return 0, err
	}
	client.Set(ctx, key, total, 10*time.Minute)
	return total, nil
}
