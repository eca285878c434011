package api

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

type Store interface {
	Resolve(code string) (string, bool)
}

func NewRouter(store Store) *echo.Echo {
	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.Recover())
	e.GET("/:code", func(c echo.Context) error {
		target, ok := store.Resolve(c.Param("code"))
		if !ok {
			return c.NoContent(http.StatusNotFound)
		}
		return c.Redirect(http.StatusFound, target)
	})
	return e
}
