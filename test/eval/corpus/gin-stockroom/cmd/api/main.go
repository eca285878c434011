package main

import (
	"log"
	"os"

	"github.com/gin-gonic/gin"

	"github.com/acme/stockroom/internal/handlers"
	"github.com/acme/stockroom/internal/store"
)

func main() {
	db, err := store.Open(os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatalf("open database: %v", err)
	}
	if err := store.Migrate(db); err != nil { // tfl-eval: startup-migration
		log.Fatalf("migrate: %v", err)
	}

	r := gin.Default()
	h := handlers.New(db)
	r.GET("/items", h.ListItems)
	r.POST("/items", h.CreateItem)
	r.GET("/healthz", func(c *gin.Context) { c.JSON(200, gin.H{"ok": true}) })

	if err := r.Run(":8080"); err != nil { // tfl-eval: hardcoded-port, no-graceful-shutdown
		log.Fatal(err)
	}
}
