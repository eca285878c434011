package svc

import (
	"wallet/rpc/internal/config"
	"wallet/rpc/model"

	"github.com/zeromicro/go-zero/core/stores/redis"
	"github.com/zeromicro/go-zero/core/stores/sqlx"
)

type ServiceContext struct {
	Config      config.Config
	BizRedis    *redis.Redis
	LedgerModel model.LedgerModel
}

func NewServiceContext(c config.Config) *ServiceContext {
	conn := sqlx.NewSqlConn("postgres", c.DB.DataSource)
	return &ServiceContext{
		Config: c,
		BizRedis: redis.New(c.BizRedis.Host, func(r *redis.Redis) {
			r.Type = c.BizRedis.Type
			r.Pass = c.BizRedis.Pass // tfl-eval-not: hardcoded-credential
		}),
		LedgerModel: model.NewLedgerModel(conn, c.Cache),
	}
}
