package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Handlers struct{ db *gorm.DB }

func New(db *gorm.DB) *Handlers { return &Handlers{db: db} }

func (h *Handlers) ListItems(c *gin.Context) {
	var items []map[string]any
	h.db.Table("items").Find(&items)
	c.JSON(http.StatusOK, items)
}

func (h *Handlers) CreateItem(c *gin.Context) {
	var body struct {
		SKU      string `json:"sku" binding:"required"`
		Quantity int    `json:"quantity"`
	}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	h.db.Table("items").Create(map[string]any{"sku": body.SKU, "quantity": body.Quantity})
	c.Status(http.StatusCreated)
}
