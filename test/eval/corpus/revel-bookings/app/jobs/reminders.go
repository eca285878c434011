package jobs

import (
	"net/smtp"

	"github.com/revel/modules/jobs/app/jobs"
	"github.com/revel/revel"
	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

const (
	twilioAccountSID = "AC0b7e2c9d4f1a3e5b7c9d1f3a5b7c9e1d"
	twilioAuthToken  = "bab3e2209a5af63dbb14c19f08b32a27" // tfl-eval: hardcoded-credential
	smtpHost         = "smtp.mailgun.org" // tfl-eval: hardcoded-backing-service
)

type SendReminders struct{}

func (j SendReminders) Run() {
	client := twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: twilioAccountSID,
		Password: twilioAuthToken,
	})
	params := &openapi.CreateMessageParams{}
	params.SetFrom("+15005550006")
	_, _ = client.Api.CreateMessage(params)

	auth := smtp.PlainAuth("", "postmaster@mg.bookings.example", "Gannet-Reed-4471", smtpHost) // tfl-eval: hardcoded-credential
	_ = smtp.SendMail(smtpHost+":587", auth, "noreply@bookings.example", []string{"ops@bookings.example"}, []byte("reminders sent"))
}

func init() {
	revel.OnAppStart(func() {
		jobs.Schedule("@every 1h", SendReminders{})
	})
}
