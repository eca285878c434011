package models

import (
	"github.com/beego/beego/v2/client/orm"
	beego "github.com/beego/beego/v2/server/web"
	_ "github.com/go-sql-driver/mysql"
)

func Init() {
	host, _ := beego.AppConfig.String("dbhost")
	port, _ := beego.AppConfig.String("dbport")
	user, _ := beego.AppConfig.String("dbuser")
	pass, _ := beego.AppConfig.String("dbpassword")
	name, _ := beego.AppConfig.String("dbname")
	dsn := user + ":" + pass + "@tcp(" + host + ":" + port + ")/" + name + "?charset=utf8"
	orm.RegisterDataBase("default", "mysql", dsn)
}
