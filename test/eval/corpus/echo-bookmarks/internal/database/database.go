package database

import (
	"log"
	"os"

	"gorm.io/driver/mysql"
	"gorm.io/gorm"

	"example.com/bookmarks/internal/model"
)

func InitDB() *gorm.DB {
	db, err := gorm.Open(mysql.Open(os.Getenv("MYSQL_DSN")), &gorm.Config{})
	if err != nil {
		log.Fatalf("connect: %v", err)
	}
	if err := db.AutoMigrate(&model.Bookmark{}, &model.Tag{}, &model.User{}); err != nil { // tfl-eval: startup-migration
		log.Fatalf("migrate: %v", err)
	}
	return db
}
