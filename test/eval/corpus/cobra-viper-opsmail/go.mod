module github.com/acme/opsmail

go 1.22

require (
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/spf13/cobra v1.8.1
	github.com/spf13/viper v1.19.0
	golang.org/x/crypto v0.27.0
)
