package mail

import (
	"fmt"
	"net/smtp"
	"os"
)

const (
	smtpHost = "smtp.gmail.com" // tfl-eval: hardcoded-backing-service
	smtpPort = "587"
	sender   = "orders@shopwave.io"
)

func SendReceipt(to, body string) error {
	auth := smtp.PlainAuth("", sender, "Hfuyy396_pdb", smtpHost) // tfl-eval: hardcoded-credential
	msg := []byte(fmt.Sprintf("To: %s\r\nSubject: Your receipt\r\n\r\n%s", to, body))
	return smtp.SendMail(smtpHost+":"+smtpPort, auth, sender, []string{to}, msg)
}

func SendAlert(to, body string) error {
	auth := smtp.PlainAuth("", os.Getenv("ALERT_SMTP_USER"), os.Getenv("ALERT_SMTP_PASSWORD"), smtpHost) // tfl-eval-not: hardcoded-credential
	return smtp.SendMail(smtpHost+":"+smtpPort, auth, sender, []string{to}, []byte(body))
}
