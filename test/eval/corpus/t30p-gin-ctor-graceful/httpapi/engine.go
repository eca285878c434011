package httpapi

import "github.com/gin-gonic/gin"

func Engine() *gin.Engine {
	r := gin.New()
	r.GET("/quota", func(c *gin.Context) { c.JSON(200, gin.H{"left": 10}) })
	return r
}
