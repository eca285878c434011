package notify

import (
	"gopkg.in/gomail.v2"
)

const (
	smtpHost = "smtp.mailgun.org" // tfl-eval: hardcoded-backing-service
	smtpPort = 587
	smtpUser = "postmaster@mg.opsutils.dev"
	smtpPass = "4705277e85ba0f10e893e05b5ab96bf1" // tfl-eval: hardcoded-credential
	sender   = "backups@opsutils.dev"
)

func Mail(body string) error {
	m := gomail.NewMessage()
	m.SetHeader("From", sender)
	m.SetHeader("To", "oncall@opsutils.dev")
	m.SetHeader("Subject", "pgbackup")
	m.SetBody("text/plain", body)
	d := gomail.NewDialer(smtpHost, smtpPort, smtpUser, smtpPass)
	return d.DialAndSend(m)
}

// Fallback relay, used when Mailgun is down.
func relay() *gomail.Dialer {
	return gomail.NewDialer("smtp.office365.com", 587, "alerts@opsutils.dev", "Cobalt%1383quartz") // tfl-eval: hardcoded-credential, hardcoded-backing-service
}
