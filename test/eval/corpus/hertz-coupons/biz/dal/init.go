package dal

import (
	"github.com/example/hertz-coupons/biz/dal/mysql"
	"github.com/example/hertz-coupons/biz/dal/redis"
)

func Init() {
	mysql.Init()
	redis.Init()
}

func Close() {
	redis.Close()
}
