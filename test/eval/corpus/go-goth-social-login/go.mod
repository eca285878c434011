module github.com/acme/social-login

go 1.22

require (
	github.com/google/go-github/v62 v62.0.0
	github.com/gorilla/sessions v1.3.0
	github.com/markbates/goth v1.80.0
	github.com/mailgun/mailgun-go/v4 v4.12.0
	github.com/mrz1836/postmark v1.6.5
)
