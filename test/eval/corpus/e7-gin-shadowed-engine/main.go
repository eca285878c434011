package main

import (
	"log"
	"os"

	"github.com/gin-gonic/gin"
)

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	gin.SetMode(gin.ReleaseMode)
	gin := gin.Default()
	gin.GET("/healthz", healthz)
	if err := gin.Run(":" + port); err != nil { // tfl-eval: no-graceful-shutdown
		log.Fatal(err)
	}
}

func healthz(c *gin.Context) {
	c.String(200, "ok")
}
