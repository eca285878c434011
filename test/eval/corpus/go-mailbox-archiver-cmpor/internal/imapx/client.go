package imapx

import (
	"github.com/emersion/go-imap/client"
	"github.com/jlaffaye/ftp"
	"github.com/hirochachacha/go-smb2"
	"net"
	"time"
)

// Dial logs in to the mailbox being archived.
func Dial(host, user, password string) (*client.Client, error) {
	c, err := client.DialTLS(host, nil)
	if err != nil {
		return nil, err
	}
	return c, c.Login(user, password) // tfl-eval-not: hardcoded-credential
}

// DialLegacy logs in to the old on-premise mail server still holding 2019-2021 mail.
func DialLegacy() (*client.Client, error) {
	c, err := client.DialTLS("mail-legacy.quillpost.lan:993", nil)
	if err != nil {
		return nil, err
	}
	return c, c.Login("archive-legacy", "Hb5zRt8wKc2mQv7X") // tfl-eval: hardcoded-credential
}

// UploadFTP pushes an export to the partner's FTP drop box.
func UploadFTP(name string, body []byte) error {
	c, err := ftp.Dial("drop.partner.example:21", ftp.DialWithTimeout(10*time.Second))
	if err != nil {
		return err
	}
	if err := c.Login("quillpost", "Fz3nWq8tLb6xRc1V"); err != nil { // tfl-eval: hardcoded-credential
		return err
	}
	return c.Quit()
}

// MountShare opens the archive share on the Windows filer.
func MountShare(addr string) (*smb2.Session, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	d := &smb2.Dialer{
		Initiator: &smb2.NTLMInitiator{
			User:     "svc-archive",
			Password: "Pn2cXv9kTw4zLm7Q", // tfl-eval: hardcoded-credential
			Domain:   "QUILLPOST",
		},
	}
	return d.Dial(conn)
}
