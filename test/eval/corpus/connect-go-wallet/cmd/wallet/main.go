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

	"github.com/redis/go-redis/v9"
	"golang.org/x/net/http2"
	"golang.org/x/net/http2/h2c"

	"github.com/paylane/wallet/internal/wallet"
	"github.com/paylane/wallet/internal/wallet/walletv1connect"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	rdb := redis.NewClient(&redis.Options{Addr: "wallet-redis.paylane.internal:6379"}) // tfl-eval: hardcoded-backing-service

	mux := http.NewServeMux()
	mux.Handle(walletv1connect.NewWalletServiceHandler(wallet.NewServer(rdb, logger)))
	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: h2c.NewHandler(mux, &http2.Server{})}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("server stopped", "err", err)
		}
	}()
	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdownCtx)
}
