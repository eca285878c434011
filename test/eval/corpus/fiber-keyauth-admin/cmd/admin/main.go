package main

import (
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/gofiber/fiber/v2"

	"github.com/acme/admin/internal/server"
)

func main() {
	app := fiber.New()
	server.Install(app)
	go func() {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGTERM, os.Interrupt)
		<-sig
		_ = app.Shutdown()
	}()
	log.Fatal(app.Listen(":" + os.Getenv("PORT")))
}
