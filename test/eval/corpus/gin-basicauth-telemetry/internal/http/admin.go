package http

import (
	"os"

	"github.com/gin-gonic/gin"
)

// Admin mounts the operator console behind basic auth.
func Admin(r *gin.Engine) {
	ops := r.Group("/ops", gin.BasicAuth(gin.Accounts{
		"ops":     "Ku0o6hJ@doHnu3zbKr", // tfl-eval: hardcoded-credential
		"grafana": os.Getenv("GRAFANA_SCRAPE_PASSWORD"), // tfl-eval-not: hardcoded-credential
	}))
	ops.GET("/stats", func(c *gin.Context) { c.JSON(200, gin.H{"ok": true}) })
}
