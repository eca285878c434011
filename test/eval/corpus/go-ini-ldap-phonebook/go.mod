module git.campus.example/it/phonebook

go 1.21

require (
	github.com/go-ldap/ldap/v3 v3.4.6
	gopkg.in/ini.v1 v1.67.0
)
