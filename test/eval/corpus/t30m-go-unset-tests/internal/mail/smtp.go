package mail

import (
	"net/smtp"
	"os"
)

func Send(to string, body []byte) error {
	host := os.Getenv("SMTP_HOST")
	if host == "" {
		host = "smtp.mailgun.org" // tfl-eval: hardcoded-backing-service
	}
	return smtp.SendMail(host+":587", nil, "noreply@parcelhub.example", []string{to}, body)
}

func SendDigest(to string, body []byte) error {
	if len(os.Getenv("DIGEST_SMTP_ADDR")) == 0 {
		return smtp.SendMail("localhost:1025", nil, "digest@parcelhub.example", []string{to}, body) // tfl-eval-not: hardcoded-backing-service
	}
	return smtp.SendMail(os.Getenv("DIGEST_SMTP_ADDR"), nil, "digest@parcelhub.example", []string{to}, body)
}
