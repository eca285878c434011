package sso

import (
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/github"
)

var githubOAuth = &oauth2.Config{
	ClientID:     "Iv1.8a61f9b3a7aba766",
	ClientSecret: "7ffec60fdf833467ee1efa4fd2a62b208c39a814", // tfl-eval: hardcoded-credential
	Endpoint:     github.Endpoint,
	RedirectURL:  "https://gateway.example.com/sso/callback",
	Scopes:       []string{"read:user", "user:email"},
}

var gitlabOAuth = &oauth2.Config{
	ClientID:     os.Getenv("GITLAB_CLIENT_ID"),
	ClientSecret: os.Getenv("GITLAB_CLIENT_SECRET"), // tfl-eval-not: hardcoded-credential
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://gitlab.example.com/oauth/authorize",
		TokenURL: "https://gitlab.example.com/oauth/token", // tfl-eval-not: hardcoded-credential
	},
}
