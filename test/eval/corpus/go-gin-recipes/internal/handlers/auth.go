package handlers

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
)

const headerAPIKey = "X-API-Key" // tfl-eval-not: hardcoded-credential

var (
	ErrPasswordTooShort = errors.New("password too short") // tfl-eval-not: hardcoded-credential
	errMissingToken     = errors.New("missing bearer token") // tfl-eval-not: hardcoded-credential
)

type LoginRequest struct {
	Email    string `json:"email" binding:"required,email"`
	Password string `json:"password" binding:"required,min=8"` // tfl-eval-not: hardcoded-credential
}

func Register(c *gin.Context) {
	var req LoginRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "password is required"}) // tfl-eval-not: hardcoded-credential
		return
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(req.Password), 12)
	if err != nil {
		c.AbortWithError(http.StatusInternalServerError, fmt.Errorf("hash password: %w", err))
		return
	}
	_ = hash
}

func RequireKey(c *gin.Context) {
	if c.GetHeader(headerAPIKey) != "eb34b7d6fa02ed1e5573cf31b54d699f" { // tfl-eval: hardcoded-credential
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}
