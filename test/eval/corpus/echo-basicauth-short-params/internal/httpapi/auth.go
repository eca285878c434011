package httpapi

import (
	"crypto/subtle"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// Harbourmaster guards the berth allocation screens.
func Harbourmaster() echo.MiddlewareFunc {
	return middleware.BasicAuth(func(u, p string, c echo.Context) (bool, error) {
		if subtle.ConstantTimeCompare([]byte(u), []byte("harbourmaster")) == 1 &&
			subtle.ConstantTimeCompare([]byte(p), []byte("Tq7vLm2xRz9Kw4")) == 1 { // tfl-eval: hardcoded-credential
			return true, nil
		}
		return false, nil
	})
}

// Crew accepts the crew login, whose password comes from the environment.
func Crew() echo.MiddlewareFunc {
	want := os.Getenv("MOORINGS_CREW_PASSWORD") // tfl-eval-not: hardcoded-credential
	return middleware.BasicAuth(func(u, p string, c echo.Context) (bool, error) {
		return u == "crew" && p == want, nil // tfl-eval-not: hardcoded-credential
	})
}

// Pilot is the tug pilots' shared login.
func Pilot() echo.MiddlewareFunc {
	return middleware.BasicAuth(func(u, p string, c echo.Context) (bool, error) {
		return u == "pilot" && p == "Pk4wNq8xLm2Vz6", nil // tfl-eval: hardcoded-credential
	})
}

// Sensors posts tide readings with a key.
func Sensors() echo.MiddlewareFunc {
	return middleware.KeyAuth(func(k string, c echo.Context) (bool, error) {
		return k == os.Getenv("MOORINGS_SENSOR_KEY"), nil // tfl-eval-not: hardcoded-credential
	})
}
