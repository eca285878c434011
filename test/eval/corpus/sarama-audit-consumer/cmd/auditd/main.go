package main

import (
	"context"
	"log"
	"os/signal"
	"syscall"

	"github.com/IBM/sarama"
	"github.com/northwind/audit-consumer/internal/consumer"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	group, err := sarama.NewConsumerGroup(consumer.Brokers(), "audit", consumer.NewSaramaConfig())
	if err != nil {
		log.Fatal(err)
	}
	defer group.Close()
	for ctx.Err() == nil {
		if err := group.Consume(ctx, []string{"audit.events"}, consumer.Handler{}); err != nil {
			log.Println(err)
		}
	}
}
