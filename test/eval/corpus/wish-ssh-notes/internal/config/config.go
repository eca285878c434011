package config

import (
	"os"

	"github.com/BurntSushi/toml"
)

type Database struct {
	Driver   string `toml:"driver"`
	Host     string `toml:"host"`
	Port     int    `toml:"port"`
	User     string `toml:"user"`
	Password string `toml:"password"` // tfl-eval-not: hardcoded-credential
	Name     string `toml:"name"`
}

type Config struct {
	Listen      string   `toml:"listen"`
	HostKeyPath string   `toml:"host_key_path"`
	Database    Database `toml:"database"`
}

func Load(path string) (*Config, error) {
	var cfg Config
	if _, err := toml.DecodeFile(path, &cfg); err != nil {
		return nil, err
	}
	if pw := os.Getenv("NOTES_DB_PASSWORD"); pw != "" {
		cfg.Database.Password = pw
	}
	return &cfg, nil
}
