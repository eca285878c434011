package config

import (
	_ "embed"
	"os"

	"github.com/BurntSushi/toml"
)

//go:embed default.toml
var defaultTOML string

type Config struct {
	HTTP struct {
		Addr string `toml:"addr"`
	} `toml:"http"`
	DB struct {
		Host     string `toml:"host"`
		Password string `toml:"password"`
	} `toml:"db"`
	JWT struct {
		Secret string `toml:"secret"`
	} `toml:"jwt"`
}

// Load decodes the embedded defaults, then applies environment overrides.
func Load() (*Config, error) {
	var c Config
	if _, err := toml.Decode(defaultTOML, &c); err != nil {
		return nil, err
	}
	for key, env := range envOverrides {
		if v := os.Getenv(env); v != "" {
			set(&c, key, v)
		}
	}
	return &c, nil
}

func set(c *Config, key, v string) {
	switch key {
	case "db.password":
		c.DB.Password = v
	case "session.secret":
		c.JWT.Secret = v
	}
}
