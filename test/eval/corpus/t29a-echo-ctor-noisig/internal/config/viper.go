package config

import (
	"github.com/spf13/viper"
)

// NewViper reads config.json from the working directory; every key can be overridden from the environment.
func NewViper() *viper.Viper {
	v := viper.New()
	v.SetConfigName("config")
	v.SetConfigType("json")
	v.AddConfigPath(".")
	v.AutomaticEnv()
	_ = v.ReadInConfig()
	return v
}
