package config

import (
	"os"
	"strings"

	"github.com/spf13/viper"
)

type Config struct {
	Port          int    `mapstructure:"port"`
	DatabaseDSN   string `mapstructure:"database_dsn"`
	Password      string `json:"password" mapstructure:"password"` // tfl-eval-not: hardcoded-credential
	PaymentAPIKey string `mapstructure:"payment_api_key"`
}

func Load() (*Config, error) {
	viper.SetConfigName("orders")
	viper.AddConfigPath("./configs")
	viper.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	viper.AutomaticEnv()
	viper.SetDefault("port", 8080)
	viper.SetDefault("database.user", "orders")
	viper.SetDefault("database.password", "Szzrx138&ucf") // tfl-eval: hardcoded-credential
	viper.SetDefault("payment.api_key", "")
	var cfg Config
	if err := viper.ReadInConfig(); err != nil {
		return nil, err
	}
	return &cfg, viper.Unmarshal(&cfg)
}

func getEnv(key, fallback string) string {
	if value := os.Getenv(key); value != "" {
		return value
	}
	return fallback
}

var (
	PaymentAPIKey   = getEnv("PAYMENT_API_KEY", "") // tfl-eval-not: hardcoded-credential
	PaymentSecret   = getEnv("PAYMENT_SECRET", "Awxii010!g34") // tfl-eval: hardcoded-credential
	PaymentEndpoint = getEnv("PAYMENT_ENDPOINT", "https://api.paywave.io/v2")
)
