package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/go-co-op/gocron/v2"

	"github.com/acme/backup/internal/jobs"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()

	s, err := gocron.NewScheduler(gocron.WithLocation(time.UTC))
	if err != nil {
		slog.Error("scheduler", "err", err)
		os.Exit(1)
	}
	_, _ = s.NewJob(gocron.CronJob("15 2 * * *", false), gocron.NewTask(jobs.DumpAndUpload, ctx))
	_, _ = s.NewJob(gocron.DurationJob(6*time.Hour), gocron.NewTask(jobs.PullInvoices, ctx))
	s.Start()
	<-ctx.Done()
	_ = s.Shutdown()
}