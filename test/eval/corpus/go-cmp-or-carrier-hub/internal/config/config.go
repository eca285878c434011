package config

import (
	"cmp"
	"os"
	"strings"

	"github.com/samber/lo"
	"github.com/spf13/viper"
)

// defaults are read first; the file and the environment override them.
const defaults = `
server:
  port: 8080
carriers:
  dhl:
    base_url: https://api-eu.dhl.com
  gls:
    base_url: https://api.gls-group.eu
smtp:
  host: smtp.parcelworks.example
  username: notifications
  password: K3v2ZMWlqNm0CsCsXoHT2n0G
`

type Config struct {
	Port          int
	DHLKey        string
	GLSKey        string
	Region        string
	WebhookSecret string
	SigningKey    string
	SentryDSN     string
	GeoKey        string
}

func Load() (*Config, error) {
	v := viper.New()
	v.SetConfigType("yaml")
	if err := v.ReadConfig(strings.NewReader(defaults)); err != nil {
		return nil, err
	}
	v.AutomaticEnv()

	cfg := &Config{
		Port:   v.GetInt("server.port"),
		DHLKey: cmp.Or(os.Getenv("DHL_API_KEY"), "H8QIXidbF4ZaPu65peXvxNim"), // tfl-eval: hardcoded-credential
		GLSKey: cmp.Or(os.Getenv("GLS_API_KEY"), os.Getenv("CARRIER_API_KEY")),
		Region: cmp.Or(os.Getenv("CARRIER_REGION"), "eu-central"),
		// The signing key falls back to a shared one so old deployments keep verifying labels.
		SigningKey: lo.CoalesceOrEmpty(os.Getenv("LABEL_SIGNING_KEY"), "uxeVSpX5Sm9vKYDXNKXWh55r"), // tfl-eval: hardcoded-credential
		SentryDSN:  lo.CoalesceOrEmpty(os.Getenv("SENTRY_DSN"), ""),
	}

	if secret, ok := os.LookupEnv("WEBHOOK_SECRET"); ok {
		cfg.WebhookSecret = secret
	} else {
		cfg.WebhookSecret = "i49OH4qcfMMbxy98GXqB3Z2oIuoG62hc" // tfl-eval: hardcoded-credential
	}

	cfg.GeoKey = os.Getenv("GEO_API_KEY")
	if cfg.GeoKey == "" {
		cfg.GeoKey = "changeme" // tfl-eval-not: hardcoded-credential
	}
	return cfg, nil
}
