package main

import (
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/gomodule/redigo/redis"
)

var sessionManager *scs.SessionManager

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil)) // tfl-eval-not: file-logger
	pool := &redis.Pool{Dial: func() (redis.Conn, error) { return redis.DialURL(os.Getenv("REDIS_URL")) }}

	sessionManager = scs.New()
	sessionManager.Store = redisstore.New(pool) // tfl-eval-not: memory-session-store
	sessionManager.Lifetime = 24 * time.Hour

	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		sessionManager.Put(r.Context(), "visited", true)
	})
	logger.Info("listening")
	srv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: sessionManager.LoadAndSave(mux)}
	srv.ListenAndServe() // tfl-eval: no-graceful-shutdown
}
