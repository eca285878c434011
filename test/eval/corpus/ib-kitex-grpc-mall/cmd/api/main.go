package main

import (
	"os"

	"github.com/cloudwego/hertz/pkg/app/server"
)

func main() {
	addr := os.Getenv("API_ADDR")
	if addr == "" {
		addr = ":" + os.Getenv("PORT")
	}
	h := server.Default(server.WithHostPorts(addr)) // tfl-eval-not: hardcoded-port
	register(h)
	h.Spin()
}
