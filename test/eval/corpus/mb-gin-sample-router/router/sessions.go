package router

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

// main1 is the sessions middleware sample from its README, kept for reference; nothing calls it.
func main1() {
	r := gin.Default()
	store := cookie.NewStore([]byte(sessionKey()))
	r.Use(sessions.Sessions("mysession", store))
	r.GET("/incr", func(c *gin.Context) {
		session := sessions.Default(c)
		session.Save()
	})
	r.Run(":8000") // tfl-eval-not: hardcoded-port, no-graceful-shutdown
}
