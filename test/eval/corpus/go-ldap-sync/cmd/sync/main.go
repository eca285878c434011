package main

import (
	"flag"
	"log"
	"net/http"
	"strings"

	"github.com/corp/ldap-sync/internal/directory"
)

var (
	ldapURL  = flag.String("ldap-url", "ldaps://dc1.corp.example:636", "LDAP server URL")
	apiToken = flag.String("scim-token", "hNeAdc3amnfh4ckzCAUVsSoFkU2bJD3aKjhadRn0", "bearer token of the SCIM endpoint") // tfl-eval: hardcoded-credential
	dryRun   = flag.Bool("dry-run", false, "print changes without applying them")
)

func main() {
	flag.Parse()
	dir, err := directory.Dial(*ldapURL)
	if err != nil {
		log.Fatal(err)
	}
	users, err := dir.Users()
	if err != nil {
		log.Fatal(err)
	}
	for _, u := range users {
		req, _ := http.NewRequest(http.MethodPost, "https://scim.example.com/Users", strings.NewReader(u.DN))
		req.Header.Set("Authorization", "Bearer "+*apiToken)
		req.Header.Set("X-Scim-Client", "ldap-sync")
		if !*dryRun {
			_, _ = http.DefaultClient.Do(req)
		}
	}
}
