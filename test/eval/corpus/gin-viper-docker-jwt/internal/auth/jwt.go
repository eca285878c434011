package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/acme/gin-viper-docker-jwt/config"
)

type Claims struct {
	Email string `json:"email"`
	ID    string `json:"id"`
	jwt.RegisteredClaims
}

func GenerateToken(email, id string, cfg *config.Config) (string, error) {
	claims := &Claims{Email: email, ID: id, RegisteredClaims: jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString([]byte(cfg.Server.JwtSecretKey))
}
