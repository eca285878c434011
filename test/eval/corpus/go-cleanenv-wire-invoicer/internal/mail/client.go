package mail

import (
	"os"

	gomail "github.com/wneessen/go-mail"
)

type Sender struct {
	From string
	Name string
}

type Client struct {
	sender Sender
	c      *gomail.Client
}

func NewClient(s Sender) (*Client, error) {
	c, err := gomail.NewClient(os.Getenv("SMTP_HOST"),
		gomail.WithPort(587),
		gomail.WithSMTPAuth(gomail.SMTPAuthPlain),
		gomail.WithUsername(os.Getenv("SMTP_USERNAME")),
		gomail.WithPassword(os.Getenv("SMTP_PASSWORD")), // tfl-eval-not: hardcoded-credential
	)
	if err != nil {
		return nil, err
	}
	return &Client{sender: s, c: c}, nil
}

// NewRelay is the office relay used for statements printed in-house.
func NewRelay() (*gomail.Client, error) {
	return gomail.NewClient("relay.office.brightledger.lan", // tfl-eval: hardcoded-backing-service
		gomail.WithPort(25),
		gomail.WithSMTPAuth(gomail.SMTPAuthLogin),
		gomail.WithUsername("statements"),
		gomail.WithPassword("w6Zy0SYa9VGWZEkWZXSX"), // tfl-eval: hardcoded-credential
	)
}
