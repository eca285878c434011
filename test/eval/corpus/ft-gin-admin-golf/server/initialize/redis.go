package initialize

import (
	"context"

	"github.com/golfclub/admin/server/global"
	"github.com/redis/go-redis/v9"
)

func Redis() {
	cfg := global.CONFIG.Redis
	var client redis.UniversalClient
	if cfg.UseCluster {
		client = redis.NewClusterClient(&redis.ClusterOptions{Addrs: cfg.ClusterAddrs, Password: cfg.Password})
	} else {
		client = redis.NewClient(&redis.Options{Addr: cfg.Addr, Password: cfg.Password, DB: cfg.DB})
	}
	if _, err := client.Ping(context.Background()).Result(); err != nil {
		panic(err)
	}
	global.REDIS = client
}
