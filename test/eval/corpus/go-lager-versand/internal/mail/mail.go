package mail

import (
	"net/smtp"
	"os"
)

const smtpBenutzer = "versand@lager-versand.de"
const smtpKennwort = "Xluf1fLXqR9RXqSl" // tfl-eval: hardcoded-credential

func Senden(an string, text []byte) error {
	auth := smtp.PlainAuth("", smtpBenutzer, smtpKennwort, os.Getenv("SMTP_HOST"))
	return smtp.SendMail(os.Getenv("SMTP_HOST")+":587", auth, smtpBenutzer, []string{an}, text)
}
