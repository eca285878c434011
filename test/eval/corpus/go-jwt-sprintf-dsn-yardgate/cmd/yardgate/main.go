package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/yardgate/yardgate/internal/store"
)

func main() {
	ctx := context.Background()
	pool, err := store.OpenYardFromEnv(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer pool.Close()

	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	log.Fatal(http.ListenAndServe(":"+port, nil)) // tfl-eval: no-graceful-shutdown
}
