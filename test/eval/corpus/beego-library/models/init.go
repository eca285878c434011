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
	orm.RegisterDriver("mysql", orm.DRMySQL)
	orm.RegisterDataBase("default", "mysql", fmt.Sprintf("%s:%s@tcp(%s)/%s?charset=utf8mb4", user, pass, urls, db))
	orm.RegisterDataBase("archive", "mysql", "archive_ro:zephyr67$@tcp(archive-db:3306)/library_archive?charset=utf8mb4") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	orm.RegisterModel(new(Book), new(Member))
}

type Book struct {
	Id     int
	Title  string
	Author string
}

type Member struct {
	Id           int
	Email        string
	PasswordHash string `orm:"column(password_hash)"` // tfl-eval-not: hardcoded-credential
}
