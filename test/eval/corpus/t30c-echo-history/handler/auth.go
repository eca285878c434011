package handler

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

const refreshCookieKey = "hx-refresh-key" // tfl-eval-not: hardcoded-credential
const csrfHeaderKey = "x-hx-csrf-token" // tfl-eval-not: hardcoded-credential

func Logout(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: refreshCookieKey, MaxAge: -1})
	return c.NoContent(http.StatusNoContent)
}

func Refresh(c echo.Context) error {
	cookie, err := c.Cookie(refreshCookieKey)
	if err != nil {
		return echo.ErrUnauthorized
	}
	if c.Request().Header.Get(csrfHeaderKey) == "" {
		return echo.ErrForbidden
	}
	return c.String(http.StatusOK, cookie.Value)
}
