package app

import (
	"context"
	"database/sql"
	"os"

	_ "github.com/lib/pq"
	amqp "github.com/rabbitmq/amqp091-go"
)

const replicaURL = "postgres://reporting:h3Wq9ZfLm2Xc@10.20.4.17:5432/orders_ro" // tfl-eval: hardcoded-credential, hardcoded-backing-service

func Open(ctx context.Context) (*sql.DB, *amqp.Connection, error) {
	db, err := sql.Open("postgres", os.Getenv("PG_DSN_URL")) // tfl-eval-not: hardcoded-backing-service
	if err != nil {
		return nil, nil, err
	}
	conn, err := amqp.Dial("amqp://guest:guest@rabbitmq.internal:5672/") // tfl-eval: hardcoded-backing-service
	if err != nil {
		return nil, nil, err
	}
	_ = replicaURL
	return db, conn, nil
}
