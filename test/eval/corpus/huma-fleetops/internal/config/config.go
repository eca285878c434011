// Package config reads the process environment once at start-up.
package config

import (
	"fmt"
	"time"

	"github.com/kelseyhightower/envconfig"
)

type Config struct {
	Env             string        `envconfig:"APP_ENV" default:"development"`
	Port            int           `envconfig:"PORT" default:"8080"`
	DatabaseURL     string        `envconfig:"DATABASE_URL" required:"true"`
	RedisAddr       string        `envconfig:"REDIS_ADDR" default:"localhost:6379"` // tfl-eval-not: hardcoded-backing-service
	RedisPassword   string        `envconfig:"REDIS_PASSWORD"`                      // tfl-eval-not: hardcoded-credential
	JWTSigningKey   string        `envconfig:"JWT_SIGNING_KEY" required:"true"`     // tfl-eval-not: hardcoded-credential
	TokenTTL        time.Duration `envconfig:"TOKEN_TTL" default:"15m"`             // tfl-eval-not: hardcoded-credential
	ShutdownTimeout time.Duration `envconfig:"SHUTDOWN_TIMEOUT" default:"20s"`
	MapsAPIKey      string        `envconfig:"MAPS_API_KEY"`                        // tfl-eval-not: hardcoded-credential
}

func Load() (Config, error) {
	var c Config
	if err := envconfig.Process("", &c); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	return c, nil
}

func (c Config) Addr() string { return fmt.Sprintf(":%d", c.Port) }
