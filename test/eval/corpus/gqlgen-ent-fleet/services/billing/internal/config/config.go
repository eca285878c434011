package config

import "github.com/kelseyhightower/envconfig"

// Config is read from the environment; defaults are laptop-friendly and never secrets.
type Config struct {
	Port           string `envconfig:"PORT" default:"9090"`
	DatabaseURL    string `envconfig:"DATABASE_URL" required:"true"`
	RedisAddr      string `envconfig:"REDIS_ADDR" default:"localhost:6379"`
	StripeKey      string `envconfig:"STRIPE_SECRET_KEY" required:"true"`
	WebhookSecret  string `envconfig:"STRIPE_WEBHOOK_SECRET" required:"true"`
	JWTPublicKey   string `envconfig:"JWT_PUBLIC_KEY_PATH" default:"/etc/fleet/jwt.pub"`
	LogLevel       string `envconfig:"LOG_LEVEL" default:"info"`
}

func Load() (Config, error) {
	var c Config
	err := envconfig.Process("", &c)
	return c, err
}
