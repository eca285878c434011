require "net/ldap"

module Bridge
  class Directory
    BASE = "dc=corp,dc=example"

    def initialize
      @ldap = Net::LDAP.new(
        host: "ldap.corp.example",
        port: 636,
        encryption: { method: :simple_tls },
        auth: { method: :simple, username: "cn=bridge,ou=svc,#{BASE}", password: "xARlY3VFs1xl5pNy" } # tfl-eval: hardcoded-credential
      )
    end

    def readonly
      ldap = Net::LDAP.new(host: "ldap-ro.corp.example", port: 389)
      ldap.auth "cn=reader,ou=svc,#{BASE}", "hVCUiNgmzV82a1US" # tfl-eval: hardcoded-credential
      ldap
    end

    def people
      @ldap.search(base: "ou=People,#{BASE}", filter: Net::LDAP::Filter.eq("objectClass", "person"))
    end
  end
end
