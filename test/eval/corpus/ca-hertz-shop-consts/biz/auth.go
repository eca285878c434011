package biz

import (
	"time"

	"github.com/hertz-contrib/jwt"
)

const (
	SecretKey   = "secret key" // tfl-eval: hardcoded-credential
	IdentityKey = "identity"
	TokenLookup = "header: Authorization, query: token"
)

func NewJWT() (*jwt.HertzJWTMiddleware, error) {
	return jwt.New(&jwt.HertzJWTMiddleware{
		Key:         []byte(SecretKey),
		IdentityKey: IdentityKey,
		TokenLookup: TokenLookup,
		Timeout:     time.Hour,
	})
}
