package models

import (
	"github.com/beego/beego/v2/server/web"
	"github.com/go-redis/redis/v8"
)

var redisAuth = "IKkPvyx4cU" // tfl-eval: hardcoded-credential

var redisAuthKey = "forum:auth:sessions" // tfl-eval-not: hardcoded-credential

func NewClient() *redis.Client {
	host, _ := web.AppConfig.String("redis_host")
	auth, _ := web.AppConfig.String("redis_auth")
	if auth == "" {
		auth = redisAuth
	}
	return redis.NewClient(&redis.Options{Addr: host, Password: auth})
}
