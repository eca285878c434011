package notify

import (
	"net/smtp"
	"strings"
)

const relay = "smtp.acme.example:587" // tfl-eval: hardcoded-backing-service

// SendDigest mails the digest through the corporate relay.
func SendDigest(to []string, body string) error {
	auth := smtp.PlainAuth("", "opsmail@acme.example", "qUDqKZ1DJOiwRoqDtU", "smtp.acme.example") // tfl-eval: hardcoded-credential
	msg := "Subject: Nightly ops digest\r\n\r\n" + body
	return smtp.SendMail(relay, auth, "opsmail@acme.example", to, []byte(msg))
}

// SendWith is what the CLI uses when a password came in from flags or config.
func SendWith(user, password string, to []string, body string) error {
	auth := smtp.PlainAuth("", user, password, strings.Split(relay, ":")[0]) // tfl-eval-not: hardcoded-credential
	return smtp.SendMail(relay, auth, user, to, []byte(body))
}
