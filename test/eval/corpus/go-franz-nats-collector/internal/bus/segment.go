package bus

import (
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl/plain"
)

func NewReader(topic string) *kafka.Reader {
	dialer := &kafka.Dialer{
		Timeout: 10 * time.Second,
		SASLMechanism: plain.Mechanism{
			Username: "$ConnectionString",
			Password: "Endpoint=sb://acme-events.servicebus.windows.net/;SharedAccessKeyName=collector;SharedAccessKey=xY4xksF95mS7M9kKBbhnE2qWSkc/z/TVza7sa7Nqd7U=", // tfl-eval: hardcoded-credential
		},
	}
	return kafka.NewReader(kafka.ReaderConfig{
		Brokers: []string{"acme-events.servicebus.windows.net:9093"}, // tfl-eval: hardcoded-backing-service
		Topic:   topic,
		Dialer:  dialer,
	})
}
