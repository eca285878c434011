package main

import (
	"os"

	"gofr.dev/pkg/gofr"
	"gofr.dev/pkg/gofr/service"

	"github.com/acme/loyalty-api/handler"
)

func main() {
	app := gofr.New()

	// The partner catalogue authenticates us with a static API key.
	app.AddHTTPService("catalogue", "https://catalogue.partner.example/v2",
		&service.APIKeyConfig{APIKey: "kNyTYsHdmEKb0eg8YKyBI2KWRkItB6Z5DUSxwpTA"}, // tfl-eval: hardcoded-credential
		&service.CircuitBreakerConfig{Threshold: 4},
	)

	// Points ledger sits behind basic auth.
	app.AddHTTPService("ledger", "https://ledger.internal",
		&service.BasicAuthConfig{UserName: "loyalty-svc", Password: "ZE*XIWFZDdzVx0Y5HZ"}, // tfl-eval: hardcoded-credential
	)

	// Rewards reads its key from the environment: the shape we want.
	app.AddHTTPService("rewards", os.Getenv("REWARDS_URL"),
		&service.APIKeyConfig{APIKey: os.Getenv("REWARDS_API_KEY")}, // tfl-eval-not: hardcoded-credential
	)

	h := handler.New()
	app.GET("/members/{id}", h.Member)
	app.POST("/members/{id}/points", h.AddPoints)

	app.Run()
}
