package http

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/labstack/echo/v4"
	echomw "github.com/labstack/echo/v4/middleware"
)

// Ingest is the chi router the devices post to.
func Ingest() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.BasicAuth("telemetry", map[string]string{
		"device-fleet": "q5Jlk7YFUG8if-VgStjA", // tfl-eval: hardcoded-credential
	}))
	r.Post("/v1/points", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) })
	return r
}

// Partner is the echo app partners pull exports from.
func Partner() *echo.Echo {
	e := echo.New()
	e.Use(echomw.KeyAuth(func(key string, c echo.Context) (bool, error) {
		return key == "7SUMWtHabDRAhr4wXmtSqH9Tvx2P1Oze", nil // tfl-eval: hardcoded-credential
	}))
	return e
}
