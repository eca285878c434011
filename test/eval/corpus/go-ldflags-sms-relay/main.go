package main

import (
	"log"
	"os"

	"github.com/parcelpost/sms-relay/internal/relay"
)

// Set at build time with -ldflags "-X main.relayToken=…".
var (
	version    = "dev"
	sentryDSN  string
	relayToken string
)

func main() {
	if relayToken == "" {
		relayToken = os.Getenv("RELAY_TOKEN") // tfl-eval-not: hardcoded-credential
	}
	log.Printf("sms-relay %s", version)
	relay.Serve(os.Getenv("PORT"), relayToken)
}
