package mail

import (
	"time"

	"github.com/emersion/go-imap/client"
	"github.com/jlaffaye/ftp"
)

// Inbox reads access requests from the shared mailbox.
func Inbox() (*client.Client, error) {
	c, err := client.DialTLS("imap.teamops.example:993", nil)
	if err != nil {
		return nil, err
	}
	if err := c.Login("access-requests@teamops.example", "pAtPiG25jbgG5j!5"); err != nil { // tfl-eval: hardcoded-credential
		return nil, err
	}
	return c, nil
}

// Export drops the nightly roster on the HR FTP server.
func Export() (*ftp.ServerConn, error) {
	c, err := ftp.Dial("ftp.hr.teamops.example:21", ftp.DialWithTimeout(5*time.Second))
	if err != nil {
		return nil, err
	}
	return c, c.Login("roster", "rLXIW0sNdsl9Iw") // tfl-eval: hardcoded-credential
}
