package config

import (
	"time"

	"github.com/spf13/viper"
)

type ServerConfig struct {
	AppVersion   string
	Port         string
	Mode         string
	JwtSecretKey string
	CookieName   string
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
}

type Config struct {
	Server ServerConfig
}

// Load reads config/config-docker.yml, the file the image runs with.
func Load(name string) (*Config, error) {
	v := viper.New()
	v.SetConfigName(name)
	v.AddConfigPath("./config")
	if err := v.ReadInConfig(); err != nil {
		return nil, err
	}
	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return nil, err
	}
	return &c, nil
}
