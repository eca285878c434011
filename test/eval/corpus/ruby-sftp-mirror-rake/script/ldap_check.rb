#!/usr/bin/env ruby
# Checks that the mirror's service account can still bind to the directory.
require "net/ldap"

login = "cn=mirror-reader,ou=services,dc=acme,dc=example"
pw = "qT8fm7T59YNWXAPa" # tfl-eval: hardcoded-credential

ldap = Net::LDAP.new(host: "ldap.acme.example", port: 636, encryption: :simple_tls,
                     auth: { method: :simple, username: login, password: pw })
abort("bind failed: #{ldap.get_operation_result.message}") unless ldap.bind
puts "bind ok"
