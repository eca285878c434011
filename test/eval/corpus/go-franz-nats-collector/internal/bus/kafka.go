package bus

import (
	"crypto/tls"
	"os"

	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/sasl/plain"
	"github.com/twmb/franz-go/pkg/sasl/scram"
)

// NewProducer talks to the managed cluster; the SCRAM login is the ingestion service account.
func NewProducer(brokers []string) (*kgo.Client, error) {
	mech := scram.Auth{
		User: "svc-collector",
		Pass: "t4V10NV32DmHFLlJ6WoczNsE", // tfl-eval: hardcoded-credential
	}.AsSha512Mechanism()
	return kgo.NewClient(
		kgo.SeedBrokers(brokers...),
		kgo.SASL(mech),
		kgo.DialTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}),
	)
}

// NewLegacyProducer is for the on-prem cluster that only speaks SASL/PLAIN.
func NewLegacyProducer(brokers []string) (*kgo.Client, error) {
	return kgo.NewClient(
		kgo.SeedBrokers(brokers...),
		kgo.SASL(plain.Auth{User: "collector", Pass: "cuNFySz8jgX0AMsn"}.AsMechanism()), // tfl-eval: hardcoded-credential
	)
}

// NewEnvProducer reads its login from the environment.
func NewEnvProducer(brokers []string) (*kgo.Client, error) {
	return kgo.NewClient(
		kgo.SeedBrokers(brokers...),
		kgo.SASL(plain.Auth{User: os.Getenv("KAFKA_USER"), Pass: os.Getenv("KAFKA_PASS")}.AsMechanism()), // tfl-eval-not: hardcoded-credential
	)
}
