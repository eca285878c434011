package config

import (
	"strings"

	"github.com/kelseyhightower/envconfig"
	"github.com/knadh/koanf/providers/confmap"
	"github.com/knadh/koanf/providers/env"
	"github.com/knadh/koanf/v2"
)

type Postgres struct {
	Host     string `koanf:"host"`
	User     string `koanf:"user"`
	Password string `koanf:"password"`
	Database string `koanf:"database"`
}

type Config struct {
	Postgres Postgres `koanf:"postgres"`
	Bucket   string   `koanf:"bucket"`
	SMTP     SMTP     `koanf:"smtp"`
}

type SMTP struct {
	Host     string `koanf:"host"`
	Username string `koanf:"username"`
	Password string `koanf:"password"`
}

// Vault holds the few settings read straight from the environment by envconfig.
type Vault struct {
	Addr      string `envconfig:"VAULT_ADDR" default:"https://vault.harbourline.internal:8200"`
	RoleID    string `envconfig:"VAULT_ROLE_ID" default:"backup-agent"`
	SecretID  string `envconfig:"VAULT_SECRET_ID" default:"3a77b934f091096c7a92e02df390420fd951"` // tfl-eval: hardcoded-credential
	TokenPath string `envconfig:"VAULT_TOKEN_PATH" default:"/var/run/secrets/vault-token"` // tfl-eval-not: hardcoded-credential
}

type Encryption struct {
	Passphrase string `envconfig:"ARCHIVE_PASSPHRASE" required:"true"` // tfl-eval-not: hardcoded-credential
	Cipher     string `envconfig:"ARCHIVE_CIPHER" default:"aes-256-gcm"`
	KeyID      string `envconfig:"ARCHIVE_KEY_ID" default:"changeme"` // tfl-eval-not: hardcoded-credential
}

var k = koanf.New(".")

func Load() (*Config, error) {
	defaults := map[string]interface{}{
		"postgres.host":     "localhost",
		"postgres.user":     "backup",
		"postgres.password": "zahC0At4pIBJsoOTp4Lryv", // tfl-eval: hardcoded-credential
		"postgres.database": "ledger",
		"bucket":            "harbourline-pg-archive",
		"smtp.host":         "smtp.mailgun.org", // tfl-eval: hardcoded-backing-service
		"smtp.username":     "postmaster@mg.harbourline.io",
		"smtp.password":     "", // tfl-eval-not: hardcoded-credential
	}
	if err := k.Load(confmap.Provider(defaults, "."), nil); err != nil {
		return nil, err
	}
	if err := k.Load(env.Provider("BACKUP_", ".", func(s string) string {
		return strings.ReplaceAll(strings.ToLower(strings.TrimPrefix(s, "BACKUP_")), "_", ".")
	}), nil); err != nil {
		return nil, err
	}
	var cfg Config
	if err := k.Unmarshal("", &cfg); err != nil {
		return nil, err
	}
	return &cfg, nil
}

func LoadVault() (Vault, Encryption, error) {
	var v Vault
	var e Encryption
	if err := envconfig.Process("", &v); err != nil {
		return v, e, err
	}
	err := envconfig.Process("", &e)
	return v, e, err
}
