package bootstrap

import (
	"errors"
	"os"
)

type Config struct {
	Addr        string
	DatabaseURL string
}

func LoadConfig() (Config, error) {
	cfg := Config{Addr: ":" + os.Getenv("PORT"), DatabaseURL: os.Getenv("DATABASE_URL")}
	if cfg.DatabaseURL == "" {
		return cfg, errors.New("DATABASE_URL is not set")
	}
	return cfg, nil
}
