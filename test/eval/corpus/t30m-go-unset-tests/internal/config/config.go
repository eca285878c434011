package config

import (
	"strings"

	"github.com/spf13/viper"
)

type Config struct {
	NatsURL  string
	QueueURL string
}

func Load() Config {
	viper.AutomaticEnv()
	viper.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	cfg := Config{NatsURL: viper.GetString("nats_url"), QueueURL: viper.GetString("queue_url")}
	if viper.GetString("nats_url") == "" {
		cfg.NatsURL = "nats://127.0.0.1:4222" // tfl-eval-not: hardcoded-backing-service
	}
	if cfg.QueueURL == "" {
		cfg.QueueURL = "amqp://queue.parcelhub.internal:5672/" // tfl-eval: hardcoded-backing-service
	}
	return cfg
}
