package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// SessionCache keeps refresh tokens for the accounts service.
type SessionCache struct {
	client *redis.Client
}

func NewSessionCache() *SessionCache {
	return &SessionCache{client: redis.NewClient(&redis.Options{
		Addr:         "redis-accounts.internal:6379", // tfl-eval: hardcoded-backing-service
		Password:     "Rd5-acc0unts-cache", // tfl-eval: hardcoded-credential
		DB:           2,
		DialTimeout:  2 * time.Second,
		ReadTimeout:  time.Second,
		WriteTimeout: time.Second,
	})}
}

func (c *SessionCache) Put(ctx context.Context, token string, userID string) error {
	return c.client.Set(ctx, "refresh:"+token, userID, 30*24*time.Hour).Err()
}
