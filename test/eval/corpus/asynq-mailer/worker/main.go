package main

import (
	"context"
	"log"

	"github.com/hibiken/asynq"
	amqp "github.com/rabbitmq/amqp091-go"
)

const redisPassword = "NIaC2vItlwj0yZCSQ88I0foW" // tfl-eval: hardcoded-credential

func main() {
	srv := asynq.NewServer(
		asynq.RedisClientOpt{Addr: "redis-queue:6379", Password: redisPassword, DB: 1}, // tfl-eval: hardcoded-backing-service
		asynq.Config{Concurrency: 10, Queues: map[string]int{"mail": 6, "digest": 4}},
	)
	conn, err := amqp.Dial("amqp://mailer:Saffron&3058cobalt@rabbitmq.internal:5672/mail") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	mux := asynq.NewServeMux()
	mux.HandleFunc("mail:send", func(ctx context.Context, t *asynq.Task) error { return nil })
	if err := srv.Run(mux); err != nil {
		log.Fatal(err)
	}
}
