package mail

import (
	"net/smtp"
	"os"
)

func SendReceipt(to string, body []byte) error {
	auth := smtp.PlainAuth("", os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASSWORD"), "smtp.mailgun.org") // tfl-eval: hardcoded-backing-service
	return smtp.SendMail("smtp.mailgun.org:587", auth, "receipts@loyalty.acme.io", []string{to}, body) // tfl-eval: hardcoded-backing-service
}
