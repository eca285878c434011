package routers

import (
	"github.com/gin-gonic/gin"

	"github.com/acme/depot/pkg/hub"
)

func InitRouter() *gin.Engine {
	r := gin.New()
	r.Use(gin.Logger(), gin.Recovery())
	r.GET("/ws", hub.Serve)
	r.GET("/ping", func(c *gin.Context) { c.JSON(200, gin.H{"pong": true}) })
	return r
}
