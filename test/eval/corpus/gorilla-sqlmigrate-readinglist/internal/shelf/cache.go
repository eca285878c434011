package shelf

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// CoverCache keeps resized cover images for a day.
type CoverCache struct{ rdb *redis.Client }

func NewCoverCache(addr string) *CoverCache {
	return &CoverCache{rdb: redis.NewClient(&redis.Options{Addr: addr})}
}

func (c *CoverCache) Get(ctx context.Context, isbn string) ([]byte, error) {
	return c.rdb.Get(ctx, "cover:"+isbn).Bytes()
}

func (c *CoverCache) Put(ctx context.Context, isbn string, img []byte) error {
	return c.rdb.Set(ctx, "cover:"+isbn, img, 24*time.Hour).Err()
}
