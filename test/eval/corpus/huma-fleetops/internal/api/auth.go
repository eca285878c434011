package api

import (
	"context"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/golang-jwt/jwt/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"golang.org/x/crypto/bcrypt"

	"github.com/acme/fleetops/internal/db"
)

type Authenticator struct {
	signingKey []byte
	ttl        time.Duration
}

func NewAuthenticator(signingKey []byte, ttl time.Duration) *Authenticator {
	return &Authenticator{signingKey: signingKey, ttl: ttl}
}

func (a *Authenticator) Login(pool *pgxpool.Pool) func(context.Context, *LoginInput) (*LoginOutput, error) {
	q := db.New(pool)
	return func(ctx context.Context, in *LoginInput) (*LoginOutput, error) {
		driver, err := q.GetDriverByEmail(ctx, in.Body.Email)
		if err != nil || bcrypt.CompareHashAndPassword([]byte(driver.PasswordHash), []byte(in.Body.Password)) != nil {
			return nil, huma.Error401Unauthorized(errBadToken)
		}
		claims := jwt.RegisteredClaims{Subject: driver.Email, ExpiresAt: jwt.NewNumericDate(time.Now().Add(a.ttl))}
		signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(a.signingKey)
		if err != nil {
			return nil, err
		}
		out := &LoginOutput{}
		out.Body.AccessToken = signed
		out.Body.TokenType = "Bearer" // tfl-eval-not: hardcoded-credential
		return out, nil
	}
}
