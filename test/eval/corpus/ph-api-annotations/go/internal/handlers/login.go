package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// LoginRequest is the body of POST /login.
type LoginRequest struct {
	Email    string `json:"email" binding:"required,email" example:"jane@example.com"`
	Password string `json:"password" binding:"required,min=12" example:"s3cr3t-Passw0rd"`
}

// Login godoc
// @Summary  Log in with a password
// @Param    body  body  LoginRequest  true  "credentials"
// @Success  200  {object}  TokenResponse
// @Router   /login [post]
func Login(c *gin.Context) {
	var req LoginRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid request"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"token": ""})
}
