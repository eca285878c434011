package notify

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
	"github.com/twilio/twilio-go"
)

const (
	sendgridKey = "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" // tfl-eval: hardcoded-credential
	fromAddress = "noreply@shrt.io"
)

func Email(to, subject, body string) error {
	client := sendgrid.NewSendClient(sendgridKey)
	_, err := client.Send(mail.NewSingleEmail(mail.NewEmail("shrt", fromAddress), subject, mail.NewEmail("", to), body, body))
	return err
}

func SMSClient() *twilio.RestClient {
	return twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: "ACdee158670c132abe377c1b5bbc109b90",
		Password: "16ba2f146bfc9140f93b1283ef634868", // tfl-eval: hardcoded-credential
	})
}
