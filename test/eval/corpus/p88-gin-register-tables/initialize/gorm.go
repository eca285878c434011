package initialize

import (
	"log"
	"os"

	"gorm.io/driver/mysql"
	"gorm.io/gorm"

	"github.com/acme/admin/global"
	"github.com/acme/admin/model"
)

// Gorm opens the database the environment names.
func Gorm() *gorm.DB {
	db, err := gorm.Open(mysql.Open(os.Getenv("MYSQL_DSN")), &gorm.Config{})
	if err != nil {
		log.Printf("mysql: %v", err)
		return nil
	}
	return db
}

// RegisterTables creates and alters the tables of every model.
func RegisterTables() {
	db := global.DB
	err := db.AutoMigrate(
		model.User{},
		model.Authority{},
		model.Menu{},
	)
	if err != nil {
		log.Fatalf("register tables: %v", err)
	}
}
