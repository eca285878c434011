package mail

import (
	"fmt"
	"os"

	"github.com/go-gomail/gomail"
)

// SendCode mails a six-digit sign-up code through the QQ mailbox (授权码 = SMTP authorization code).
func SendCode(to, code string) error {
	m := gomail.NewMessage()
	m.SetHeader("From", "10001@qq.com")
	m.SetHeader("To", to)
	m.SetHeader("Subject", "注册验证码")
	m.SetBody("text/plain", fmt.Sprintf("您的验证码是 %s", code))
	d := gomail.NewDialer("smtp.qq.com", 465, "10001@qq.com", "anrczbetqplcmiag") // tfl-eval: hardcoded-credential, hardcoded-backing-service
	return d.DialAndSend(m)
}

// SendNotice uses the account configured for the deployment.
func SendNotice(to, body string) error {
	m := gomail.NewMessage()
	m.SetHeader("To", to)
	m.SetBody("text/plain", body)
	d := gomail.NewDialer("smtp.163.com", 465, os.Getenv("MAIL_USER"), os.Getenv("MAIL_AUTH_CODE")) // tfl-eval: hardcoded-backing-service
	return d.DialAndSend(m)
}

// Local relay while developing: no login at all.
func devDialer() *gomail.Dialer {
	return &gomail.Dialer{Host: "localhost", Port: 1025} // tfl-eval-not: hardcoded-credential
}
