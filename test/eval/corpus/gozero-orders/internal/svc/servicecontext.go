package svc

import (
	"github.com/go-pay/gopay/alipay"
	"github.com/zeromicro/go-zero/core/stores/sqlx"

	"orders/internal/config"
	"orders/model"
)

const (
	alipayAppID      = "2021004117693842"
	alipayPrivateKey = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7r9Jx2mKp4VqWn8sL3tYc1eHb6Zd0fGa5uRiOmkXw7pQ2mK9tLr4Vz8sNb1cYe3Hf6JdGaXw7pQ2mK9tLr4Vz8sNb1cYe3Hf" // tfl-eval: hardcoded-credential
)

type ServiceContext struct {
	Config     config.Config
	OrderModel model.OrderModel
	Alipay     *alipay.Client
}

func NewServiceContext(c config.Config) *ServiceContext {
	conn := sqlx.NewMysql(c.Mysql.DataSource)
	client, err := alipay.NewClient(alipayAppID, alipayPrivateKey, true)
	if err != nil {
		panic(err)
	}
	return &ServiceContext{
		Config:     c,
		OrderModel: model.NewOrderModel(conn, c.CacheRedis),
		Alipay:     client,
	}
}
