package config

import "github.com/caarlos0/env/v11"

// Config is filled from the environment; the defaults are what a fresh checkout runs with.
type Config struct {
	Port          int    `env:"PORT" envDefault:"8080"`
	DatabaseURL   string `env:"DATABASE_URL,required"`
	StripeKey     string `env:"STRIPE_SECRET_KEY"` // tfl-eval-not: hardcoded-credential
	WebhookSecret string `env:"WEBHOOK_SECRET" envDefault:"EqiCyVOCPgtx95peGOag7gsIki3m0y1Q"` // tfl-eval: hardcoded-credential
	PasswordMin   int    `env:"PASSWORD_MIN_LENGTH" envDefault:"12"` // tfl-eval-not: hardcoded-credential
}

func Load() (Config, error) {
	var c Config
	err := env.Parse(&c)
	return c, err
}
