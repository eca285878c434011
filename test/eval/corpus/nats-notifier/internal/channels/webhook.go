package channels

import (
	"bytes"
	"encoding/base64"
	"net/http"

	"gopkg.in/gomail.v2"
)

const statusPageAPI = "https://api.statuspage.io/v1/pages/k2v9mx4qz7rt/incidents"

// Mailer sends alert mail through an SMTP relay.
type Mailer struct{ dialer *gomail.Dialer }

func NewMailer(host string, port int, user, pass string) *Mailer {
	return &Mailer{dialer: gomail.NewDialer(host, port, user, pass)}
}

func postToPager(body []byte) error {
	req, err := http.NewRequest(http.MethodPost, "https://events.opsgenie-mirror.pingboard.io/v2/alerts", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("pager-bot:Zx81-Marble-Quokka"))) // tfl-eval: hardcoded-credential
	_, err = http.DefaultClient.Do(req)
	return err
}

func postToStatusPage(body []byte) error {
	req, err := http.NewRequest(http.MethodPost, statusPageAPI, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "OAuth 5f0c8e7a-2d41-4b9e-a6c3-91e2f4d8b7a0") // tfl-eval: hardcoded-credential
	_, err = http.DefaultClient.Do(req)
	return err
}

func fallbackMailer() *gomail.Dialer {
	return gomail.NewDialer("smtp.sendgrid.net", 587, "apikey", "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") // tfl-eval: hardcoded-credential, hardcoded-backing-service
}
