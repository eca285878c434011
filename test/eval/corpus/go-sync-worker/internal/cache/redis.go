package cache

import (
	"time"

	"github.com/gomodule/redigo/redis"
)

func NewPool(addr string) *redis.Pool {
	return &redis.Pool{
		MaxIdle:     4,
		IdleTimeout: 240 * time.Second,
		Dial: func() (redis.Conn, error) {
			return redis.Dial("tcp", addr, redis.DialPassword("JCrtPXw8xRfjWob0")) // tfl-eval: hardcoded-credential
		},
	}
}
