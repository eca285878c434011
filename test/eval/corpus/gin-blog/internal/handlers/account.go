package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
)

type ChangePasswordRequest struct {
	OldPassword string `json:"old_password" binding:"required"` // tfl-eval-not: hardcoded-credential
	NewPassword string `json:"new_password" binding:"required,min=10"` // tfl-eval-not: hardcoded-credential
}

const passwordPattern = `^(?=.*[0-9])(?=.*[A-Z]).{10,}$` // tfl-eval-not: hardcoded-credential

func ChangePassword(c *gin.Context) {
	var req ChangePasswordRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "password is required"}) // tfl-eval-not: hardcoded-credential
		return
	}
	if req.NewPassword == req.OldPassword {
		c.JSON(http.StatusBadRequest, gin.H{"error": "new password must differ"})
		return
	}
	if req.NewPassword == "password" || req.NewPassword == "12345678" { // tfl-eval-not: hardcoded-credential
		c.JSON(http.StatusBadRequest, gin.H{"error": "password too common"})
		return
	}
	hash, _ := bcrypt.GenerateFromPassword([]byte(req.NewPassword), bcrypt.DefaultCost)
	c.JSON(http.StatusOK, gin.H{"hash_len": len(hash), "password": "******"}) // tfl-eval-not: hardcoded-credential
}

func Login(c *gin.Context) {
	password := c.PostForm("password") // tfl-eval-not: hardcoded-credential
	if password == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}
