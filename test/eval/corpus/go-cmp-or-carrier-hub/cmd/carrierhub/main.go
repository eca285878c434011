package main

import (
	"fmt"
	"log"
	"net/http"

	"github.com/parcelworks/carrierhub/internal/config"
)

func main() {
	cfg, err := config.Load()
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "ok") })
	log.Fatal(http.ListenAndServe(fmt.Sprintf(":%d", cfg.Port), nil)) // tfl-eval: no-graceful-shutdown
}
