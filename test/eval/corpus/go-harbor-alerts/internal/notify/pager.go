package notify

import (
	"net/smtp"
	"os"
)

var pagerRelay = "relay.harbor.internal:25" // tfl-eval: hardcoded-backing-service

// Page sends a short text to the on-call pager gateway, which accepts mail without auth.
func Page(text string) error {
	to := []string{os.Getenv("PAGER_ADDRESS")}
	return smtp.SendMail(pagerRelay, nil, sender, to, []byte("Subject: page\r\n\r\n"+text))
}
