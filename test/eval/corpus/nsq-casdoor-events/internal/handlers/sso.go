package handlers

import (
	_ "embed"

	casdoorsdk "github.com/casdoor/casdoor-go-sdk/casdoorsdk"
)

//go:embed token_jwt_key.pem
var casdoorCert string

func init() {
	casdoorsdk.InitConfig(
		"https://sso.acme.example",
		"9a189feb482600fb077b",
		"242f44c5e47d821c853a68da8077a9563c30094c", // tfl-eval: hardcoded-credential
		casdoorCert,
		"acme",
		"events-console",
	)
}