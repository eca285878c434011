package auth

import (
	"errors"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

const (
	tokenIssuer       = "timesheets"
	bearerPrefix      = "Bearer "
	PasswordMinLength = 10
	// AuthCookieName is the name of the cookie, not its value.
	AuthCookieName = "ts_session"
	passwordField  = "password"
)

var (
	ErrInvalidToken    = errors.New("invalid or expired token")
	ErrInvalidPassword = errors.New("invalid email or password")
)

type Signer struct {
	secret []byte
	ttl    time.Duration
}

func NewSigner(secret string, ttl time.Duration) *Signer {
	return &Signer{secret: []byte(secret), ttl: ttl}
}

func (s *Signer) Sign(userID string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: userID, Issuer: tokenIssuer, ExpiresAt: jwt.NewNumericDate(time.Now().Add(s.ttl))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.secret)
}

func (s *Signer) Parse(header string) (string, error) {
	raw, ok := strings.CutPrefix(header, bearerPrefix)
	if !ok {
		return "", ErrInvalidToken
	}
	token, err := jwt.ParseWithClaims(raw, &jwt.RegisteredClaims{}, func(*jwt.Token) (any, error) { return s.secret, nil })
	if err != nil || !token.Valid {
		return "", ErrInvalidToken
	}
	return token.Claims.(*jwt.RegisteredClaims).Subject, nil
}

func CheckPassword(hash, password string) error {
	if bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) != nil {
		return ErrInvalidPassword
	}
	return nil
}
