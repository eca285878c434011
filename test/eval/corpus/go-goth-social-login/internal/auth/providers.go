package auth

import (
	"os"

	"github.com/gorilla/sessions"
	"github.com/markbates/goth"
	"github.com/markbates/goth/gothic"
	"github.com/markbates/goth/providers/github"
	"github.com/markbates/goth/providers/gitlab"
	"github.com/markbates/goth/providers/google"
)

const callbackBase = "https://community.acme.example/auth"

// Setup registers the sign-in providers.
func Setup() {
	gothic.Store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_SECRET"))) // tfl-eval-not: hardcoded-credential
	goth.UseProviders(
		github.New("Iv1.3e93cce80ab36997", "8815891bdf313a80409b5f3f508ef82e45eb6672", callbackBase+"/github/callback", "read:user"), // tfl-eval: hardcoded-credential
		google.New("281351021296-29x6zlzbkzrgp5qqi5nsbqx2pc58a7va.apps.googleusercontent.com", "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", callbackBase+"/google/callback"), // tfl-eval: hardcoded-credential
		gitlab.New(os.Getenv("GITLAB_KEY"), os.Getenv("GITLAB_SECRET"), callbackBase+"/gitlab/callback"), // tfl-eval-not: hardcoded-credential
	)
}
