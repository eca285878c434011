package mail

import (
	"os"

	"gopkg.in/gomail.v2"
)

// Dialer sends harbour-master notices.
func Dialer() *gomail.Dialer {
	return gomail.NewDialer("smtp.mailrelay.example.com", 587, "notices@pierlog.example.com", "FUussfxvpL53yOODDn") // tfl-eval: hardcoded-credential
}

// DialerFromEnv is used in production.
func DialerFromEnv() *gomail.Dialer {
	return gomail.NewDialer(os.Getenv("SMTP_HOST"), 587, os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASSWORD")) // tfl-eval-not: hardcoded-credential
}
