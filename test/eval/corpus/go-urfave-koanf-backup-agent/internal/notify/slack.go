package notify

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
)

var webhookURL = "https://hooks.slack.com/services/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" // tfl-eval: hardcoded-credential

func fallbackURL() string {
	if u := os.Getenv("SLACK_WEBHOOK_URL"); u != "" { // tfl-eval-not: hardcoded-credential
		return u
	}
	return webhookURL
}

func Post(text string) error {
	body, _ := json.Marshal(map[string]string{"text": text})
	_, err := http.Post(fallbackURL(), "application/json", bytes.NewReader(body))
	return err
}
