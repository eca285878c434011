package settings

import (
	"os"

	"gopkg.in/ini.v1"
)

// defaults are loaded first so that a bare checkout runs against the lab directory.
const defaults = `
[server]
listen = :8081
title  = Campus phone book

[ldap]
url           = ldaps://ldap-lab.campus.example:636
base_dn       = ou=people,dc=campus,dc=example
bind_dn       = cn=phonebook,ou=services,dc=campus,dc=example
bind_password = y6n7cY2pv2tFtTua
`

type Settings struct {
	Listen       string
	Title        string
	LDAPURL      string
	BaseDN       string
	BindDN       string
	BindPassword string
	PhotoToken   string
}

func Load(path string) (*Settings, error) {
	cfg, err := ini.LooseLoad([]byte(defaults), path)
	if err != nil {
		return nil, err
	}
	ldapSec := cfg.Section("ldap")
	s := &Settings{
		Listen:       cfg.Section("server").Key("listen").MustString(":8081"),
		Title:        cfg.Section("server").Key("title").String(),
		LDAPURL:      ldapSec.Key("url").String(),
		BaseDN:       ldapSec.Key("base_dn").String(),
		BindDN:       ldapSec.Key("bind_dn").String(),
		BindPassword: ldapSec.Key("bind_password").String(), // tfl-eval-not: hardcoded-credential
		PhotoToken:   cfg.Section("photos").Key("api_token").MustString("CQtFRrY5lD4tPlLECeFhRU5yi4My"), // tfl-eval: hardcoded-credential
	}
	if pw := os.Getenv("PHONEBOOK_BIND_PASSWORD"); pw != "" { // tfl-eval-not: hardcoded-credential
		s.BindPassword = pw
	}
	return s, nil
}
