package main

import (
	"context"
	"errors"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	kitlog "github.com/go-kit/log"
	"github.com/gomodule/redigo/redis"
	"github.com/hashicorp/go-hclog"
)

func main() {
	logger := kitlog.NewLogfmtLogger(kitlog.NewSyncWriter(os.Stderr)) // tfl-eval-not: file-logger

	f, err := os.OpenFile("/var/log/ledger/plugin.log", os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		panic(err)
	}
	pluginLog := hclog.New(&hclog.LoggerOptions{Name: "ledger-plugins", Output: f, JSONFormat: true}) // tfl-eval: file-logger
	pluginLog.Info("plugin host ready")

	pool := &redis.Pool{Dial: func() (redis.Conn, error) { return redis.DialURL(os.Getenv("REDIS_URL")) }} // tfl-eval-not: hardcoded-backing-service
	sessions := scs.New()
	sessions.Store = redisstore.New(pool) // tfl-eval-not: memory-session-store
	sessions.Lifetime = 12 * time.Hour

	mux := http.NewServeMux()
	mux.HandleFunc("/balance", func(w http.ResponseWriter, r *http.Request) {
		_ = logger.Log("msg", "balance", "account", sessions.GetString(r.Context(), "account"))
		w.WriteHeader(http.StatusOK)
	})

	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: sessions.LoadAndSave(mux)}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			_ = logger.Log("err", err)
		}
	}()
	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdownCtx)
}
