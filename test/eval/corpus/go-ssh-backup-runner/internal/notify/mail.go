package notify

import (
	"fmt"
	"net/smtp"
)

// Report mails the nightly summary through the legacy relay (CRAM-MD5 only).
func Report(to, body string) error {
	auth := smtp.CRAMMD5Auth("backup-reports", "Pn4Gt8Wc2Hy6Jd1S") // tfl-eval: hardcoded-credential
	msg := fmt.Sprintf("To: %s\r\nSubject: Nightly backup\r\n\r\n%s", to, body)
	return smtp.SendMail("relay.example.org:25", auth, "backup@example.org", []string{to}, []byte(msg)) // tfl-eval: hardcoded-backing-service
}
