package config

import "github.com/kelseyhightower/envconfig"

// Config is read from NOTIFIER_* variables.
type Config struct {
	Port             string `envconfig:"PORT" default:"8080"`
	TelegramChatID   int64  `envconfig:"TELEGRAM_CHAT_ID" default:"-1002211334455"`
	TelegramToken    string `envconfig:"TELEGRAM_TOKEN" required:"true"`
	PushoverUserKey  string `envconfig:"PUSHOVER_USER_KEY"`
	TwilioAccountSID string `envconfig:"TWILIO_ACCOUNT_SID" default:"AC529b9dece13f0411185d991d4580f80a"` // tfl-eval-not: hardcoded-credential
	TwilioAuthToken  string `envconfig:"TWILIO_AUTH_TOKEN" default:"e4b72bfce82d8413602ff369f56f638b"` // tfl-eval: hardcoded-credential
	WebhookSecret    string `envconfig:"WEBHOOK_SECRET"`
	SMTPPassword     string `envconfig:"SMTP_PASSWORD" required:"true"`
}

func New() (Config, error) {
	var c Config
	err := envconfig.Process("notifier", &c)
	return c, err
}