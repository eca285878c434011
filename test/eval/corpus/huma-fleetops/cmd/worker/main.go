package main

import (
	"context"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/acme/fleetops/internal/jobs"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()

	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatalf("pgx: %v", err)
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, &jobs.TelemetryRollupWorker{Pool: pool})

	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{
		Queues:  map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 20}},
		Workers: workers,
	})
	if err != nil {
		log.Fatalf("river: %v", err)
	}
	if err := client.Start(ctx); err != nil {
		log.Fatalf("river start: %v", err)
	}
	<-ctx.Done()
	if err := client.Stop(context.Background()); err != nil {
		log.Printf("river stop: %v", err)
	}
}
