package database

import (
	"os"

	"github.com/example/ledger/internal/models"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

var DB *gorm.DB

// Connect opens the pool the handlers share.
func Connect() error {
	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		return err
	}
	DB = db
	return nil
}

// Init brings the tables in line with the models.
func Init() error {
	return DB.AutoMigrate(&models.Entry{})
}
