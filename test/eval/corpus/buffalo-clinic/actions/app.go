package actions

import (
	"github.com/gobuffalo/buffalo"
	"github.com/gobuffalo/envy"
	"github.com/gobuffalo/mw-csrf"
	"github.com/gorilla/sessions"
	"github.com/markbates/goth"
	"github.com/markbates/goth/providers/google"
)

var ENV = envy.Get("GO_ENV", "development")

var app *buffalo.App

func App() *buffalo.App {
	if app != nil {
		return app
	}
	app = buffalo.New(buffalo.Options{
		Env:          ENV,
		SessionName:  "_clinic_session",
		SessionStore: sessions.NewCookieStore([]byte("a8e2fbc0674e587c58491d08ce9bbd052e51c553f3539b8f489f0c545dc148cb")), // tfl-eval: hardcoded-credential
	})
	app.Use(csrf.New)

	goth.UseProviders(
		google.New("318204756193-k4q9v2m7x1c8n5b3z6t0r1wpl2ys7hd3.apps.googleusercontent.com", "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", "https://clinic.example.org/auth/google/callback"), // tfl-eval: hardcoded-credential
	)

	app.GET("/", HomeHandler)
	app.Resource("/patients", PatientsResource{})
	return app
}

var smtpPassword = envy.Get("SMTP_PASSWORD", "") // tfl-eval-not: hardcoded-credential
