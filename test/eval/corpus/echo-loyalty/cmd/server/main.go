package main

import (
	"context"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func main() {
	pool, err := pgxpool.New(context.Background(), "postgres://loyalty@pg-loyalty.prod.acme.io:5432/loyalty?sslmode=require") // tfl-eval: hardcoded-backing-service
	if err != nil {
		panic(err)
	}
	defer pool.Close()

	e := echo.New()
	e.Use(middleware.Logger())
	e.Use(middleware.Recover())
	e.GET("/points/:member", func(c echo.Context) error {
		var points int
		if err := pool.QueryRow(c.Request().Context(), "SELECT points FROM members WHERE id=$1", c.Param("member")).Scan(&points); err != nil {
			return c.NoContent(http.StatusNotFound)
		}
		return c.JSON(http.StatusOK, map[string]int{"points": points})
	})
	e.Logger.Fatal(e.Start(":1323")) // tfl-eval: hardcoded-port, no-graceful-shutdown
	_ = os.Stdout
}
