package notify

import (
	"fmt"
	"net/smtp"
	"os"
	"strings"
)

const (
	smtpHost = "smtp.mailgun.org" // tfl-eval: hardcoded-backing-service
	smtpPort = "587"
	sender   = "alerts@harbor.example.org"
)

// Email sends one alert to the harbour master's list.
func Email(subject, body string, to []string) error {
	auth := smtp.PlainAuth("", os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASSWORD"), smtpHost)
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", sender, strings.Join(to, ","), subject, body)
	return smtp.SendMail(smtpHost+":"+smtpPort, auth, sender, to, []byte(msg))
}
