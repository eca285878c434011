package cache

import (
	"context"
	"testing"

	"github.com/testcontainers/testcontainers-go/modules/redis"
)

func TestCache(t *testing.T) {
	ctx := context.Background()
	c, err := redis.Run(ctx, "redis:7", redis.WithConfigFile("testdata/redis.conf"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Terminate(ctx)
}
