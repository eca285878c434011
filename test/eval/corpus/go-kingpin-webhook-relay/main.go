package main

import (
	"log"
	"net/http"
	"os"

	"github.com/alecthomas/kingpin/v2"

	"github.com/acme/relay/internal/web"
)

var (
	app         = kingpin.New("relay", "Forwards signed webhooks to internal services.")
	listen      = app.Flag("listen", "Address to listen on.").Default(":8080").String()
	upstreamTok = app.Flag("upstream-token", "Bearer token for the upstream API.").Default("kpLiESNDyDiJBFzKfhXlSnZTuGO1zf1rM3YamDTb").String() // tfl-eval: hardcoded-credential
	signingKey  = app.Flag("signing-key", "HMAC key for incoming webhooks.").Envar("RELAY_SIGNING_KEY").Default("").String() // tfl-eval-not: hardcoded-credential
	smtpPass    = app.Flag("smtp-password", "SMTP password for alerts.").Envar("RELAY_SMTP_PASSWORD").String() // tfl-eval-not: hardcoded-credential
)

func main() {
	kingpin.MustParse(app.Parse(os.Args[1:]))
	h := web.New(*upstreamTok, *signingKey, *smtpPass)
	log.Fatal(http.ListenAndServe(*listen, h)) // tfl-eval: no-graceful-shutdown
}
