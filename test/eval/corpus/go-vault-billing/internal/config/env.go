package config

import (
	"os"

	"github.com/spf13/viper"
)

const (
	EnvSessionSecret = "session_secret" // tfl-eval-not: hardcoded-credential
	VarWebhookSecret = "webhook_secret" // tfl-eval-not: hardcoded-credential
	signingKeyKey    = "signing_key" // tfl-eval-not: hardcoded-credential
	fallbackSecret   = "ob6SyWjbYhpJt4DQOHxy" // tfl-eval: hardcoded-credential
)

func SessionSecret() string { return os.Getenv(EnvSessionSecret) }

func WebhookSecret() string { return viper.GetString(VarWebhookSecret) }

func SigningKey() string {
	if v := viper.GetString(signingKeyKey); v != "" {
		return v
	}
	return fallbackSecret
}
