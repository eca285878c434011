package server

import (
	"time"

	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/basicauth"
	"github.com/gofiber/fiber/v2/middleware/limiter"
)

const (
	tokenCookieName = "shortener_token" // tfl-eval-not: hardcoded-credential
	maxLinksPerUser = 500
)

var signingSecret = []byte("R8TzOGCkb7SekfgEY54K") // tfl-eval: hardcoded-credential

func New() *fiber.App {
	app := fiber.New()
	app.Use(limiter.New(limiter.Config{Max: 60, Expiration: time.Minute}))
	app.Use("/admin", basicauth.New(basicauth.Config{
		Users: map[string]string{
			"admin": "U1jj5er-VjHG", // tfl-eval: hardcoded-credential
		},
	}))
	app.Use("/api", jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{Key: signingSecret},
	}))
	app.Use("/internal", jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{Key: []byte("iBUqdbN4BN3FqUX4w0au")}, // tfl-eval: hardcoded-credential
	}))
	return app
}

func TokenCookie(c *fiber.Ctx) string {
	return c.Cookies(tokenCookieName)
}
