package main

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"
)

// Desktop apps are public OAuth clients; Google still issues them a "secret" that is not secret.
var driveOAuth = &oauth2.Config{
	ClientID:     "724591486275-ukvntp7dxt2ddgir16rcumdhxsf6074m.apps.googleusercontent.com",
	ClientSecret: "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", // tfl-eval: hardcoded-credential
	Endpoint:     google.Endpoint,
	RedirectURL:  "http://127.0.0.1:53682/callback",
	Scopes:       []string{"https://www.googleapis.com/auth/drive.file"},
}

type App struct {
	ctx context.Context
}

func NewApp() *App { return &App{} }

func (a *App) startup(ctx context.Context) { a.ctx = ctx }

// AuthURL is what the frontend opens in the browser.
func (a *App) AuthURL(state string) string {
	return driveOAuth.AuthCodeURL(state, oauth2.AccessTypeOffline)
}