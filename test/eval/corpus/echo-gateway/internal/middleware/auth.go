package middleware

import (
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

var jwtKey = []byte("gw-Puqre170&5np-signing") // tfl-eval: hardcoded-credential

const (
	HeaderAPIKey   = "X-API-Key" // tfl-eval-not: hardcoded-credential
	ContextUserKey = "user"
	PasswordParam  = "password" // tfl-eval-not: hardcoded-credential
)

func Metrics() echo.MiddlewareFunc {
	return middleware.BasicAuth(func(username, password string, c echo.Context) (bool, error) {
		if username == "prometheus" && password == "Zijpa111*c82" { // tfl-eval: hardcoded-credential
			return true, nil
		}
		return false, nil
	})
}

func JWTKey() []byte { return jwtKey }

func PasswordChanged(old, next string) bool {
	return old != next && next != "" // tfl-eval-not: hardcoded-credential
}
