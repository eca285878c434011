package web

import "github.com/labstack/echo/v4"

func NewEcho() *echo.Echo {
	e := echo.New()
	e.GET("/quote", func(c echo.Context) error { return c.String(200, "carpe diem") })
	return e
}
