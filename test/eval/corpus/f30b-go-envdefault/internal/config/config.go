package config

import (
	"time"

	"github.com/caarlos0/env/v11"
)

type Config struct {
	Port        string        `env:"PORT" envDefault:"8080"`
	MongoURI    string        `env:"MONGO_URI" envDefault:"mongodb://localhost:27017"`
	JWTKey      string        `env:"JWT_KEY" envDefault:"supersecret"` // tfl-eval: hardcoded-credential
	JWTExpiry   time.Duration `env:"JWT_EXPIRY" envDefault:"24h"`
	JWTIssuer   string        `env:"JWT_ISSUER" envDefault:"student-service"`
	SMTPPass    string        `env:"SMTP_PASSWORD" envDefault:"UcgIkMkiSAuLUsYsqZkONBaj"` // tfl-eval: hardcoded-credential
	SessionSalt string        `env:"SESSION_SECRET" envDefault:"changeme"` // tfl-eval: hardcoded-credential
}

func Load() (Config, error) {
	var cfg Config
	err := env.Parse(&cfg)
	return cfg, err
}
