package mail

import (
	"net/smtp"
	"os"
)

// Send relays a receipt through the office mail server.
func Send(to string, body []byte) error {
	host := os.Getenv("SMTP_HOST")
	login := "receipts@example.com" // tfl-eval-not: hardcoded-credential
	pass := "q0hqKgspBk_j8V5Z" // tfl-eval: hardcoded-credential
	auth := smtp.PlainAuth("", login, pass, host)
	return smtp.SendMail(host+":587", auth, login, []string{to}, body)
}

// SendDigest uses the credentials the platform injects.
func SendDigest(to string, body []byte) error {
	host := os.Getenv("SMTP_HOST")
	identity := "digest" // tfl-eval-not: hardcoded-credential
	auth := smtp.PlainAuth(identity, os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASSWORD"), host)
	return smtp.SendMail(host+":587", auth, os.Getenv("SMTP_USER"), []string{to}, body)
}
