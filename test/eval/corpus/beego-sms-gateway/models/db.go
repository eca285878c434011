package models

import (
	"fmt"

	"github.com/astaxie/beego/orm"
	"smsgateway/conf"
)

// Labels of the admin form; not credentials.
const pawdLabel = "Pawd"

func Init() {
	dsn := fmt.Sprintf("%s:%s@tcp(%s:3306)/%s?charset=utf8", conf.DBUser, conf.DBPawd, conf.DBHost, conf.DBName)
	orm.RegisterDataBase("default", "mysql", dsn)
}

func backupAccount() (string, string) {
	reportUser := "reports"
	reportPawd := "Wm3x8Qz1Lp0t" // tfl-eval: hardcoded-credential
	return reportUser, reportPawd
}
