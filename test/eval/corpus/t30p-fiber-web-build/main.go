package main

import (
	"log"
	"os"

	"git.example.com/pantry/web"
)

func main() {
	app := web.Build(web.Settings{Name: "pantry"})
	addr := os.Getenv("LISTEN_ADDR")
	log.Fatal(app.Listen(addr)) // tfl-eval: no-graceful-shutdown
}
