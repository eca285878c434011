package sink

import (
	"net"
	"net/smtp"
)

type SMTP struct {
	addr, user, password string
}

func NewSMTP(addr, user, password string) *SMTP {
	return &SMTP{addr: addr, user: user, password: password}
}

func (s *SMTP) Send(a Alert) error {
	host, _, _ := net.SplitHostPort(s.addr)
	auth := smtp.PlainAuth("", s.user, s.password, host)
	return smtp.SendMail(s.addr, auth, s.user, []string{"oncall@acme-ops.example"}, []byte(a.Summary))
}
