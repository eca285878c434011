package handlers

import (
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

type LoginInput struct {
	Email    string `json:"email" binding:"required"`
	Password string `json:"password" binding:"required"`
}

func Login(c *gin.Context) {
	var input LoginInput
	if err := c.ShouldBindJSON(&input); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": input.Email,
		"exp": time.Now().Add(24 * time.Hour).Unix(),
	})
	signed, err := token.SignedString([]byte("test")) // tfl-eval: hardcoded-credential
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not sign"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"token": signed})
}

func Refresh(c *gin.Context) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": c.GetString("user")})
	signed, _ := token.SignedString([]byte(os.Getenv("JWT_SECRET"))) // tfl-eval-not: hardcoded-credential
	c.JSON(http.StatusOK, gin.H{"token": signed})
}
