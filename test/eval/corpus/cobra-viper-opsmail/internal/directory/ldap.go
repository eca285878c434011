package directory

import (
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

// OnCallEmails lists the on-call group's mail addresses.
func OnCallEmails() ([]string, error) {
	conn, err := ldap.DialURL("ldaps://ldap.acme.example:636")
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if err := conn.Bind("cn=opsmail,ou=services,dc=acme,dc=example", "DEomFDHhdB5*-upG@d9V"); err != nil { // tfl-eval: hardcoded-credential
		return nil, fmt.Errorf("bind: %w", err)
	}
	req := ldap.NewSearchRequest("ou=people,dc=acme,dc=example", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
		"(memberOf=cn=oncall,ou=groups,dc=acme,dc=example)", []string{"mail"}, nil)
	res, err := conn.Search(req)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, e.GetAttributeValue("mail"))
	}
	return out, nil
}
