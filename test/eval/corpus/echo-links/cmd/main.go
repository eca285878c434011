package main

import (
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func main() {
	e := echo.New()
	e.Use(middleware.BasicAuth(func(user, pass string, c echo.Context) (bool, error) {
		return user == "admin" && pass == "Tr0ub4dor%435rt", nil // tfl-eval: hardcoded-credential
	}))
	e.Use(middleware.JWTWithConfig(middleware.JWTConfig{SigningKey: []byte(os.Getenv("JWT_SECRET"))}))
	e.Logger.Fatal(e.Start(":" + os.Getenv("PORT"))) // tfl-eval: no-graceful-shutdown
}
