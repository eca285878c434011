package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/acme/billing-jobs/internal/jobs"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()

	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		slog.Error("connect", "err", err)
		os.Exit(1)
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, &jobs.InvoiceWorker{})
	river.AddWorker(workers, &jobs.ExportWorker{Bucket: os.Getenv("EXPORT_BUCKET")})

	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{
		Queues:  map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 20}},
		Workers: workers,
	})
	if err != nil {
		slog.Error("river client", "err", err)
		os.Exit(1)
	}
	if err := client.Start(ctx); err != nil {
		slog.Error("start", "err", err)
		os.Exit(1)
	}
	<-ctx.Done()
	_ = client.Stop(context.Background())
}