package web

import "github.com/gofiber/fiber/v2"

type Settings struct {
	Name string
}

func Build(s Settings) *fiber.App {
	return fiber.New(fiber.Config{AppName: s.Name, DisableStartupMessage: true})
}
