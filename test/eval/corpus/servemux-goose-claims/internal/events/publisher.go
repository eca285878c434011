package events

import (
	"context"
	"os"
	"strings"

	"github.com/segmentio/kafka-go"
)

// Publisher sends claim events to the claims topic.
type Publisher struct{ w *kafka.Writer }

// NewPublisher writes to the brokers the deploy names, falling back to the cluster's in-cluster DNS.
func NewPublisher() *Publisher {
	brokers := []string{"kafka-0.kafka-headless.data.svc:9092", "kafka-1.kafka-headless.data.svc:9092"} // tfl-eval: hardcoded-backing-service
	if list := os.Getenv("KAFKA_BROKERS"); list != "" {
		brokers = strings.Split(list, ",") // tfl-eval-not: hardcoded-backing-service
	}
	return &Publisher{w: &kafka.Writer{Addr: kafka.TCP(brokers...), Topic: "claims.v1", Balancer: &kafka.Hash{}}}
}

func (p *Publisher) Filed(ctx context.Context, claimID string) error {
	return p.w.WriteMessages(ctx, kafka.Message{Key: []byte(claimID), Value: []byte(`{"event":"filed"}`)})
}

func (p *Publisher) Close() error { return p.w.Close() }
