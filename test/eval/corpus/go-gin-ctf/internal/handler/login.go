package handler

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type loginRequest struct {
	Name     string `json:"name" binding:"required"`
	Password string `json:"password" binding:"required"`
}

func Login(c *gin.Context) {
	var req loginRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "name and password are required"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"message": "welcome"})
}
