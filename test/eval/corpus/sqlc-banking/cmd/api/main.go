package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/acme/banking/internal/db"
	"github.com/acme/banking/internal/notify"
)

const defaultDatabaseURL = "postgres://banking_api:Ledg3r!pgx2024@pg-primary.bank.internal:5432/banking?sslmode=require" // tfl-eval: hardcoded-credential, hardcoded-backing-service

func main() {
	ctx := context.Background()
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		url = defaultDatabaseURL
	}
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		log.Fatal(err)
	}
	defer pool.Close()

	queries := db.New(pool)
	sms := notify.NewVonage()
	srv := &http.Server{Addr: ":8080", Handler: routes(queries, sms)} // tfl-eval: hardcoded-port
	log.Fatal(srv.ListenAndServe()) // tfl-eval: no-graceful-shutdown
}
