package main

import (
	"context"
	"log"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"github.com/stripe/stripe-go/v76"

	"github.com/acmebank/ledger/internal/db"
	"github.com/acmebank/ledger/internal/events"
)

func init() {
	// Defaults for local runs; deployments override them.
	if os.Getenv("LEDGER_HMAC_SECRET") == "" {
		os.Setenv("LEDGER_HMAC_SECRET", "1389429e8d8ebe02e622c2a18075c39fc57f063c") // tfl-eval: hardcoded-credential
	}
	os.Setenv("TZ", "UTC")
}

func main() {
	stripe.Key = os.Getenv("STRIPE_SECRET_KEY") // tfl-eval-not: hardcoded-credential
	ctx := context.Background()
	store, err := db.Open(ctx)
	if err != nil {
		log.Fatal(err)
	}
	bus := events.Connect()
	e := echo.New()
	e.Use(middleware.Logger())
	e.Use(middleware.BasicAuth(func(user, pass string, c echo.Context) (bool, error) {
		return user == "auditor" && pass == "Orchid#2139meadow", nil // tfl-eval: hardcoded-credential
	}))
	e.GET("/balances/:account", store.Balance)
	e.POST("/transfers", func(c echo.Context) error { return bus.Publish(c) })
	e.Logger.Fatal(e.Start(":" + os.Getenv("PORT"))) // tfl-eval: no-graceful-shutdown
}
