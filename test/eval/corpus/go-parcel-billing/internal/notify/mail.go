package notify

import (
	"os"
	"strconv"

	"gopkg.in/gomail.v2"
)

func Dialer() *gomail.Dialer {
	return gomail.NewDialer("smtp.mailgun.org", 587, "postmaster@mg.parcel.io", "d970301b7fff3feb3f7720a023a49ee0-d33b8a1633195df5b041fb228568d3e5") // tfl-eval: hardcoded-credential, hardcoded-backing-service
}

func DialerFromEnv() *gomail.Dialer {
	port, _ := strconv.Atoi(os.Getenv("SMTP_PORT"))
	return gomail.NewDialer(os.Getenv("SMTP_HOST"), port, os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASSWORD")) // tfl-eval-not: hardcoded-credential
}
