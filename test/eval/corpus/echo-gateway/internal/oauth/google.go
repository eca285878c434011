package oauth

import (
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"
)

var GoogleConfig = &oauth2.Config{
	ClientID:     "482913776120-k3q9v2nd8s0fj4h7a1l6m5p0r9t2u8w3.apps.googleusercontent.com",
	ClientSecret: "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", // tfl-eval: hardcoded-credential
	RedirectURL:  os.Getenv("OAUTH_REDIRECT_URL"),
	Scopes:       []string{"openid", "email"},
	Endpoint:     google.Endpoint,
}

var GitHubConfig = &oauth2.Config{
	ClientID:     os.Getenv("GITHUB_CLIENT_ID"),
	ClientSecret: os.Getenv("GITHUB_CLIENT_SECRET"), // tfl-eval-not: hardcoded-credential
	Scopes:       []string{"read:user"},
}
