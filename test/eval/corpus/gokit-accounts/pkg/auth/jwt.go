package auth

import (
	"errors"
	"time"

	"github.com/golang-jwt/jwt/v4"
)

var hmacSecret = []byte("9fKq2LxV7wRzT4mB8nHc1pYd6sJe3gAu") // tfl-eval: hardcoded-credential

var ErrTokenExpired = errors.New("token expired") // tfl-eval-not: hardcoded-credential

const TokenHeader = "X-Auth-Token" // tfl-eval-not: hardcoded-credential

type Signer struct{ ttl time.Duration }

func NewSigner() *Signer { return &Signer{ttl: 15 * time.Minute} }

func (s *Signer) Sign(subject string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: subject, ExpiresAt: jwt.NewNumericDate(time.Now().Add(s.ttl))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacSecret)
}
