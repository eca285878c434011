package conf

import (
	"strings"

	"github.com/astaxie/beego"
)

var (
	DBHost string
	DBUser string
	DBPawd string
	DBName string
)

func init() {
	DBHost = beego.AppConfig.String("db::host")
	DBUser = beego.AppConfig.String("db::user")
	DBPawd = strings.TrimSpace(beego.AppConfig.String("db::pawd"))
	DBName = beego.AppConfig.String("db::name")
}
