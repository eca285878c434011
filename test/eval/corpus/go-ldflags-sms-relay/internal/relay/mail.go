package relay

import (
	"os"

	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

var mailer = sendgrid.NewSendClient("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") // tfl-eval: hardcoded-credential

// Fallback sends the text by e-mail when the SMS provider fails.
func Fallback(to, body string) error {
	from := mail.NewEmail("Parcel Post", os.Getenv("MAIL_FROM"))
	msg := mail.NewSingleEmail(from, "Your parcel", mail.NewEmail("", to), body, "")
	_, err := mailer.Send(msg)
	return err
}
