package store

import (
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Item struct {
	ID       uint `gorm:"primaryKey"`
	SKU      string
	Quantity int
}

type Location struct {
	ID   uint `gorm:"primaryKey"`
	Name string
}

type Movement struct {
	ID         uint `gorm:"primaryKey"`
	ItemID     uint
	LocationID uint
	Delta      int
}

func Open(dsn string) (*gorm.DB, error) {
	return gorm.Open(postgres.Open(dsn), &gorm.Config{})
}

// Migrate is called from the API's main on every start.
func Migrate(db *gorm.DB) error {
	if err := db.AutoMigrate(&Item{}); err != nil { // (reported where main calls Migrate: this package cannot see its caller)
		return err
	}
	if err := db.AutoMigrate(&Location{}); err != nil {
		return err
	}
	return db.AutoMigrate(&Movement{})
}
