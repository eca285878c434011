package web

import "github.com/spf13/viper"

// LoadConfig reads config/config.yaml; JWT_SIGNING_KEY in the environment wins over jwt.signing_key.
func LoadConfig() error {
	viper.SetConfigFile("config/config.yaml")
	viper.AutomaticEnv()
	return viper.ReadInConfig()
}
