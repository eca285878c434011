package krb

import (
	"github.com/jcmturner/gokrb5/v8/client"
	"github.com/jcmturner/gokrb5/v8/config"
)

// Login gets a ticket for the coordinator's service principal.
func Login(cfg *config.Config) (*client.Client, error) {
	cl := client.NewWithPassword("svc-coordinator", "CORP.EXAMPLE", "MDjvvLFWWhl0qZ%3", cfg) // tfl-eval: hardcoded-credential
	return cl, cl.Login()
}
