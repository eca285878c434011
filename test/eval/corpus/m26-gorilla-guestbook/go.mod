module github.com/guestbook/guestbook

go 1.22

require (
	github.com/golang-jwt/jwt/v5 v5.2.0
	github.com/gorilla/securecookie v1.1.2
	github.com/gorilla/sessions v1.2.2
	github.com/spf13/viper v1.18.2
)
