package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/fernhill/dbdump-janitor/internal/cache"
	"github.com/fernhill/dbdump-janitor/internal/dump"
	"github.com/fernhill/dbdump-janitor/internal/sync"
	"github.com/robfig/cron/v3"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	c := cron.New()
	c.AddFunc("@daily", func() { report(dump.Orders(ctx)) })
	c.AddFunc("@daily", func() { report(dump.Ledger(ctx)) })
	c.AddFunc("@hourly", func() { report(cache.Snapshot(ctx)) })
	c.AddFunc("30 2 * * *", func() { report(sync.Offsite(ctx)) })
	c.Start()
	<-ctx.Done()
	<-c.Stop().Done()
}

func report(err error) {
	if err != nil {
		slog.Error("job failed", "err", err)
	}
}
