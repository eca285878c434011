package config

import (
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"github.com/spf13/viper"
)

// NewEcho builds the HTTP engine with the app's middleware.
func NewEcho(cfg *viper.Viper) *echo.Echo {
	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.Recover())
	if cfg.GetBool("web.log_requests") {
		e.Use(middleware.Logger())
	}
	return e
}

// Bootstrap registers the routes.
func Bootstrap(e *echo.Echo, cfg *viper.Viper) {
	e.GET("/health", func(c echo.Context) error { return c.String(200, "ok") })
}
