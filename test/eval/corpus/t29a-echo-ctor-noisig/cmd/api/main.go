package main

import (
	"fmt"

	"example.com/chirp/internal/config"
)

func main() {
	cfg := config.NewViper()
	app := config.NewEcho(cfg)
	config.Bootstrap(app, cfg)

	port := cfg.GetInt("web.port")
	app.Logger.Fatal(app.Start(fmt.Sprintf(":%d", port))) // tfl-eval: no-graceful-shutdown
}
