package settings

import (
	"os"

	"github.com/kelseyhightower/envconfig"
)

type Settings struct {
	Interval    string `envconfig:"SYNC_INTERVAL" default:"15m"`
	SlackToken  string `envconfig:"SLACK_TOKEN" required:"true"` // tfl-eval-not: hardcoded-credential
	SMTPPass    string `envconfig:"SMTP_PASS" default:"Oenorsf5O2sHlde9"` // tfl-eval: hardcoded-credential
	SecretName  string `envconfig:"SECRET_NAME" default:"sync-worker-credentials"` // tfl-eval-not: hardcoded-credential
}

func Load() (Settings, error) {
	var s Settings
	err := envconfig.Process("", &s)
	return s, err
}

func envDefault(name, def string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return def
}

var (
	DirectoryPassword = envDefault("DIRECTORY_PASSWORD", "2HKBItsYYzbx6ayy") // tfl-eval: hardcoded-credential
	PasswordMinLength = envDefault("PASSWORD_MIN_LENGTH", "12")
	TokenAudience     = envDefault("TOKEN_AUDIENCE", "sync-worker") // tfl-eval-not: hardcoded-credential
)
