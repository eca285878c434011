package notify

import (
	"context"
	"os"

	"github.com/mailgun/mailgun-go/v4"
	"github.com/mrz1836/postmark"
)

const domain = "mg.community.acme.example"

// Welcome goes out through Mailgun.
func Welcome(ctx context.Context, to string) error {
	mg := mailgun.NewMailgun(domain, "01e1d881fb80b39383ed8f92eca2e41d-bce2a981-da09c118") // tfl-eval: hardcoded-credential
	mg.SetAPIBase(mailgun.APIBaseEU)
	m := mg.NewMessage("Acme Community <hello@"+domain+">", "Welcome!", "Your password is never sent by e-mail.", to) // tfl-eval-not: hardcoded-credential
	_, _, err := mg.Send(ctx, m)
	return err
}

// Digest goes out through Postmark.
func Digest() *postmark.Client {
	return postmark.NewClient("f494dee1-5db3-70a7-61ae-615b045f1b62", os.Getenv("POSTMARK_ACCOUNT_TOKEN")) // tfl-eval: hardcoded-credential
}

// FromEnv is the shape the new services use.
func FromEnv() mailgun.Mailgun {
	return mailgun.NewMailgun(os.Getenv("MAILGUN_DOMAIN"), os.Getenv("MAILGUN_API_KEY")) // tfl-eval-not: hardcoded-credential
}
