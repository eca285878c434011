package directory

import (
	"os"

	"github.com/go-ldap/ldap/v3"
)

// Staff looks up harbour staff in the port authority's directory.
func Staff(uid string) (*ldap.SearchResult, error) {
	conn, err := ldap.DialURL(os.Getenv("LDAP_URL"))
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if err := conn.Bind("cn=pierlog,ou=services,dc=port,dc=example", "MTgIbvoI1HAghl9ocJ"); err != nil { // tfl-eval: hardcoded-credential
		return nil, err
	}
	req := ldap.NewSearchRequest("ou=staff,dc=port,dc=example", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
		"(uid="+ldap.EscapeFilter(uid)+")", []string{"cn", "mail"}, nil)
	return conn.Search(req)
}

// StaffAsService binds with the service account from the environment.
func StaffAsService() error {
	conn, err := ldap.DialURL(os.Getenv("LDAP_URL"))
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Bind(os.Getenv("LDAP_BIND_DN"), os.Getenv("LDAP_BIND_PASSWORD")) // tfl-eval-not: hardcoded-credential
}
