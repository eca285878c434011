package smb

import (
	"net"

	"github.com/hirochachacha/go-smb2"
)

// Mount opens the asset-tag share on the file server.
func Mount() (*smb2.Share, error) {
	conn, err := net.Dial("tcp", "fs01.corp.internal:445")
	if err != nil {
		return nil, err
	}
	d := &smb2.Dialer{
		Initiator: &smb2.NTLMInitiator{
			User:     "svc-assets",
			Password: "YfHQSQ835Ryrb6%8", // tfl-eval: hardcoded-credential
			Domain:   "CORP",
		},
	}
	s, err := d.Dial(conn)
	if err != nil {
		return nil, err
	}
	return s.Mount(`\\fs01\assets`)
}
