package main

import (
	"log"
	"net/http"
	"os"

	"github.com/lab/vulnapi/internal/api"
	"github.com/lab/vulnapi/internal/config"
)

func main() {
	cfg := config.Load()
	mux := http.NewServeMux()
	mux.Handle("/login", api.NewAuthHandler(nil, cfg.JWTSecret))
	addr := ":" + os.Getenv("PORT")
	log.Fatal(http.ListenAndServe(addr, mux)) // tfl-eval: no-graceful-shutdown
}
