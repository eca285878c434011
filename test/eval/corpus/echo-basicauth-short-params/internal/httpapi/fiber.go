package httpapi

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/basicauth"
)

// Legacy serves the old fiber dashboard until it is retired.
func Legacy(app *fiber.App) {
	app.Use(basicauth.New(basicauth.Config{
		Authorizer: func(u, p string) bool {
			return u == "legacy" && p == "Lg6vNq2xKm8Rz3" // tfl-eval: hardcoded-credential
		},
		Unauthorized: func(c *fiber.Ctx) error {
			return c.Status(fiber.StatusUnauthorized).SendString("Invalid password")
		},
	}))
}
