package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/spf13/cobra"

	"github.com/example/pasteboard/internal/store"
)

func openDB() (*sql.DB, error) {
	return sql.Open("pgx", os.Getenv("DATABASE_URL"))
}

func main() {
	root := &cobra.Command{Use: "pasteboard"}
	root.AddCommand(&cobra.Command{
		Use:   "migrate",
		Short: "apply pending migrations and exit",
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := openDB()
			if err != nil {
				return err
			}
			defer db.Close()
			return goose.Up(db, "migrations") // tfl-eval-not: startup-migration
		},
	})
	root.AddCommand(&cobra.Command{
		Use:   "serve",
		Short: "serve the HTTP API",
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := openDB()
			if err != nil {
				return err
			}
			srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: store.Routes(db)}
			go func() {
				if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
					log.Fatal(err)
				}
			}()
			stop := make(chan os.Signal, 1)
			signal.Notify(stop, syscall.SIGTERM, os.Interrupt)
			<-stop
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			return srv.Shutdown(ctx)
		},
	})
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}
