package config

import (
	"github.com/zeromicro/go-zero/core/stores/cache"
	"github.com/zeromicro/go-zero/core/stores/redis"
	"github.com/zeromicro/go-zero/zrpc"
)

type Config struct {
	zrpc.RpcServerConf
	DB struct {
		DataSource string
	}
	Cache        cache.CacheConf
	BizRedis     redis.RedisConf
	KqPusherConf struct {
		Brokers  []string
		Topic    string
		Username string
		Password string `json:",optional,env=KAFKA_PASSWORD"` // tfl-eval-not: hardcoded-credential
	}
}
