package main

import (
	"fmt"
	"os"

	"example.org/shortlinks/api"
	"example.org/shortlinks/store"
)

func main() {
	links := store.NewMemory()
	e := api.NewRouter(links)
	// Dirección de escucha desde el entorno.
	e.Logger.Fatal(e.Start(fmt.Sprintf(":%s", os.Getenv("PORT")))) // tfl-eval: no-graceful-shutdown
}
