package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/ThreeDotsLabs/watermill"
	"github.com/ThreeDotsLabs/watermill-amqp/v2/pkg/amqp"
	"github.com/rs/zerolog"

	"github.com/example/shipments/internal/events"
)

func main() {
	logger := zerolog.New(os.Stdout).With().Timestamp().Logger()
	amqpURI := os.Getenv("AMQP_URI")
	if amqpURI == "" {
		amqpURI = "amqp://guest:guest@localhost:5672/"
	}
	config := amqp.NewDurableQueueConfig(amqpURI)
	publisher, err := amqp.NewPublisher(config, watermill.NewStdLogger(false, false))
	if err != nil {
		logger.Fatal().Err(err).Msg("publisher")
	}
	defer publisher.Close()

	// Carrier webhooks are mirrored to the partner's broker, which only has a fixed address.
	partner, err := amqp.NewPublisher(amqp.NewDurableQueueConfig("amqp://relay@172.20.3.9:5672/carriers"), watermill.NopLogger{}) // tfl-eval: hardcoded-backing-service
	if err != nil {
		logger.Fatal().Err(err).Msg("partner publisher")
	}
	defer partner.Close()

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	events.Relay(ctx, publisher, partner, logger)
}
