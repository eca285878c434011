package models

import "time"

type Order struct {
	ID        uint `gorm:"primaryKey"`
	KioskID   string
	Total     int64
	CreatedAt time.Time
}
