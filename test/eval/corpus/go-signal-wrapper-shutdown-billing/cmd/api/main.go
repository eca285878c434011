package main

import (
	"context"
	"net/http"
	"os"
	"time"

	"example.com/billing/internal/graceful"
)

func main() {
	ctx, cancel := graceful.Context()
	defer cancel()

	srv := &http.Server{Addr: ":" + os.Getenv("PORT")}
	go func() {
		<-ctx.Done()
		c, done := context.WithTimeout(context.Background(), 15*time.Second)
		defer done()
		_ = srv.Shutdown(c) // tfl-eval-not: no-graceful-shutdown
	}()
	_ = srv.ListenAndServe()
}
