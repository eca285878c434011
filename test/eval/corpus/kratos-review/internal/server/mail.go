package server

import (
	"fmt"
	"net/smtp"

	"github.com/sendgrid/sendgrid-go"
)

const (
	smtpHost     = "smtp.zoho.eu" // tfl-eval: hardcoded-backing-service
	smtpUsername = "noreply@review.example"
	smtpPassword = "Falcon#2401tundra" // tfl-eval: hardcoded-credential
)

func SendDigest(to string, body []byte) error {
	auth := smtp.PlainAuth("", smtpUsername, smtpPassword, smtpHost)
	return smtp.SendMail(fmt.Sprintf("%s:587", smtpHost), auth, smtpUsername, []string{to}, body)
}

func Transactional() *sendgrid.Client {
	return sendgrid.NewSendClient("SG.99wPHHBrpwJokN3HGgJZkUMe.tHmhWaML0g31877VL5qyR9LgBWuzHlmFzhHzLU8iabc") // tfl-eval: hardcoded-credential
}

func ValidatePassword(pw string) error {
	if len(pw) < 10 {
		return fmt.Errorf("password too short") // tfl-eval-not: hardcoded-credential
	}
	return nil
}
