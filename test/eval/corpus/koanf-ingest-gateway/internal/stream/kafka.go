package stream

import (
	"crypto/tls"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"

	"github.com/clickfunnel/ingest/internal/config"
)

func NewWriter() (*kafka.Writer, error) {
	mechanism, err := scram.Mechanism(scram.SHA512, "ingest-writer", "CmZk*SG09kRQ50o0w0ya6j") // tfl-eval: hardcoded-credential
	if err != nil {
		return nil, err
	}
	return &kafka.Writer{
		Addr:      kafka.TCP(config.K.String("kafka.brokers")),
		Topic:     "events.raw",
		Transport: &kafka.Transport{SASL: mechanism, TLS: &tls.Config{}},
	}, nil
}

func NewLegacyDialer() *kafka.Dialer {
	return &kafka.Dialer{
		Timeout:       10 * time.Second,
		SASLMechanism: plain.Mechanism{Username: "ingest-legacy", Password: "%1Hmm_Nj-3ETvrND"}, // tfl-eval: hardcoded-credential
	}
}

func NewNats() (*nats.Conn, error) {
	return nats.Connect(config.K.String("nats.url"),
		nats.UserInfo("ingest", "IM_cFAGyOW3A3o*b!n"), // tfl-eval: hardcoded-credential
		nats.Name("ingest-gateway"),
	)
}

func NewNatsWithToken(url string) (*nats.Conn, error) {
	return nats.Connect(url, nats.Token("ce942aee429e56c307667debc29c15ba")) // tfl-eval: hardcoded-credential
}
