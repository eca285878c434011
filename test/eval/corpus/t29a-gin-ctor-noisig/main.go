package main

import (
	"os"

	"example.com/ledger/server"
)

func main() {
	engine := server.NewGin()
	addr := ":" + os.Getenv("PORT")
	if err := engine.Run(addr); err != nil { // tfl-eval: no-graceful-shutdown
		panic(err)
	}
}
