package upstream

import (
	"context"
	"net/http"
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// VetAPI is the partner clinic system that confirms vaccination records.
var vetOAuth = clientcredentials.Config{
	ClientID:     "petstore-vaccination-sync",
	ClientSecret: "DtlLRc3FAx9RY72FkjOryPvG5kKwyO33", // tfl-eval: hardcoded-credential
	TokenURL:     "https://auth.vetpartner.example/oauth2/token",
	Scopes:       []string{"records.read"},
}

// Google sign-in for the shop's staff console.
func StaffLoginConfig() *oauth2.Config {
	return &oauth2.Config{
		ClientID:     os.Getenv("GOOGLE_CLIENT_ID"),
		ClientSecret: os.Getenv("GOOGLE_CLIENT_SECRET"), // tfl-eval-not: hardcoded-credential
		RedirectURL:  "https://petstore.example/auth/callback",
		Scopes:       []string{"email"},
	}
}

func NewVetClient(ctx context.Context) *http.Client {
	return vetOAuth.Client(ctx)
}

const tokenHeader = "X-Vet-Token" // tfl-eval-not: hardcoded-credential
