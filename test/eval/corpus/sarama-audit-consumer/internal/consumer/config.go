package consumer

import (
	"crypto/sha512"
	"os"

	"github.com/IBM/sarama"
	"github.com/xdg-go/scram"
)

var SHA512 scram.HashGeneratorFcn = sha512.New

// NewSaramaConfig connects to the managed Kafka cluster with SCRAM over TLS.
func NewSaramaConfig() *sarama.Config {
	cfg := sarama.NewConfig()
	cfg.ClientID = "audit-consumer"
	cfg.Consumer.Offsets.Initial = sarama.OffsetOldest
	cfg.Net.TLS.Enable = true
	cfg.Net.SASL.Enable = true
	cfg.Net.SASL.Mechanism = sarama.SASLTypeSCRAMSHA512
	cfg.Net.SASL.User = "audit-consumer"
	cfg.Net.SASL.Password = "heWswSNp*emcxYU+E9blxN4X" // tfl-eval: hardcoded-credential
	cfg.Net.SASL.SCRAMClientGeneratorFunc = func() sarama.SCRAMClient { return &XDGSCRAMClient{HashGeneratorFcn: SHA512} }
	return cfg
}

func Brokers() []string {
	if b := os.Getenv("KAFKA_BROKERS"); b != "" {
		return []string{b}
	}
	return nil
}
