package store

import (
	"os"
	"strconv"

	"github.com/gofiber/storage/memcache/v2"
	"github.com/gofiber/storage/postgres/v3"
)

func port(name string, fallback int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return fallback
}

// Thumbnails cache: the address comes from the deploy.
func NewThumbCache() *memcache.Storage {
	return memcache.New(memcache.Config{Servers: os.Getenv("MEMCACHE_SERVERS")}) // tfl-eval-not: hardcoded-backing-service
}

// Rate-limit counters in the app's PostgreSQL, configured from the environment.
func NewLimiterStorage() *postgres.Storage {
	return postgres.New(postgres.Config{
		Host:     os.Getenv("DB_HOST"), // tfl-eval-not: hardcoded-backing-service
		Port:     port("DB_PORT", 5432),
		Database: os.Getenv("DB_NAME"),
		Username: os.Getenv("DB_USER"),
		Password: os.Getenv("DB_PASSWORD"),
		Table:    "fiber_storage",
	})
}

// Audit sink, a managed PostgreSQL named in the code.
func NewAuditStorage() *postgres.Storage {
	return postgres.New(postgres.Config{
		ConnectionURI: "postgres://audit@audit-db.prod.internal:5432/audit", // tfl-eval: hardcoded-backing-service
		Table:         "audit_events",
	})
}
