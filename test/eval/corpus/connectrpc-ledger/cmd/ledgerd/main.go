package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"connectrpc.com/connect"
	"golang.org/x/net/http2"
	"golang.org/x/net/http2/h2c"

	"github.com/acme/ledger/gen/ledger/v1/ledgerv1connect"
	"github.com/acme/ledger/internal/auth"
	"github.com/acme/ledger/internal/ledger"
	"github.com/acme/ledger/internal/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := store.Open(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		slog.Error("open store", "err", err)
		os.Exit(1)
	}
	defer db.Close()

	interceptors := connect.WithInterceptors(auth.NewInterceptor(auth.Config{
		ServiceTokens: map[string]string{
			"billing":  "4562nvEA4I5ehlwsLcQNaxJSlIwJc08u6cPhs5GW", // tfl-eval: hardcoded-credential
			"payouts":  "ECRGC753Cfy0d5qIpzwYT9sUFeSUHLWJDLMXbzQA", // tfl-eval: hardcoded-credential
			"reports":  os.Getenv("REPORTS_SERVICE_TOKEN"), // tfl-eval-not: hardcoded-credential
		},
		Issuer:     "ledger.acme.internal",
		HeaderName: "Authorization", // tfl-eval-not: hardcoded-credential
	}))

	mux := http.NewServeMux()
	path, handler := ledgerv1connect.NewLedgerServiceHandler(ledger.NewService(db), interceptors)
	mux.Handle(path, handler)

	srv := &http.Server{
		Addr:              ":" + os.Getenv("PORT"),
		Handler:           h2c.NewHandler(mux, &http2.Server{}),
		ReadHeaderTimeout: 5 * time.Second,
	}
	go func() {
		<-ctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdownCtx)
	}()
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		slog.Error("serve", "err", err)
		os.Exit(1)
	}
}