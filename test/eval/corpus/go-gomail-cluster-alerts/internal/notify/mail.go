package notify

import (
	"os"

	"gopkg.in/gomail.v2"
)

// Dialer reaches the operations mail relay that pages the on-call engineer.
func Dialer() *gomail.Dialer {
	return gomail.NewDialer("mail-relay.gridops.internal", 587, os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASSWORD")) // tfl-eval: hardcoded-backing-service
}
