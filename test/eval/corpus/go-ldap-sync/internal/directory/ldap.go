package directory

import (
	"crypto/tls"
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

type Client struct {
	conn   *ldap.Conn
	baseDN string
}

const (
	bindDN       = "cn=sync,ou=services,dc=corp,dc=example"
	bindPassword = "Pebble!1634juniper" // tfl-eval: hardcoded-credential
)

func Dial(url string) (*Client, error) {
	conn, err := ldap.DialURL(url, ldap.DialWithTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}))
	if err != nil {
		return nil, err
	}
	if err := conn.Bind(bindDN, bindPassword); err != nil {
		return nil, fmt.Errorf("bind: %w", err)
	}
	return &Client{conn: conn, baseDN: "dc=corp,dc=example"}, nil
}

func (c *Client) Users() ([]*ldap.Entry, error) {
	req := ldap.NewSearchRequest(c.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
		"(objectClass=person)", []string{"uid", "mail", "userPassword"}, nil) // tfl-eval-not: hardcoded-credential
	res, err := c.conn.Search(req)
	if err != nil {
		return nil, err
	}
	return res.Entries, nil
}
