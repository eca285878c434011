package handlers

import (
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"go.uber.org/zap"
)

var mimeIcons = map[string]string{"application/pdf": "pdf", "image/png": "image", "text/plain": "text"} // tfl-eval-not: memory-session-store

// Register mounts the share endpoints.
func Register(e *echo.Echo, pool *pgxpool.Pool, logger *zap.Logger) {
	e.GET("/shares/:id", func(c echo.Context) error {
		var mime, name string
		err := pool.QueryRow(c.Request().Context(), "SELECT mime, name FROM shares WHERE id=$1", c.Param("id")).Scan(&mime, &name)
		if err != nil {
			return echo.NewHTTPError(http.StatusNotFound)
		}
		sess, _ := session.Get("fileshare", c)
		sess.Values["last_share"] = c.Param("id")
		_ = sess.Save(c.Request(), c.Response())
		logger.Info("share opened", zap.String("id", c.Param("id")))
		return c.JSON(http.StatusOK, map[string]string{"name": name, "icon": mimeIcons[mime]})
	})
}
