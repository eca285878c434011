package snmp

import (
	"time"

	"github.com/gosnmp/gosnmp"
)

// Switch returns an SNMPv3 session for the core switches (authPriv).
func Switch(target string) *gosnmp.GoSNMP {
	return &gosnmp.GoSNMP{
		Target:        target,
		Port:          161,
		Version:       gosnmp.Version3,
		Timeout:       2 * time.Second,
		SecurityModel: gosnmp.UserSecurityModel,
		MsgFlags:      gosnmp.AuthPriv,
		SecurityParameters: &gosnmp.UsmSecurityParameters{
			UserName:                 "inventory",
			AuthenticationProtocol:   gosnmp.SHA,
			AuthenticationPassphrase: "uqa1Treahd7jigK5sToC", // tfl-eval: hardcoded-credential
			PrivacyProtocol:          gosnmp.AES,
			PrivacyPassphrase:        "l6AYzHlSafHlnMzl9p3J", // tfl-eval: hardcoded-credential
		},
	}
}
