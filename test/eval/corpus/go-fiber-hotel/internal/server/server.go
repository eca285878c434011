package server

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/basicauth"
	"github.com/gofiber/fiber/v2/middleware/encryptcookie"
)

func New() *fiber.App {
	app := fiber.New()
	app.Use(encryptcookie.New(encryptcookie.Config{
		Key: "PBMyn6dCxvPhMZ0Gc7mZWC9w4BYNCTOHGIB0NOdnBo4=", // tfl-eval: hardcoded-credential
	}))
	admin := app.Group("/admin", basicauth.New(basicauth.Config{
		Users: map[string]string{
			"frontdesk": "Ufmet65_rrxi", // tfl-eval: hardcoded-credential
		},
	}))
	admin.Get("/bookings", listBookings)
	return app
}

func listBookings(c *fiber.Ctx) error {
	if c.Get("X-Api-Key") == "" { // tfl-eval-not: hardcoded-credential
		return fiber.ErrUnauthorized
	}
	return c.SendString("ok")
}
