package events

import (
	"os"

	"github.com/confluentinc/confluent-kafka-go/v2/kafka"
)

// NewProducer publishes catalog changes to Confluent Cloud.
func NewProducer() (*kafka.Producer, error) {
	return kafka.NewProducer(&kafka.ConfigMap{
		"bootstrap.servers": "pkc-4r297.europe-west1.gcp.confluent.cloud:9092",
		"security.protocol": "SASL_SSL",
		"sasl.mechanisms":   "PLAIN",
		"sasl.username":     "Q7ZK3MWXT2LPB4NA",
		"sasl.password":     "fhi3ZKvKk0cAwlMS0WlfcfZidr9ue0OeRS0grEUKuibsAWn6BzoU3pe7SeFc10pv", // tfl-eval: hardcoded-credential
		"acks":              "all",
	})
}

// NewConsumer reads the same topics; its login comes from the environment.
func NewConsumer() (*kafka.Consumer, error) {
	return kafka.NewConsumer(&kafka.ConfigMap{
		"bootstrap.servers": os.Getenv("KAFKA_BOOTSTRAP"),
		"sasl.username":     os.Getenv("KAFKA_KEY"),
		"sasl.password":     os.Getenv("KAFKA_SECRET"), // tfl-eval-not: hardcoded-credential
		"group.id":          "catalog-indexer",
	})
}
