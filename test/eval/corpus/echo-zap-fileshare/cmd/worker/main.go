package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"

	log "github.com/sirupsen/logrus"

	"github.com/example/fileshare/internal/db"
)

// The worker deletes expired shares every minute.
func main() {
	f, err := os.OpenFile("worker.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		log.Fatal(err)
	}
	log.SetOutput(f) // tfl-eval: file-logger
	log.SetFormatter(&log.JSONFormatter{})

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	pool, err := db.Connect(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer pool.Close()

	ticker := time.NewTicker(time.Minute)
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			tag, err := pool.Exec(ctx, "DELETE FROM shares WHERE expires_at < now()")
			if err != nil {
				log.WithError(err).Warn("sweep failed")
				continue
			}
			log.WithField("deleted", tag.RowsAffected()).Info("swept")
		}
	}
}
