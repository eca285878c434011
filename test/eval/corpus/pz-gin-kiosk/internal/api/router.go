package api

import (
	"github.com/gin-gonic/gin"

	"example.org/kiosk/internal/conf"
)

func NewRouter(c *conf.Config) *gin.Engine {
	r := gin.Default()
	r.GET("/status", func(ctx *gin.Context) { ctx.JSON(200, gin.H{"name": c.Name}) })
	return r
}
