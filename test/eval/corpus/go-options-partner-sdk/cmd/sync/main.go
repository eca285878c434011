package main

import (
	"log"
	"os"
	"time"

	"github.com/tallyco/partner-sdk/partner"
)

func main() {
	live := partner.New(
		partner.WithAPIKey("Tz4kNw9QmR2vXp7cLb5hJd8F"), // tfl-eval: hardcoded-credential
		partner.WithUserAgent("ledger-sync/1.4"),
		partner.WithTimeout(30*time.Second),
	)
	reports := partner.New(
		partner.WithBasicAuth("reports-bot", "Gm6xPq3WzK8nRt2vLc7bHs4D"), // tfl-eval: hardcoded-credential
		partner.WithBaseURL("https://reports.tallyco.example"),
	)
	sandbox := partner.New(
		partner.WithAPIKey(os.Getenv("TALLY_SANDBOX_KEY")),
		partner.WithBasicAuth(os.Getenv("TALLY_USER"), os.Getenv("TALLY_PASSWORD")),
	)
	log.Println(live != nil, reports != nil, sandbox != nil)
}
