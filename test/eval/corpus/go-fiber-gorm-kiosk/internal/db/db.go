package db

import (
	"os"

	"gorm.io/driver/mysql"
	"gorm.io/gorm"
)

// Legacy points at the old kiosk database during the migration window.
func Legacy() (*gorm.DB, error) {
	return gorm.Open(mysql.Open("kiosk_legacy:kRbLGe3q1hpbTuyt@tcp(mysql.kiosk.internal:3306)/kiosk?charset=utf8mb4&parseTime=True"), &gorm.Config{}) // tfl-eval: hardcoded-credential, hardcoded-backing-service
}

func Primary() (*gorm.DB, error) {
	return gorm.Open(mysql.Open(os.Getenv("KIOSK_DSN")), &gorm.Config{})
}
