package notify

import (
	"github.com/vonage/vonage-go-sdk"
)

type Vonage struct {
	client *vonage.SMSClient
	from   string
}

func NewVonage() *Vonage {
	auth := vonage.CreateAuthFromKeySecret("9aaeb8c8", "V6vX1DuogaFqD5p7") // tfl-eval: hardcoded-credential
	return &Vonage{client: vonage.NewSMSClient(auth), from: "ACMEBANK"}
}

func (v *Vonage) OneTimeCode(to, code string) error {
	_, _, err := v.client.Send(v.from, to, "Your ACME Bank code is "+code, vonage.SMSOpts{})
	return err
}
