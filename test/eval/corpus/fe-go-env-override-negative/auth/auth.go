package auth

import (
	"github.com/golang-jwt/jwt/v5"

	"github.com/tk/notes/config"
)

func Sign(c jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(config.JWTKey))
}
