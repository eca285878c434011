package config

import (
	"cmp"
	"os"
	"strconv"
	"time"
)

// Config holds the scheduler's runtime settings.
type Config struct {
	DBHost       string
	DBPort       int
	DBName       string
	DBUser       string
	DBPassword   string
	RedisAddr    string
	NatsURL      string
	PollInterval time.Duration
}

func getEnv(key, fallback string) string {
	if value, ok := os.LookupEnv(key); ok {
		return value
	}
	return fallback
}

func getEnvInt(key string, fallback int) int {
	if value, err := strconv.Atoi(os.Getenv(key)); err == nil {
		return value
	}
	return fallback
}

// Load reads the environment once at start-up.
func Load() Config {
	return Config{
		DBHost:       getEnv("DB_HOST", "10.20.0.5"), // tfl-eval: hardcoded-backing-service
		DBPort:       getEnvInt("DB_PORT", 5432),
		DBName:       getEnv("DB_NAME", "yard"),
		DBUser:       getEnv("DB_USER", "yard"),
		DBPassword:   os.Getenv("DB_PASSWORD"),
		RedisAddr:    cmp.Or(os.Getenv("REDIS_ADDR"), "10.20.0.6:6379"), // tfl-eval: hardcoded-backing-service
		NatsURL:      getEnv("NATS_URL", "nats://127.0.0.1:4222"),      // tfl-eval-not: hardcoded-backing-service
		PollInterval: time.Duration(getEnvInt("POLL_SECONDS", 30)) * time.Second,
	}
}

// MemcacheServer is the label cache; the yard office runs one instance.
func MemcacheServer() string {
	server := "10.20.0.9:11211" // tfl-eval: hardcoded-backing-service
	if v := os.Getenv("MEMCACHE_SERVER"); v != "" {
		server = v
	}
	return server
}
