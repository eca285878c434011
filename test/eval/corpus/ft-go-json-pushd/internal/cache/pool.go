package cache

import (
	"time"

	"github.com/gomodule/redigo/redis"
)

type Options struct {
	Addr      string
	MaxIdle   int
	KeyPrefix string
}

// Defaults used when the config file leaves the cache section out.
var defaultOptions = Options{
	Addr:      "cache.pushd.internal:6379", // tfl-eval: hardcoded-backing-service
	MaxIdle:   4,
	KeyPrefix: "pushd:",
}

func NewPool(addr string) *redis.Pool {
	if addr == "" {
		addr = defaultOptions.Addr
	}
	return &redis.Pool{
		MaxIdle:     defaultOptions.MaxIdle,
		IdleTimeout: 240 * time.Second,
		Dial:        func() (redis.Conn, error) { return redis.Dial("tcp", addr) },
	}
}
