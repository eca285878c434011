package config

import (
	"fmt"
	"os"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type DBConfig struct {
	Host     string
	User     string
	Password string
	Name     string
}

func Load() DBConfig {
	return DBConfig{
		Host:     os.Getenv("DB_HOST"),
		User:     "inventory",
		Password: "Fernanda", // tfl-eval: hardcoded-credential
		Name:     "inventory",
	}
}

func Connect(c DBConfig) (*gorm.DB, error) {
	dsn := fmt.Sprintf("host=%s user=%s password=%s dbname=%s sslmode=disable", c.Host, c.User, c.Password, c.Name)
	return gorm.Open(postgres.Open(dsn), &gorm.Config{})
}
