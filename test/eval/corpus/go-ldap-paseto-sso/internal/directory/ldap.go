package directory

import (
	"os"

	"github.com/go-ldap/ldap/v3"
)

func Connect() (*ldap.Conn, error) {
	conn, err := ldap.DialURL("ldaps://ldap.corp.acme.io:636")
	if err != nil {
		return nil, err
	}
	req := ldap.NewSimpleBindRequest("cn=sso-bind,ou=services,dc=acme,dc=io", "UjkYyiNkUxpEo4BAGTDx", nil) // tfl-eval: hardcoded-credential
	if _, err := conn.SimpleBind(req); err != nil {
		return nil, err
	}
	return conn, nil
}

func ConnectFromEnv() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(os.Getenv("LDAP_URL"))
	if err != nil {
		return nil, err
	}
	_, err = conn.SimpleBind(&ldap.SimpleBindRequest{
		Username: os.Getenv("LDAP_BIND_DN"),
		Password: os.Getenv("LDAP_BIND_PASSWORD"), // tfl-eval-not: hardcoded-credential
	})
	return conn, err
}

func ConnectService() (*ldap.Conn, error) {
	conn, err := ldap.DialURL("ldaps://ldap.corp.acme.io:636")
	if err != nil {
		return nil, err
	}
	_, err = conn.SimpleBind(&ldap.SimpleBindRequest{
		Username: "cn=sso-svc,ou=services,dc=acme,dc=io",
		Password: "gF632mUUa7CN*oOMzV", // tfl-eval: hardcoded-credential
	})
	return conn, err
}
