package server

import (
	"crypto/sha256"
	"crypto/subtle"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/basicauth"
	"github.com/gofiber/fiber/v2/middleware/encryptcookie"
	"github.com/gofiber/fiber/v2/middleware/keyauth"
	jwtware "github.com/gofiber/contrib/jwt"
)

const metricsKey = "yLUGouekyhehNjrXbExb91gQw4zymyw2" // tfl-eval: hardcoded-credential

func Install(app *fiber.App) {
	app.Use(encryptcookie.New(encryptcookie.Config{
		Key: "CGJSYW1lb72ntg1Y5AmfrvrQyk5cxGECYt3b7DI2eqX=", // tfl-eval: hardcoded-credential
	}))
	app.Use("/admin", basicauth.New(basicauth.Config{
		Users: map[string]string{
			"ops":     "qMhcmZsXZfVc23JpUm", // tfl-eval: hardcoded-credential
			"auditor": "eMlGGTSeKZ!132-GtD", // tfl-eval: hardcoded-credential
		},
		Realm: "Admin",
	}))
	app.Use("/metrics", keyauth.New(keyauth.Config{
		KeyLookup: "header:X-Metrics-Key", // tfl-eval-not: hardcoded-credential
		Validator: func(c *fiber.Ctx, key string) (bool, error) {
			hashedAPIKey := sha256.Sum256([]byte(metricsKey))
			hashedKey := sha256.Sum256([]byte(key))
			return subtle.ConstantTimeCompare(hashedAPIKey[:], hashedKey[:]) == 1, nil
		},
	}))
	app.Use("/api", jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{Key: []byte("DxGjqHJFVXX8za6DErnecKnRl63ytlnpYnlpIArM")}, // tfl-eval: hardcoded-credential
	}))
}
