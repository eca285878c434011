package models

import (
	"github.com/beego/beego/v2/client/orm"
	"github.com/beego/beego/v2/server/web"
	_ "github.com/go-sql-driver/mysql"
)

func init() {
	dsn, _ := web.AppConfig.String("data_source")
	orm.RegisterDataBase("default", "mysql", dsn)
}
