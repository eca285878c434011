package config

import "github.com/kelseyhightower/envconfig"

// Config is read from the environment only.
type Config struct {
	Port          string `envconfig:"PORT" default:"8080"`
	DatabaseURL   string `envconfig:"DATABASE_URL" required:"true"`
	RedisAddr     string `envconfig:"REDIS_ADDR" default:"localhost:6379"`
	RedisPassword string `envconfig:"REDIS_PASSWORD"`
	JWTSecret     string `envconfig:"JWT_SECRET" required:"true"`
	SlackToken    string `envconfig:"SLACK_BOT_TOKEN"`
	SlackChannel  string `envconfig:"SLACK_CHANNEL" default:"#timesheets"`
	TokenTTL      int    `envconfig:"TOKEN_TTL_MINUTES" default:"60"`
}

func Load() (Config, error) {
	var cfg Config
	err := envconfig.Process("", &cfg)
	return cfg, err
}
