package main

import (
	"os"

	"github.com/gin-gonic/gin"

	"github.com/example/linkshort/database"
)

func main() {
	database.Connect()
	r := gin.Default()
	r.GET("/healthz", func(c *gin.Context) { c.String(200, "ok") })
	_ = r.Run(":" + os.Getenv("PORT")) // tfl-eval: no-graceful-shutdown
}
