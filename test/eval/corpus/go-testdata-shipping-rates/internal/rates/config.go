package rates

import (
	"os"

	"gopkg.in/yaml.v3"
)

type Config struct {
	Carrier struct {
		Name   string `yaml:"name"`
		APIKey string `yaml:"api_key"`
	} `yaml:"carrier"`
}

// Load reads the carrier config the deploy mounts at CONFIG_PATH.
func Load() (Config, error) {
	var cfg Config
	raw, err := os.ReadFile(os.Getenv("CONFIG_PATH"))
	if err != nil {
		return cfg, err
	}
	err = yaml.Unmarshal(raw, &cfg)
	return cfg, err
}
