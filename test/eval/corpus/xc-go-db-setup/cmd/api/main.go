package main

import (
	"log"
	"net/http"
	"os"

	"github.com/example/ledger/internal/cache"
	"github.com/example/ledger/internal/database"
	"github.com/example/ledger/internal/models"
	"github.com/gin-gonic/gin"
)

func main() {
	if err := database.Connect(); err != nil {
		log.Fatal(err)
	}
	if err := database.Init(); err != nil { // tfl-eval: startup-migration
		log.Fatal(err)
	}
	if err := cache.Init(); err != nil { // tfl-eval-not: startup-migration
		log.Fatal(err)
	}
	r := gin.Default()
	r.GET("/entries", func(c *gin.Context) {
		var entries []models.Entry
		database.DB.Order("created_at desc").Limit(50).Find(&entries)
		c.JSON(http.StatusOK, entries)
	})
	log.Fatal(r.Run(":" + os.Getenv("PORT"))) // tfl-eval: no-graceful-shutdown
}
