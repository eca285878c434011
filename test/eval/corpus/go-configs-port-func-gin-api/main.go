package main

import (
	"context"
	"errors"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/example/ginapi/configs"
	"github.com/example/ginapi/router"
)

func main() {
	server := &http.Server{
		Addr:    configs.ProjectPort(), // tfl-eval: hardcoded-port
		Handler: router.New(),
	}

	go func() {
		if err := server.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Fatalf("http server startup err: %v", err)
		}
	}()

	quit := make(chan os.Signal, 1)
	signal.Notify(quit, syscall.SIGINT, syscall.SIGTERM)
	<-quit

	ctx, cancel := context.WithTimeout(context.Background(), configs.ShutdownTimeout())
	defer cancel()
	if err := server.Shutdown(ctx); err != nil {
		log.Printf("server shutdown err: %v", err)
	}
}
