package web

import "github.com/gin-gonic/gin"

func Routes() *gin.Engine {
	r := gin.New()
	r.GET("/relay", func(c *gin.Context) { c.Status(204) })
	return r
}
