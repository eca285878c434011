package auth

import (
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/github"
)

// Admins sign in to the catalogue back-office with GitHub.
var GitHubConfig = &oauth2.Config{
	ClientID:     "Iv1.a3663dd795b2fe49",
	ClientSecret: "2bd6a1ac9660021221a38727c193f2f27a2b1cdc", // tfl-eval: hardcoded-credential
	Endpoint:     github.Endpoint,
	RedirectURL:  "https://catalog.acme.example/auth/callback",
	Scopes:       []string{"read:org"},
}

// PartnerConfig is read from the environment.
var PartnerConfig = &oauth2.Config{
	ClientID:     os.Getenv("PARTNER_CLIENT_ID"),
	ClientSecret: os.Getenv("PARTNER_CLIENT_SECRET"), // tfl-eval-not: hardcoded-credential
	Endpoint:     oauth2.Endpoint{TokenURL: "https://partner.example/oauth/token"},
}

const (
	// StateCookie names the cookie that carries the OAuth state.
	StateCookie = "oauth_state" // tfl-eval-not: hardcoded-credential
	TokenParam  = "access_token" // tfl-eval-not: hardcoded-credential
)
