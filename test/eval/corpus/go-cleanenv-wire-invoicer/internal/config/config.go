package config

import (
	"fmt"

	"github.com/ilyakaznacheev/cleanenv"
)

// Config is read from config.yml, then overridden by the environment.
type Config struct {
	HTTP struct {
		Addr         string `yaml:"addr" env:"HTTP_ADDR" env-default:":8080"`
		ReadTimeout  int    `yaml:"read_timeout" env:"HTTP_READ_TIMEOUT" env-default:"15"`
		CookieSecret string `yaml:"cookie_secret" env:"COOKIE_SECRET" env-required:"true"` // tfl-eval-not: hardcoded-credential
	} `yaml:"http"`

	Postgres struct {
		Host     string `yaml:"host" env:"PG_HOST" env-default:"localhost"`
		User     string `yaml:"user" env:"PG_USER" env-default:"invoicer"`
		Password string `yaml:"password" env:"PG_PASSWORD" env-default:"liDwv39UjTreCKjbnetwLNvJ"` // tfl-eval: hardcoded-credential
		Database string `yaml:"database" env:"PG_DATABASE" env-default:"invoicer"`
	} `yaml:"postgres"`

	SMTP struct {
		Host     string `yaml:"host" env:"SMTP_HOST" env-default:"smtp.mailgun.org"` // tfl-eval: hardcoded-backing-service
		Username string `yaml:"username" env:"SMTP_USERNAME" env-default:"postmaster@mg.brightledger.io"`
		Password string `yaml:"password" env:"SMTP_PASSWORD" env-description:"SMTP password, from the secret store"` // tfl-eval-not: hardcoded-credential
	} `yaml:"smtp"`

	Stripe struct {
		SecretKey     string `yaml:"secret_key" env:"STRIPE_SECRET_KEY" env-default:"sk_test_replace_me"` // tfl-eval-not: hardcoded-credential
		WebhookSecret string `yaml:"webhook_secret" env:"STRIPE_WEBHOOK_SECRET" env-default:"LeeiOYamBYMkGqpu517xvDvDpHuHOBzr"` // tfl-eval: hardcoded-credential
	} `yaml:"stripe"`

	PasswordMinLength int `yaml:"password_min_length" env:"PASSWORD_MIN_LENGTH" env-default:"12"` // tfl-eval-not: hardcoded-credential
}

func Load(path string) (*Config, error) {
	var cfg Config
	if err := cleanenv.ReadConfig(path, &cfg); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return &cfg, nil
}

// Usage prints the variables cleanenv reads, for --help.
func Usage() (string, error) {
	var cfg Config
	return cleanenv.GetDescription(&cfg, nil)
}
