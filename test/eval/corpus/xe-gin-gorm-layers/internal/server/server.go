package server

import (
	"github.com/gin-gonic/gin"

	"github.com/acme/orders/internal/platform/database"
)

// New opens the database and wires the routes.
func New(dsn string) (*gin.Engine, error) {
	db, err := database.Open(dsn) // tfl-eval-not: startup-migration  (reported where Open migrates: it opens its own connection)
	if err != nil {
		return nil, err
	}
	r := gin.New()
	r.GET("/orders", func(c *gin.Context) {
		var n int64
		db.Table("orders").Count(&n)
		c.JSON(200, gin.H{"count": n})
	})
	return r, nil
}
