package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/example/notes/server"
	"github.com/example/notes/store"
	"github.com/example/notes/store/db"
)

var rootCmd = &cobra.Command{
	Use:   "notes",
	Short: "A privacy-first, lightweight note-taking service",
	Run: func(_ *cobra.Command, _ []string) {
		ctx, cancel := context.WithCancel(context.Background())
		dbDriver, err := db.NewDBDriver(os.Getenv("NOTES_DSN"))
		if err != nil {
			cancel()
			slog.Error("failed to create db driver", "error", err)
			return
		}
		storeInstance := store.New(dbDriver)
		// tfl-eval-next-line: startup-migration
		if err := storeInstance.Migrate(ctx); err != nil {
			cancel()
			slog.Error("failed to migrate", "error", err)
			return
		}
		s, err := server.NewServer(ctx, storeInstance)
		if err != nil {
			cancel()
			slog.Error("failed to create server", "error", err)
			return
		}
		c := make(chan os.Signal, 1)
		signal.Notify(c, os.Interrupt, syscall.SIGTERM)
		if err := s.Start(ctx); err != nil && err != http.ErrServerClosed {
			cancel()
			slog.Error("failed to start server", "error", err)
			return
		}
		go func() {
			<-c
			s.Shutdown(ctx)
			cancel()
		}()
		fmt.Println("notes started")
		<-ctx.Done()
	},
}

func main() {
	if err := rootCmd.Execute(); err != nil {
		panic(err)
	}
}
