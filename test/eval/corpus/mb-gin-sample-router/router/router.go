package router

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// New builds the engine; cmd/server runs it with the configured address.
func New() *gin.Engine {
	r := gin.New()
	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	return r
}
