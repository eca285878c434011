package main

import (
	"encoding/json"
	"log"
	"os"
	"runtime"

	"github.com/example/gowebapp/app/route"
	"github.com/example/gowebapp/app/shared/server"
)

func init() {
	log.SetFlags(log.Lshortfile)
	runtime.GOMAXPROCS(runtime.NumCPU())
}

func main() {
	var config struct {
		Server server.Server `json:"Server"`
	}
	raw, err := os.ReadFile(os.Getenv("GOWEBAPP_CONFIG"))
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(raw, &config); err != nil {
		log.Fatal(err)
	}
	server.Run(route.Load(), route.Load(), config.Server)
}
