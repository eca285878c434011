package db

import (
	"os"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"example.com/gin-shop/internal/models"
)

// Open connects and brings the schema up to date before the server takes traffic.
func Open() (*gorm.DB, error) {
	conn, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		return nil, err
	}
	conn.AutoMigrate(&models.User{}) // tfl-eval: startup-migration
	conn.AutoMigrate(&models.Product{})
	conn.AutoMigrate(&models.Category{})
	conn.AutoMigrate(&models.Order{})
	conn.AutoMigrate(&models.OrderItem{})
	conn.AutoMigrate(&models.Review{})
	return conn, nil
}
