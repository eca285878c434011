package ledger

import (
	"log/slog"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/tallybook/tally/internal/platform"
)

type Store struct{ db *gorm.DB }

// Open connects the ledger. Laptops get a throwaway SQLite file so nobody needs Postgres running.
func Open(env platform.Env) (*Store, error) {
	dialector := postgres.Open(env.DatabaseURL)
	if env.Name == "development" {
		dialector = sqlite.Open("tally-dev.db") // tfl-eval: dev-prod-divergence
	}
	cfg := &gorm.Config{}
	if env.Name == "development" {
		cfg.Logger = logger.Default.LogMode(logger.Info) // tfl-eval-not: dev-prod-divergence
	}
	db, err := gorm.Open(dialector, cfg)
	if err != nil {
		return nil, err
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	sqlDB.SetMaxOpenConns(20)
	if env.Name == "production" {
		sqlDB.SetConnMaxLifetime(30 * time.Minute) // tfl-eval-not: dev-prod-divergence
	}
	slog.Info("ledger store ready", "env", env.Name)
	return &Store{db: db}, nil
}

// OpenReplica connects the read replica; staging has none and reads the primary.
func OpenReplica(env platform.Env, replicaURL string) (*gorm.DB, error) {
	dialector := postgres.Open(replicaURL)
	if env.Name == "staging" {
		dialector = postgres.Open(env.DatabaseURL) // tfl-eval-not: dev-prod-divergence
	}
	return gorm.Open(dialector, &gorm.Config{})
}
