package data

import (
	"database/sql"

	"github.com/go-sql-driver/mysql"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Data struct {
	db      *gorm.DB
	reports *sql.DB
}

func NewData(source string) (*Data, error) {
	db, err := gorm.Open(postgres.Open(source), &gorm.Config{}) // tfl-eval-not: hardcoded-credential
	if err != nil {
		return nil, err
	}
	cfg := mysql.Config{
		User:                 "reports",
		Passwd:               "Basalt!2001harbor", // tfl-eval: hardcoded-credential
		Net:                  "tcp",
		Addr:                 "reports-db:3306", // tfl-eval: hardcoded-backing-service
		DBName:               "reports",
		AllowNativePasswords: true, // tfl-eval-not: hardcoded-credential
	}
	reports, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		return nil, err
	}
	return &Data{db: db, reports: reports}, nil
}

func NewSearchDB() (*gorm.DB, error) {
	return gorm.Open(postgres.Open("host=pg-search user=search password=marlin75# dbname=search port=5432 sslmode=disable"), &gorm.Config{}) // tfl-eval: hardcoded-credential, hardcoded-backing-service
}
