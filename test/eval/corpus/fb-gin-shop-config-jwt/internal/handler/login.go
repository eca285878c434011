package handler

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"

	"github.com/acme/shopapi/internal/config"
)

func Login(c *gin.Context) {
	claims := jwt.RegisteredClaims{
		Issuer:    config.JWTIssuer,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(config.TokenTTL)),
	}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	signed, err := token.SignedString([]byte(config.JWTSecret))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "sign"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"token": signed})
}
