package pubsub

import (
	"crypto/tls"

	"github.com/IBM/sarama"
	"github.com/ThreeDotsLabs/watermill"
	"github.com/ThreeDotsLabs/watermill-kafka/v2/pkg/kafka"
)

// NewPublisher publishes to the managed Kafka cluster of the order platform.
func NewPublisher(brokers []string, logger watermill.LoggerAdapter) (*kafka.Publisher, error) {
	saramaConfig := kafka.DefaultSaramaSyncPublisherConfig()
	saramaConfig.Net.TLS.Enable = true
	saramaConfig.Net.TLS.Config = &tls.Config{MinVersion: tls.VersionTLS12}
	saramaConfig.Net.SASL.Enable = true
	saramaConfig.Net.SASL.Mechanism = sarama.SASLTypeSCRAMSHA512
	saramaConfig.Net.SASL.User = "order-events"
	saramaConfig.Net.SASL.Password = "0t7q*eh8q4bR2pKz" // tfl-eval: hardcoded-credential
	saramaConfig.Net.SASL.SCRAMClientGeneratorFunc = scramSHA512

	return kafka.NewPublisher(kafka.PublisherConfig{
		Brokers:               brokers,
		Marshaler:             kafka.DefaultMarshaler{},
		OverwriteSaramaConfig: saramaConfig,
	}, logger)
}
