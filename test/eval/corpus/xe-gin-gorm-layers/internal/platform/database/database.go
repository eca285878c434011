package database

import (
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Order struct {
	ID     uint
	Number string `gorm:"uniqueIndex"`
}

// Open connects and brings the tables up to date.
func Open(dsn string) (*gorm.DB, error) {
	db, err := gorm.Open(postgres.Open(dsn), &gorm.Config{})
	if err != nil {
		return nil, err
	}
	if err := db.AutoMigrate(&Order{}); err != nil { // tfl-eval: startup-migration
		return nil, err
	}
	return db, nil
}
