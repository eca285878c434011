package app

import (
	"net/http"
	"sync"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"github.com/acme/kiosk/internal/models"
)

// Open baskets per kiosk, until checkout.
var (
	basketsMu sync.Mutex
	baskets   = map[string][]int64{} // tfl-eval: memory-session-store
)

// Prices are compiled in and never change at runtime.
var priceList = map[string]int64{"coffee": 250, "tea": 200, "bagel": 300}

func Register(r *gin.Engine, db *gorm.DB) {
	r.GET("/healthz", func(c *gin.Context) { c.Status(http.StatusNoContent) })
	r.POST("/kiosks/:id/basket/:item", func(c *gin.Context) {
		price, ok := priceList[c.Param("item")]
		if !ok {
			c.Status(http.StatusNotFound)
			return
		}
		basketsMu.Lock()
		baskets[c.Param("id")] = append(baskets[c.Param("id")], price)
		basketsMu.Unlock()
		c.Status(http.StatusNoContent)
	})
	r.POST("/kiosks/:id/checkout", func(c *gin.Context) {
		basketsMu.Lock()
		items := baskets[c.Param("id")]
		delete(baskets, c.Param("id"))
		basketsMu.Unlock()
		var total int64
		for _, p := range items {
			total += p
		}
		db.Create(&models.Order{KioskID: c.Param("id"), Total: total})
		c.JSON(http.StatusOK, gin.H{"total": total})
	})
}
