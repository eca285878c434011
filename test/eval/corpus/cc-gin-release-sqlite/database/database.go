package database

import (
	"log"
	"os"

	"github.com/gin-gonic/gin"
	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

var DB *gorm.DB

// Connect opens the store: PostgreSQL when gin runs in release mode, a local SQLite file otherwise.
func Connect() {
	var err error
	if os.Getenv("GIN_MODE") == "release" {
		DB, err = gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	} else {
		DB, err = gorm.Open(sqlite.Open("linkshort.db"), &gorm.Config{Logger: logger.Default.LogMode(logger.Info)}) // tfl-eval: dev-prod-divergence
	}
	if err != nil {
		log.Fatalf("database: %v", err)
	}
}

// Analytics keeps click counts apart from links.
func Analytics() *gorm.DB {
	var dialector gorm.Dialector
	if gin.Mode() == gin.ReleaseMode {
		dialector = postgres.Open(os.Getenv("ANALYTICS_DATABASE_URL"))
	} else {
		dialector = sqlite.Open("analytics.db") // tfl-eval: dev-prod-divergence
	}
	db, err := gorm.Open(dialector, &gorm.Config{})
	if err != nil {
		log.Fatalf("analytics: %v", err)
	}
	return db
}

// Verbose logs SQL outside release mode: the same database either way.
func Verbose(db *gorm.DB) *gorm.DB {
	if gin.Mode() != gin.ReleaseMode {
		return db.Debug()
	}
	return db
}
