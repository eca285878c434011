package main

import (
	"log"
	"net/http"
	"os"
)

func main() {
	addr := "0.0.0.0:9100"
	if v := os.Getenv("METRICS_ADDR"); v != "" {
		addr = v
	}
	http.Handle("/metrics", http.NotFoundHandler())
	log.Fatal(http.ListenAndServe(addr, nil)) // tfl-eval: no-graceful-shutdown
}
