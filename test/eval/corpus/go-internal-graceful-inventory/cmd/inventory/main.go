package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/example/inventory/internal/httpserver"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := httpserver.Run(ctx, ":"+os.Getenv("PORT")); err != nil {
		os.Exit(1)
	}
}
