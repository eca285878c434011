package mysql

import (
	"gorm.io/driver/mysql"
	"gorm.io/gorm"

	"github.com/example/hertz-coupons/biz/model"
	"github.com/example/hertz-coupons/conf"
)

var DB *gorm.DB

func Init() {
	var err error
	DB, err = gorm.Open(mysql.Open(conf.GetConf().MySQL.DSN), &gorm.Config{PrepareStmt: true, SkipDefaultTransaction: true})
	if err != nil {
		panic(err)
	}
	if err := DB.AutoMigrate(&model.Coupon{}, &model.Redemption{}); err != nil { // tfl-eval: startup-migration
		panic(err)
	}
}
