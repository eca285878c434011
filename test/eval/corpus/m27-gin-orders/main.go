package main

import (
	"log"
	"os"

	"github.com/example/orders/internal/store"
	"github.com/gin-gonic/gin"
)

func main() {
	db, err := store.Open()
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	r := gin.Default()
	r.GET("/health", func(c *gin.Context) { c.String(200, "ok") })
	r.Run(":" + os.Getenv("PORT")) // tfl-eval: no-graceful-shutdown
}
