package cluster

import (
	consul "github.com/hashicorp/consul/api"
	vault "github.com/hashicorp/vault/api"
)

func Vault() (*vault.Client, error) {
	c, err := vault.NewClient(&vault.Config{Address: "https://vault.ledger.example:8200"})
	if err != nil {
		return nil, err
	}
	c.SetToken("hvs.pv7tO7tGLIrgBEGgkqOLo0tH") // tfl-eval: hardcoded-credential
	return c, nil
}

func Consul() (*consul.Client, error) {
	return consul.NewClient(&consul.Config{
		Address: "consul.ledger.example:8500",
		Token:   "a719aad4-663f-43a4-b3ce-84b964fafe72", // tfl-eval: hardcoded-credential
	})
}
