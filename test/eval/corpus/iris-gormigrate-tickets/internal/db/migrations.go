package db

import (
	"github.com/go-gormigrate/gormigrate/v2"
	"gorm.io/gorm"
)

type Ticket struct {
	ID     uint `gorm:"primaryKey"`
	Show   string
	Seat   string
	Holder string
}

// Migrations lists the schema changes in order.
var Migrations = []*gormigrate.Migration{
	{
		ID:       "202405010900",
		Migrate:  func(tx *gorm.DB) error { return tx.Migrator().CreateTable(&Ticket{}) },
		Rollback: func(tx *gorm.DB) error { return tx.Migrator().DropTable("tickets") },
	},
}
