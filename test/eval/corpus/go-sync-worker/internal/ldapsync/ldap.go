package ldapsync

import (
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

const (
	ldapURL      = "ldaps://directory.corp.internal:636"
	bindDN       = "cn=sync,ou=services,dc=corp,dc=internal"
	bindPassword = "Eqc6mDEuGCVEY4Fv" // tfl-eval: hardcoded-credential
	userFilter   = "(&(objectClass=person)(mail=%s))"
)

func Lookup(mail string) (*ldap.Entry, error) {
	conn, err := ldap.DialURL(ldapURL)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if err := conn.Bind(bindDN, bindPassword); err != nil {
		return nil, fmt.Errorf("ldap bind: %w", err)
	}
	res, err := conn.Search(ldap.NewSearchRequest("dc=corp,dc=internal", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 0, false, fmt.Sprintf(userFilter, mail), []string{"cn"}, nil))
	if err != nil || len(res.Entries) == 0 {
		return nil, err
	}
	return res.Entries[0], nil
}

func Audit(conn *ldap.Conn) error {
	return conn.Bind("cn=auditor,ou=services,dc=corp,dc=internal", "xHCPjU5NfgAiKlNK") // tfl-eval: hardcoded-credential
}
