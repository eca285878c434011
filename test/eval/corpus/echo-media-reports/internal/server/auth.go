package server

import (
	"crypto/subtle"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// Protect guards the editors' reports with basic auth and the feed with an API key.
func Protect(e *echo.Echo) {
	reports := e.Group("/reports")
	reports.Use(middleware.BasicAuth(func(username, password string, c echo.Context) (bool, error) {
		if subtle.ConstantTimeCompare([]byte(username), []byte("editor")) == 1 &&
			subtle.ConstantTimeCompare([]byte(password), []byte("Hq3Tw8Zn5Lr1Vx7K")) == 1 { // tfl-eval: hardcoded-credential
			return true, nil
		}
		return false, nil
	}))
	feed := e.Group("/feed")
	feed.Use(middleware.KeyAuth(func(key string, c echo.Context) (bool, error) {
		return subtle.ConstantTimeCompare([]byte(key), []byte(os.Getenv("FEED_API_KEY"))) == 1, nil // tfl-eval-not: hardcoded-credential
	}))
}
