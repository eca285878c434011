package handlers

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/basicauth"
	"github.com/gofiber/fiber/v2/middleware/encryptcookie"
	"golang.org/x/crypto/bcrypt"
)

type LoginRequest struct {
	Email    string `json:"email" validate:"required,email"`
	Password string `json:"password" validate:"required,min=10"` // tfl-eval-not: hardcoded-credential
}

func Register(app *fiber.App) {
	app.Use(encryptcookie.New(encryptcookie.Config{
		Key: "oCqzF+DxXND7B90UpYsvb60Gbb3Rv9zabRWs9vqUnB4=", // tfl-eval: hardcoded-credential
	}))
	metrics := app.Group("/metrics", basicauth.New(basicauth.Config{
		Users: map[string]string{
			"prometheus": "Thistle$4513basalt", // tfl-eval: hardcoded-credential
		},
	}))
	metrics.Get("/", func(c *fiber.Ctx) error { return c.SendString("ok") })
	app.Post("/login", login)
}

func login(c *fiber.Ctx) error {
	var req LoginRequest
	if err := c.BodyParser(&req); err != nil {
		return fiber.ErrBadRequest
	}
	hash := lookupHash(req.Email)
	if bcrypt.CompareHashAndPassword([]byte(hash), []byte(req.Password)) != nil {
		return c.Status(401).JSON(fiber.Map{"message": "wrong email or password"}) // tfl-eval-not: hardcoded-credential
	}
	return c.JSON(fiber.Map{"ok": true})
}

func lookupHash(email string) string { return "" }
