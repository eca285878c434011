package sms

import (
	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"

	"github.com/supportdesk/helpdesk/platform"
)

type Sender struct{ client *twilio.RestClient }

func NewSender() *Sender {
	client := twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: platform.TwilioAccountSID,
		Password: platform.TwilioAuthToken, // tfl-eval-not: hardcoded-credential
	})
	return &Sender{client: client}
}

// NewSandboxSender uses the test credentials of the staging sub-account.
func NewSandboxSender() *Sender {
	client := twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: "AC490de685ec566df1eb3e56938c203632",
		Password: "69a43865ada26b00a164e94e94da8975", // tfl-eval: hardcoded-credential
	})
	return &Sender{client: client}
}

func (s *Sender) Send(to, body string) error {
	params := &openapi.CreateMessageParams{}
	params.SetTo(to)
	params.SetFrom("+15005550006")
	params.SetBody(body)
	_, err := s.client.Api.CreateMessage(params)
	return err
}
