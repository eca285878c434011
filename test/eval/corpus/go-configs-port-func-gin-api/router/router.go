package router

import "github.com/gin-gonic/gin"

func New() *gin.Engine {
	r := gin.New()
	r.GET("/health", func(c *gin.Context) { c.String(200, "ok") })
	return r
}
