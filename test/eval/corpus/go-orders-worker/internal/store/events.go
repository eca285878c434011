package store

import (
	"github.com/segmentio/kafka-go"
)

var kafkaAddrs = []string{"kafka-1.orders.internal:9092", "kafka-2.orders.internal:9092"} // tfl-eval: hardcoded-backing-service

// NewWriter publishes order events.
func NewWriter() *kafka.Writer {
	return kafka.NewWriter(kafka.WriterConfig{Brokers: kafkaAddrs, Topic: "orders"})
}
