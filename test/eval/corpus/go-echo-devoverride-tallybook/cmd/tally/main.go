package main

import (
	"log"
	"net"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/tallybook/tally/internal/ledger"
	"github.com/tallybook/tally/internal/platform"
)

func main() {
	env := platform.Load()
	if _, err := ledger.Open(env); err != nil {
		log.Fatal(err)
	}
	e := echo.New()
	if env.Name == "development" {
		e.Debug = true // tfl-eval-not: dev-prod-divergence
	}
	e.Use(middleware.Recover())
	e.GET("/healthz", func(c echo.Context) error { return c.String(200, "ok") })
	log.Fatal(e.Start(net.JoinHostPort("", os.Getenv("PORT")))) // tfl-eval: no-graceful-shutdown
}
