package main

import (
	"crypto/tls"
	"log"
	"os"
	"time"

	"github.com/IBM/sarama"
	"github.com/nats-io/nats.go"
	"github.com/redis/go-redis/v9"

	"github.com/pingboard/notifier/internal/channels"
)

func main() {
	nc, err := nats.Connect("nats://nats.pingboard.internal:4222", // tfl-eval: hardcoded-backing-service
		nats.UserInfo("notifier", "Mh7-Plover-Cask-19"), // tfl-eval: hardcoded-credential
		nats.Name("notifier"),
		nats.ReconnectWait(2*time.Second),
	)
	if err != nil {
		log.Fatal(err)
	}
	defer nc.Close()

	rdb := redis.NewClient(&redis.Options{
		Addr:     "redis.pingboard.internal:6379", // tfl-eval: hardcoded-backing-service
		Password: "mAU7eOuvtinqJsdwAIUJOb7kM8lgQour", // tfl-eval: hardcoded-credential
		DB:       2,
	})

	cfg := sarama.NewConfig()
	cfg.Net.TLS.Enable = true
	cfg.Net.TLS.Config = &tls.Config{MinVersion: tls.VersionTLS12}
	cfg.Net.SASL.Enable = true
	cfg.Net.SASL.Mechanism = sarama.SASLTypePlaintext
	cfg.Net.SASL.User = "notifier-prod"
	cfg.Net.SASL.Password = "oyuc5XRMR5EO8Ajf1PgRlsDwMm9E9soN" // tfl-eval: hardcoded-credential
	producer, err := sarama.NewSyncProducer([]string{"b-1.kafka.pingboard.internal:9096"}, cfg) // tfl-eval: hardcoded-backing-service
	if err != nil {
		log.Fatal(err)
	}

	slack := channels.NewSlack(os.Getenv("SLACK_BOT_TOKEN")) // tfl-eval-not: hardcoded-credential
	mail := channels.NewMailer("smtp.postmarkapp.com", 587, "b7d3e1f0-4a2c-4e9b-9f11-3c5d7a8e2b64", "b7d3e1f0-4a2c-4e9b-9f11-3c5d7a8e2b64") // tfl-eval: hardcoded-credential
	channels.Run(nc, rdb, producer, slack, mail)
}
