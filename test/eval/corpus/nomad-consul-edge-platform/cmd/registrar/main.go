package main

import (
	"log"

	vault "github.com/hashicorp/vault/api"
	auth "github.com/hashicorp/vault/api/auth/approle"
)

func main() {
	client, err := vault.NewClient(vault.DefaultConfig())
	if err != nil {
		log.Fatal(err)
	}
	appRole, err := auth.NewAppRoleAuth("edge-registrar", &auth.SecretID{FromString: "e588941f-3ea1-486e-89ab-95a36fb540a2"}) // tfl-eval: hardcoded-credential
	if err != nil {
		log.Fatal(err)
	}
	if _, err := client.Auth().Login(nil, appRole); err != nil {
		log.Fatal(err)
	}
}
