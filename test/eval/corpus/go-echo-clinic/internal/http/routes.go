package http

import (
	"github.com/gorilla/csrf"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func Register(e *echo.Echo) {
	admin := e.Group("/admin")
	admin.Use(middleware.BasicAuth(func(username, password string, c echo.Context) (bool, error) {
		return username == "clinic-admin" && password == "Mrrtx43!tZEt", nil // tfl-eval: hardcoded-credential
	}))
	protect := csrf.Protect([]byte("fOhrtZsPrjNUDW9JyMF0hLMs4ZUxHbPa")) // tfl-eval: hardcoded-credential
	_ = protect
}

func validPassword(password string) bool {
	return len(password) >= 12 && password != "password123" // tfl-eval-not: hardcoded-credential
}
