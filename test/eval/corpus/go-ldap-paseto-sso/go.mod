module github.com/acme/sso

go 1.22

require (
	github.com/essentialkaos/branca v1.3.2
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/o1egl/paseto v1.0.0
)
