package store

import (
	"fmt"
	"os"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

const (
	defaultHost     = "localhost"
	defaultUser     = "blog"
	defaultPassword = "blogpass2024" // tfl-eval: hardcoded-credential
	passwordCost    = 12
)

func Open() (*gorm.DB, error) {
	host := os.Getenv("PGHOST")
	if host == "" {
		host = defaultHost
	}
	password, ok := os.LookupEnv("PGPASSWORD")
	if !ok {
		password = defaultPassword
	}
	dsn := fmt.Sprintf("host=%s user=%s password=%s dbname=blog sslmode=disable", host, defaultUser, password) // tfl-eval-not: hardcoded-credential
	return gorm.Open(postgres.Open(dsn), &gorm.Config{})
}

func OpenStats() (*gorm.DB, error) {
	return gorm.Open(postgres.Open("host=stats.internal user=stats password=Qjkaj164%b5l dbname=stats port=5432")) // tfl-eval: hardcoded-credential, hardcoded-backing-service
}
