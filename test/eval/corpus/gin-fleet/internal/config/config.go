package config

import (
	"log"

	"github.com/kelseyhightower/envconfig"
)

// Config is read from FLEET_* environment variables.
type Config struct {
	Port        string `envconfig:"PORT" default:"8080"`
	RedisAddr   string `envconfig:"REDIS_ADDR" default:"redis:6379"`
	DatabaseURL string `envconfig:"DATABASE_URL" required:"true"`
	JWTSecret   string `envconfig:"JWT_SECRET" default:"89b257e0f2fbd9764cc139ec8324dead"` // tfl-eval: hardcoded-credential
	MapsAPIKey  string `envconfig:"MAPS_API_KEY" default:"bx1DIDI3E3Aev0k8mowFMlNzMzfLDLgkcfRNviRK"` // tfl-eval: hardcoded-credential
	AdminPass   string `envconfig:"ADMIN_PASSWORD" required:"true"` // tfl-eval-not: hardcoded-credential
	LogLevel    string `envconfig:"LOG_LEVEL" default:"info"`
}

func MustLoad() Config {
	var cfg Config
	if err := envconfig.Process("fleet", &cfg); err != nil {
		log.Fatalf("config: %v", err)
	}
	return cfg
}
