package models

import (
	"fmt"

	"github.com/beego/beego/v2/client/orm"
	beego "github.com/beego/beego/v2/server/web"
	_ "github.com/go-sql-driver/mysql"
)

func init() {
	user, _ := beego.AppConfig.String("mysqluser")
	pass, _ := beego.AppConfig.String("mysqlpass") // tfl-eval-not: hardcoded-credential
	urls, _ := beego.AppConfig.String("mysqlurls")
	db, _ := beego.AppConfig.String("mysqldb")
	dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s?charset=utf8mb4&parseTime=true&loc=Local", user, pass, urls, db)
	orm.RegisterDriver("mysql", orm.DRMySQL)
	if err := orm.RegisterDataBase("default", "mysql", dsn); err != nil {
		panic(err)
	}
	orm.RegisterModel(new(Patient), new(Appointment))
}
