package sms

import (
	"os"

	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
)

// Client sends the fallback SMS when a push is not delivered.
func Client() *twilio.RestClient {
	return twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: "AC9a23cf6ea05e43cc8e1719b88e3cc1fb",
		Password: "b04fc8e626b1df521e5b67d717cd217d", // tfl-eval: hardcoded-credential
	})
}

// FromEnv is the shape the staging deploy uses.
func FromEnv() *twilio.RestClient {
	return twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: os.Getenv("TWILIO_ACCOUNT_SID"),
		Password: os.Getenv("TWILIO_AUTH_TOKEN"), // tfl-eval-not: hardcoded-credential
	})
}

func Send(c *twilio.RestClient, to, body string) error {
	params := &api.CreateMessageParams{}
	params.SetTo(to)
	params.SetFrom("+15005550006")
	params.SetBody(body)
	_, err := c.Api.CreateMessage(params)
	return err
}
