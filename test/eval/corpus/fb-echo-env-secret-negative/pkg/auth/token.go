package auth

import (
	"github.com/golang-jwt/jwt/v4"

	"gitlab.com/north/ticketing/pkg/setting"
)

func Sign(subject string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: subject, Issuer: setting.Issuer}
	t := jwt.NewWithClaims(jwt.GetSigningMethod(setting.SigningAlg), claims)
	return t.SignedString([]byte(setting.JwtSecret))
}
