package global

import (
	"github.com/golfclub/admin/server/config"
	"github.com/redis/go-redis/v9"
)

type Server struct {
	Redis config.Redis `mapstructure:"redis"`
	Mysql config.Mysql `mapstructure:"mysql"`
}

var (
	CONFIG Server
	REDIS  redis.UniversalClient
)
