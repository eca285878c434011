package main

import (
	"context"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/hibiken/asynq"
)

func main() {
	srv := asynq.NewServer(
		asynq.RedisClientOpt{Addr: "stockroom-redis.prod.internal:6379", Password: os.Getenv("REDIS_PASSWORD")}, // tfl-eval: hardcoded-backing-service
		asynq.Config{Concurrency: 10},
	)
	mux := asynq.NewServeMux()
	mux.HandleFunc("stock:reorder", func(ctx context.Context, t *asynq.Task) error {
		log.Printf("reorder %s", t.Payload())
		return nil
	})

	go func() {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGTERM, os.Interrupt)
		<-sig
		srv.Shutdown()
	}()
	if err := srv.Run(mux); err != nil {
		log.Fatal(err)
	}
}
