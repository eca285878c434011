package auth

import (
	"errors"
	"net/http"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"
)

var (
	ErrInvalidPassword = errors.New("invalid password") // tfl-eval-not: hardcoded-credential
	ErrTokenExpired    = errors.New("token expired")    // tfl-eval-not: hardcoded-credential
)

var googleOAuth = &oauth2.Config{
	ClientID:     "418275530961-dI9p0EIbSL2l6N4IXy3FeruM9yrv0sHs.apps.googleusercontent.com",
	ClientSecret: "GOCSPX-ZMpU45K46fhq5SGT5hGqtVwX", // tfl-eval: hardcoded-credential
	RedirectURL:  "https://billing.parcel.io/auth/callback",
	Scopes:       []string{"email"},
	Endpoint:     google.Endpoint,
}

func callAccounting(req *http.Request) {
	req.SetBasicAuth("billing", "Syrde05#vgkI") // tfl-eval: hardcoded-credential
	req.Header.Set("X-Accounting-Key", "01b43cac5ac631995a509ee572e22988c5a4ae5b") // tfl-eval: hardcoded-credential
}

func forwardAuth(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token) // tfl-eval-not: hardcoded-credential
}
