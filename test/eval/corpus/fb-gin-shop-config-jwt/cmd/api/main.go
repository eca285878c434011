package main

import (
	"os"

	"github.com/gin-gonic/gin"

	"github.com/acme/shopapi/internal/handler"
	"github.com/acme/shopapi/internal/middleware"
)

func main() {
	r := gin.Default()
	r.POST("/login", handler.Login)
	r.GET("/orders", middleware.JWT(), func(c *gin.Context) { c.JSON(200, []string{}) })
	r.Run(":" + os.Getenv("PORT")) // tfl-eval: no-graceful-shutdown
}
