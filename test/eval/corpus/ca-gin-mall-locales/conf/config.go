package conf

import (
	"log"

	"github.com/spf13/viper"
)

type Redis struct {
	RedisHost     string `mapstructure:"redisHost"`
	RedisPassword string `mapstructure:"redisPassword"`
}

func InitConfig() {
	viper.SetConfigName("config")
	viper.SetConfigType("yaml")
	viper.AddConfigPath("./config/locales")
	if err := viper.ReadInConfig(); err != nil {
		log.Fatalf("read config: %v", err)
	}
}
