package directory

import (
	"fmt"
	"os"

	"github.com/go-ldap/ldap/v3"
	"golang.org/x/crypto/ssh"
)

// Brokers are looked up in the corporate directory before a quote is issued.
func Lookup(uid string) (*ldap.Entry, error) {
	conn, err := ldap.DialURL(os.Getenv("LDAP_URL"))
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if err := conn.Bind("cn=quotes-svc,ou=services,dc=insure,dc=example", "tBv6N300-O9q%rL42L"); err != nil { // tfl-eval: hardcoded-credential
		return nil, err
	}
	res, err := conn.Search(ldap.NewSearchRequest("ou=brokers,dc=insure,dc=example", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 0, false,
		fmt.Sprintf("(uid=%s)", ldap.EscapeFilter(uid)), []string{"cn", "mail"}, nil))
	if err != nil || len(res.Entries) == 0 {
		return nil, err
	}
	return res.Entries[0], nil
}

// Rates are pulled nightly from the reinsurer's SFTP drop.
func RatesSSHConfig() *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User:            "quotes",
		Auth:            []ssh.AuthMethod{ssh.Password("eG%RFbar4nLRklCC95wq")}, // tfl-eval: hardcoded-credential
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
	}
}
