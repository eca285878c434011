package main

import (
	"log"
	"os"

	"github.com/gofiber/fiber/v2"
)

func main() {
	app := fiber.New()
	app.Get("/healthz", func(c *fiber.Ctx) error { return c.SendStatus(fiber.StatusNoContent) })
	log.Fatal(app.Listen(":" + os.Getenv("PORT"))) // tfl-eval: no-graceful-shutdown
}
