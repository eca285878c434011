package http

import (
	"crypto/subtle"

	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func Routes(e *echo.Echo, h *Handlers) {
	api := e.Group("/api")
	api.Use(echojwt.WithConfig(echojwt.Config{
		SigningKey:  []byte("dR0SWPdI8WAmaXl9iidvpzLJhFiHlBAqZRFw31eE"), // tfl-eval: hardcoded-credential
		TokenLookup: "header:Authorization:Bearer ,cookie:hr_session", // tfl-eval-not: hardcoded-credential
	}))
	api.GET("/employees", h.Employees)

	admin := e.Group("/admin")
	admin.Use(middleware.BasicAuth(func(username, password string, c echo.Context) (bool, error) {
		if subtle.ConstantTimeCompare([]byte(username), []byte("hr-admin")) == 1 &&
			subtle.ConstantTimeCompare([]byte(password), []byte("1Fcnkm1TAZHBCvYU8P")) == 1 { // tfl-eval: hardcoded-credential
			return true, nil
		}
		return false, nil
	}))

	hooks := e.Group("/hooks")
	hooks.Use(middleware.KeyAuthWithConfig(middleware.KeyAuthConfig{
		KeyLookup: "header:X-Payroll-Signature",
		Validator: func(key string, c echo.Context) (bool, error) {
			return key == "415d28b0df7d33e9280e851dc9f44f980a9b3ab0", nil // tfl-eval: hardcoded-credential
		},
	}))
}
