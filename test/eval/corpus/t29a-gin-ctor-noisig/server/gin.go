package server

import "github.com/gin-gonic/gin"

// NewGin returns the router with every handler mounted.
func NewGin() *gin.Engine {
	r := gin.New()
	r.Use(gin.Recovery())
	r.GET("/entries", listEntries)
	return r
}

func listEntries(c *gin.Context) {
	c.JSON(200, []string{})
}
