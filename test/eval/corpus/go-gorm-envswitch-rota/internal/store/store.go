package store

import (
	"time"

	"github.com/rotaboard/rota/internal/config"
	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

type Shift struct {
	ID       uint `gorm:"primaryKey"`
	Team     string
	Person   string
	StartsAt time.Time
	EndsAt   time.Time
}

// Open connects to the shift database: PostgreSQL when deployed, a local file while developing.
func Open(cfg config.Config) (*gorm.DB, error) {
	var dialector gorm.Dialector
	if cfg.Env == "production" {
		dialector = postgres.Open(cfg.DatabaseURL)
	} else {
		dialector = sqlite.Open("rota-dev.db") // tfl-eval: dev-prod-divergence
	}
	gormConfig := &gorm.Config{}
	if cfg.Debug {
		gormConfig.Logger = logger.Default.LogMode(logger.Info)
	}
	db, err := gorm.Open(dialector, gormConfig)
	if err != nil {
		return nil, err
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	if cfg.Env == "production" {
		sqlDB.SetMaxOpenConns(25)
	} else {
		sqlDB.SetMaxOpenConns(2)
	}
	return db, nil
}
