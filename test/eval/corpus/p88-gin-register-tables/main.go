package main

import (
	"github.com/acme/admin/core"
	"github.com/acme/admin/global"
	"github.com/acme/admin/initialize"
)

func main() {
	global.DB = initialize.Gorm()
	if global.DB != nil {
		initialize.RegisterTables() // tfl-eval: startup-migration
		db, _ := global.DB.DB()
		defer db.Close()
	}
	core.RunServer()
}
