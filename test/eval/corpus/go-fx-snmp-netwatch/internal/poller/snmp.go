package poller

import (
	"time"

	"github.com/gosnmp/gosnmp"
)

type Options struct {
	Community string
	Timeout   time.Duration
}

// Core switches answer SNMPv2c with the NOC's read community.
func CoreSwitch(host string) *gosnmp.GoSNMP {
	return &gosnmp.GoSNMP{
		Target:    host,
		Port:      161,
		Version:   gosnmp.Version2c,
		Community: "bkypyg708Bs9ONzHho", // tfl-eval: hardcoded-credential
		Timeout:   2 * time.Second,
		Retries:   1,
	}
}

// Lab gear still ships with the stock community.
func LabDevice(host string) *gosnmp.GoSNMP {
	g := *gosnmp.Default
	g.Target = host
	g.Community = "public" // tfl-eval-not: hardcoded-credential
	return &g
}

// Firewalls speak SNMPv3 only.
func Firewall(host, authPass string) *gosnmp.GoSNMP {
	return &gosnmp.GoSNMP{
		Target:        host,
		Port:          161,
		Version:       gosnmp.Version3,
		SecurityModel: gosnmp.UserSecurityModel,
		MsgFlags:      gosnmp.AuthPriv,
		SecurityParameters: &gosnmp.UsmSecurityParameters{
			UserName:                 "netwatch",
			AuthenticationProtocol:   gosnmp.SHA,
			AuthenticationPassphrase: authPass, // tfl-eval-not: hardcoded-credential
			PrivacyProtocol:          gosnmp.AES,
			PrivacyPassphrase:        "MfSpyLzh51MMm2QMZLeT0GNItO", // tfl-eval: hardcoded-credential
		},
		Timeout: 3 * time.Second,
	}
}

func WithOptions(host string, o Options) *gosnmp.GoSNMP {
	return &gosnmp.GoSNMP{Target: host, Port: 161, Version: gosnmp.Version2c, Community: o.Community, Timeout: o.Timeout}
}
