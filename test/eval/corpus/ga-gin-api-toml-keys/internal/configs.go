package configs

import (
	"bytes"
	_ "embed"

	"github.com/spf13/viper"
)

//go:embed fat_configs.toml
var fatConfigs []byte

type Config struct {
	JWT struct {
		Secret         string `toml:"secret"`
		ExpireDuration int    `toml:"expireDuration"`
	} `toml:"jwt"`
	RSA struct {
		Private string `toml:"private"`
		Public  string `toml:"public"`
	} `toml:"rsa"`
}

var config = new(Config)

func Load() *Config {
	viper.SetConfigType("toml")
	if err := viper.ReadConfig(bytes.NewReader(fatConfigs)); err != nil {
		panic(err)
	}
	if err := viper.Unmarshal(config); err != nil {
		panic(err)
	}
	return config
}
