package models

import "time"

type Entry struct {
	ID        uint `gorm:"primaryKey"`
	Account   string
	Cents     int64
	CreatedAt time.Time
}
