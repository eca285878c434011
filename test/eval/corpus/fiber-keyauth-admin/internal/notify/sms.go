package notify

import (
	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

var client = twilio.NewRestClientWithParams(twilio.ClientParams{
	Username: "AC1be3e1c39e8179ed9e958156e08d63d7",
	Password: "03ca24ed28683de5770913a2246ec973", // tfl-eval: hardcoded-credential
})

func Send(to, body string) error {
	params := &openapi.CreateMessageParams{}
	params.SetTo(to)
	params.SetFrom("+15017122661")
	params.SetBody(body)
	_, err := client.Api.CreateMessage(params)
	return err
}

// PasswordResetTemplate is the SMS sent when a password reset is requested.
const PasswordResetTemplate = "Your reset code is %s" // tfl-eval-not: hardcoded-credential
