package main

import (
	"log"
	"os"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/logger"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/rs/zerolog"
)

func main() {
	file, err := os.OpenFile("./todo.log", os.O_RDWR|os.O_CREATE|os.O_APPEND, 0666)
	if err != nil {
		log.Fatalf("error opening file: %v", err)
	}
	defer file.Close()

	appLog := zerolog.New(file).With().Timestamp().Logger() // tfl-eval: file-logger
	app := fiber.New()
	app.Use(logger.New(logger.Config{Output: file})) // tfl-eval: file-logger
	store := session.New() // tfl-eval: memory-session-store

	app.Get("/todos", func(c *fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		appLog.Info().Msg("list todos")
		return c.JSON(sess.Get("todos"))
	})
	log.Fatal(app.Listen(":" + os.Getenv("PORT"))) // tfl-eval: no-graceful-shutdown
}
