package main

import (
	"context"
	"database/sql"
	"log"
	"os"
	"strings"

	"github.com/ThreeDotsLabs/watermill"
	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/orderly/order-events/internal/outbox"
	"github.com/orderly/order-events/internal/pubsub"
)

func main() {
	logger := watermill.NewStdLogger(false, false)
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL")) // tfl-eval-not: hardcoded-credential
	if err != nil {
		log.Fatal(err)
	}
	publisher, err := pubsub.NewPublisher(strings.Split(os.Getenv("KAFKA_BROKERS"), ","), logger)
	if err != nil {
		log.Fatal(err)
	}
	relay := outbox.NewRelay(db, publisher, outbox.Options{
		Table:        "order_outbox",
		BatchSize:    200,
		SigningKeyID: "relay-2024-05", // tfl-eval-not: hardcoded-credential
	})
	if err := relay.Run(context.Background()); err != nil {
		log.Fatal(err)
	}
}
