package redis

import (
	"context"

	"github.com/redis/go-redis/v9"

	"github.com/example/hertz-coupons/conf"
)

var Client *redis.Client

func Init() {
	Client = redis.NewClient(&redis.Options{Addr: conf.GetConf().Redis.Address, Password: conf.GetConf().Redis.Password, DB: conf.GetConf().Redis.DB})
	if err := Client.Ping(context.Background()).Err(); err != nil {
		panic(err)
	}
}

func Close() { _ = Client.Close() }
