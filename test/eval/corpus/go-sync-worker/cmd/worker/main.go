package main

import (
	"context"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

var (
	apiToken string
	dryRun   bool
)

func main() {
	root := &cobra.Command{Use: "sync-worker", RunE: run}
	root.Flags().StringVar(&apiToken, "api-token", "", "token for the HR API (or $HR_API_TOKEN)") // tfl-eval-not: hardcoded-credential
	root.Flags().BoolVar(&dryRun, "dry-run", false, "log changes without applying them")
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}

func run(cmd *cobra.Command, _ []string) error {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	if apiToken == "" {
		apiToken = os.Getenv("HR_API_TOKEN")
	}
	if apiToken == "" {
		apiToken = "mpZ5KDqSjpi0hyFHHHPsxYqFr6QBl7rq" // tfl-eval: hardcoded-credential
	}
	log.Printf("syncing (dry run: %v)", dryRun)
	<-ctx.Done()
	return nil
}
