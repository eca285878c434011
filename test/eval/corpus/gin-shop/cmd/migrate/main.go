package main

import (
	"log"
	"os"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"example.com/gin-shop/internal/models"
)

// A one-off job: the release step runs it before new servers start.
func main() {
	conn, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	if err := conn.AutoMigrate(&models.User{}, &models.Product{}, &models.Order{}); err != nil { // tfl-eval-not: startup-migration
		log.Fatal(err)
	}
}
