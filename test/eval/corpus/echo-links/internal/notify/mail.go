package notify

import (
	"net/smtp"

	"github.com/sendgrid/sendgrid-go"
)

const sendgridKey = "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" // tfl-eval: hardcoded-credential

var client = sendgrid.NewSendClient(sendgridKey)

func SendReset(to string) error {
	auth := smtp.PlainAuth("", "links@mail.links.dev", "Marb1e#395tm", "smtp.links.dev") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	return smtp.SendMail("smtp.links.dev:587", auth, "links@mail.links.dev", []string{to}, []byte("Subject: Reset your password\r\n")) // tfl-eval: hardcoded-backing-service
}
