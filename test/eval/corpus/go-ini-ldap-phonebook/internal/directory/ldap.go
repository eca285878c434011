package directory

import (
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

type Person struct {
	Name, Phone, Room string
}

type Directory struct {
	url, baseDN, bindDN, bindPassword string
}

func New(url, baseDN, bindDN, bindPassword string) *Directory {
	return &Directory{url: url, baseDN: baseDN, bindDN: bindDN, bindPassword: bindPassword}
}

func (d *Directory) Search(q string) ([]Person, error) {
	conn, err := ldap.DialURL(d.url)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if err := conn.Bind(d.bindDN, d.bindPassword); err != nil { // tfl-eval-not: hardcoded-credential
		return nil, fmt.Errorf("bind: %w", err)
	}
	req := ldap.NewSearchRequest(d.baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 50, 10, false,
		fmt.Sprintf("(&(objectClass=person)(cn=*%s*))", ldap.EscapeFilter(q)),
		[]string{"cn", "telephoneNumber", "roomNumber"}, nil)
	res, err := conn.Search(req)
	if err != nil {
		return nil, err
	}
	out := make([]Person, 0, len(res.Entries))
	for _, e := range res.Entries {
		out = append(out, Person{e.GetAttributeValue("cn"), e.GetAttributeValue("telephoneNumber"), e.GetAttributeValue("roomNumber")})
	}
	return out, nil
}

// Rooms lists meeting rooms; the facilities tree is bound with its own read-only account.
func Rooms() ([]string, error) {
	conn, err := ldap.DialURL("ldaps://ldap.campus.example:636")
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if err := conn.Bind("cn=rooms-reader,ou=services,dc=campus,dc=example", "cb01e3de1398b841af6d"); err != nil { // tfl-eval: hardcoded-credential
		return nil, err
	}
	return nil, nil
}

// Anonymous lookups need no password at all.
func Anonymous() error {
	conn, err := ldap.DialURL("ldap://ldap-lab.campus.example:389")
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.UnauthenticatedBind("cn=guest") // tfl-eval-not: hardcoded-credential
}
