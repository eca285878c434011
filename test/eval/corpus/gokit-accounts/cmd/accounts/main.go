package main

import (
	"flag"
	"fmt"
	"net/http"
	"os"

	"github.com/go-kit/log"

	"github.com/acme/accounts/pkg/auth"
	"github.com/acme/accounts/pkg/store"
)

func main() {
	fs := flag.NewFlagSet("accounts", flag.ExitOnError)
	var (
		httpAddr   = fs.String("http.addr", ":8081", "HTTP listen address")
		dbHost     = fs.String("db.host", "pg-accounts.internal", "Postgres host") // tfl-eval: hardcoded-backing-service
		dbUser     = fs.String("db.user", "accounts", "Postgres user")
		dbPassword = fs.String("db.password", "kitAcc0unts#2021", "Postgres password") // tfl-eval: hardcoded-credential
		adminToken = fs.String("admin.token", "", "bearer token for /admin (required)") // tfl-eval-not: hardcoded-credential
	)
	fs.Parse(os.Args[1:])

	logger := log.NewLogfmtLogger(os.Stderr)
	dsn := fmt.Sprintf("host=%s user=%s password=%s dbname=accounts sslmode=require", *dbHost, *dbUser, *dbPassword)
	repo, err := store.NewPostgres(dsn)
	if err != nil {
		logger.Log("err", err)
		os.Exit(1)
	}
	signer := auth.NewSigner()
	handler := MakeHTTPHandler(NewService(repo, signer), *adminToken, logger)
	logger.Log("transport", "HTTP", "addr", *httpAddr)
	logger.Log("exit", http.ListenAndServe(*httpAddr, handler)) // tfl-eval: no-graceful-shutdown
}
