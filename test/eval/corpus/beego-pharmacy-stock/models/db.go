package models

import (
	"fmt"

	"github.com/beego/beego/v2/client/orm"
	beego "github.com/beego/beego/v2/server/web"
	_ "github.com/go-sql-driver/mysql"
)

func init() {
	host, _ := beego.AppConfig.String("mysqlhost")
	port, _ := beego.AppConfig.String("mysqlport")
	user, _ := beego.AppConfig.String("mysqluser")
	pass, _ := beego.AppConfig.String("mysqlpass")
	name, _ := beego.AppConfig.String("mysqldb")
	_ = orm.RegisterDriver("mysql", orm.DRMySQL)
	_ = orm.RegisterDataBase("default", "mysql", fmt.Sprintf("%s:%s@tcp(%s:%s)/%s?charset=utf8", user, pass, host, port, name))
}
