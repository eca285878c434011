package main

import (
	"github.com/beego/beego/v2/client/orm"
	"github.com/beego/beego/v2/core/logs"
	beego "github.com/beego/beego/v2/server/web"
	_ "github.com/go-sql-driver/mysql"

	_ "github.com/harbourside/bookings/models"
	_ "github.com/harbourside/bookings/routers"
)

func init() {
	logs.SetLogger(logs.AdapterFile, `{"filename":"logs/bookings.log","daily":true,"maxdays":14}`) // tfl-eval: file-logger
	logs.Async()

	orm.RegisterDriver("mysql", orm.DRMySQL)
	orm.RegisterDataBase("default", "mysql", beego.AppConfig.DefaultString("mysqldsn", "")) // tfl-eval-not: hardcoded-backing-service
}

func main() {
	if err := orm.RunSyncdb("default", false, true); err != nil { // tfl-eval: startup-migration
		logs.Critical("syncdb: %v", err)
	}
	beego.Run()
}
