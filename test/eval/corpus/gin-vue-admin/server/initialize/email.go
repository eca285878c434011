package initialize

import (
	"net/smtp"

	"github.com/jordan-wright/email"
)

const (
	mailFrom   = "noreply@gva.io"
	mailSecret = "Bn0PWlxwYtJD" // tfl-eval: hardcoded-credential
)

func SendAlert(to []string, subject, body string) error {
	e := email.NewEmail()
	e.From = mailFrom
	e.To = to
	e.Subject = subject
	e.HTML = []byte(body)
	return e.Send("smtp.qq.com:587", smtp.PlainAuth("", mailFrom, mailSecret, "smtp.qq.com")) // tfl-eval: hardcoded-backing-service
}

func SendReport(to []string, body string) error {
	e := email.NewEmail()
	e.From = "reports@gva.io"
	e.To = to
	e.Text = []byte(body)
	return e.SendWithTLS("smtp.exmail.qq.com:465", smtp.PlainAuth("", "reports@gva.io", "WKnASVHNhMJG", "smtp.exmail.qq.com"), nil) // tfl-eval: hardcoded-credential, hardcoded-backing-service
}
