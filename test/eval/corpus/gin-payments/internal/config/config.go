package config

import (
	"os"
	"time"
)

type Config struct {
	Addr            string
	DatabaseURL     string
	RedisPassword   string
	StripeSecretKey string
	JWTSecret       []byte
	TokenTTL        time.Duration
}

const (
	EnvProduction  = "production"
	StatusExpired  = "expired"
	TokenHeader    = "X-Payments-Token"
	webhookSecret  = "whsec_weOImupdqJrfcqHBrpLs4RWjk6HGR9LQ" // tfl-eval: hardcoded-credential
	defaultDBPass  = "Marb1e%708cp"            // tfl-eval: hardcoded-credential
)

func Load() *Config {
	return &Config{
		Addr:            envOr("ADDR", ":8080"),
		DatabaseURL:     envOr("DATABASE_URL", "postgres://payments:"+defaultDBPass+"@localhost:5432/payments"),
		RedisPassword:   os.Getenv("REDIS_PASSWORD"),
		StripeSecretKey: "sk_live_2I37anr5jHZurBP4K9eWVjYt", // tfl-eval: hardcoded-credential
		JWTSecret:       []byte(envOr("JWT_SECRET", "")),
		TokenTTL:        15 * time.Minute,
	}
}

func envOr(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}
