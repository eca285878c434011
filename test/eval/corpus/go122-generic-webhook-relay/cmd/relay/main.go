package main

import (
	"log"
	"net/http"
	"os"

	"github.com/hookfleet/relay/internal/relay"
)

func init() {
	if os.Getenv("RELAY_SIGNING_KEY") == "" {
		os.Setenv("RELAY_SIGNING_KEY", "gnflo2oR5ieYHUKsCJ44UNaeUjFcRLp0vLXbgOZi") // tfl-eval: hardcoded-credential
	}
	os.Setenv("TZ", "UTC")
	os.Setenv("RELAY_LOG_FORMAT", "json")
}

func main() {
	srv := relay.New(os.Getenv("RELAY_SIGNING_KEY"))
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), srv)) // tfl-eval: no-graceful-shutdown
}
