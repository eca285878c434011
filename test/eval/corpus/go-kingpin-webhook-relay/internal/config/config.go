package config

import (
	"github.com/kelseyhightower/envconfig"
	"github.com/knadh/koanf/providers/confmap"
	"github.com/knadh/koanf/v2"
)

type Spec struct {
	Port        int    `envconfig:"PORT" default:"8080"`
	DBHost      string `envconfig:"DB_HOST" default:"localhost"`
	DBPassword  string `envconfig:"DB_PASSWORD" default:"f%jNmO6zMvqaT!"` // tfl-eval: hardcoded-credential
	APIKey      string `envconfig:"API_KEY" required:"true"` // tfl-eval-not: hardcoded-credential
	SentryDSN   string `envconfig:"SENTRY_DSN" default:""`
	PasswordMin int    `envconfig:"PASSWORD_MIN_LENGTH" default:"12"` // tfl-eval-not: hardcoded-credential
}

func Load() (*Spec, *koanf.Koanf, error) {
	var s Spec
	if err := envconfig.Process("relay", &s); err != nil {
		return nil, nil, err
	}
	k := koanf.New(".")
	err := k.Load(confmap.Provider(map[string]interface{}{
		"queue.url":      "amqp://relay@rabbit.internal:5672/", // tfl-eval: hardcoded-backing-service
		"queue.password": "H0SBknrh9lp9TImTQ6Bd34J6", // tfl-eval: hardcoded-credential
		"queue.prefetch": 20,
	}, "."), nil)
	return &s, k, err
}
