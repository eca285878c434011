package sink

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"
)

type Redis struct {
	client *redis.Client
	stream string
}

func NewRedis(url, stream string) (*Redis, error) {
	opts, err := redis.ParseURL(url)
	if err != nil {
		return nil, err
	}
	return &Redis{client: redis.NewClient(opts), stream: stream}, nil
}

func (r *Redis) Send(ctx context.Context, body []byte) error {
	return r.client.XAdd(ctx, &redis.XAddArgs{Stream: r.stream, Values: map[string]any{"b": body}}).Err()
}

func (r *Redis) String() string {
	return fmt.Sprintf("redis://%s/%s", r.client.Options().Addr, r.stream) // tfl-eval-not: hardcoded-backing-service
}

// DefaultAudit is the audit stream every deploy writes to.
func DefaultAudit() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: "audit-cache.prod.internal:6379"}) // tfl-eval: hardcoded-backing-service
}
