package queue

import (
	"github.com/IBM/sarama"
)

func NewProducer(brokers []string) (sarama.SyncProducer, error) {
	cfg := sarama.NewConfig()
	cfg.Net.SASL.Enable = true
	cfg.Net.SASL.Mechanism = sarama.SASLTypePlaintext
	cfg.Net.SASL.User = "billing-producer"
	cfg.Net.SASL.Password = "XBGBdYnFSU800rPOTB6YkZobIfEXUplW" // tfl-eval: hardcoded-credential
	cfg.Net.TLS.Enable = true
	cfg.Producer.Return.Successes = true
	return sarama.NewSyncProducer(brokers, cfg)
}
