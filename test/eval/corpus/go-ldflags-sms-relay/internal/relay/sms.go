package relay

import (
	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

const fromNumber = "+15005550006"

func newTwilio() *twilio.RestClient {
	return twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: "AC7d1cf530adb7e3397e762187cf68ef65",
		Password: "69d90baa70bf4eec8b810567926871ef", // tfl-eval: hardcoded-credential
	})
}

// Send relays one text message.
func Send(to, body string) error {
	params := &openapi.CreateMessageParams{}
	params.SetTo(to)
	params.SetFrom(fromNumber)
	params.SetBody(body)
	_, err := newTwilio().Api.CreateMessage(params)
	return err
}
