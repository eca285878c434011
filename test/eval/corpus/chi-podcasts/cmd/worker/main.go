package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/nats-io/nats.go"
	"go.uber.org/zap"

	"example.com/podcasts/internal/feeds"
)

func main() {
	log, _ := zap.NewProduction()
	nc, err := nats.Connect(os.Getenv("NATS_URL"), nats.Name("feed-worker"))
	if err != nil {
		log.Fatal("nats", zap.Error(err))
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	sub, _ := nc.QueueSubscribe("feeds.refresh", "workers", func(m *nats.Msg) {
		if err := feeds.Refresh(ctx, string(m.Data)); err != nil {
			log.Warn("refresh failed", zap.String("feed", string(m.Data)), zap.Error(err))
		}
	})
	<-ctx.Done()
	_ = sub.Drain()
	nc.Close()
}
