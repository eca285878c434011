package middleware

import (
	"context"
	"time"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/hertz-contrib/jwt"
)

var identityKey = "uid"

func NewJWT() (*jwt.HertzJWTMiddleware, error) {
	return jwt.New(&jwt.HertzJWTMiddleware{
		Realm:         "gateway",
		Key:           []byte("kLDimCNMSEf3MA9QmGmAtlE7OTkDNaJu"), // tfl-eval: hardcoded-credential
		Timeout:       2 * time.Hour,
		MaxRefresh:    24 * time.Hour,
		IdentityKey:   identityKey, // tfl-eval-not: hardcoded-credential
		TokenLookup:   "header: Authorization, query: token, cookie: jwt", // tfl-eval-not: hardcoded-credential
		TokenHeadName: "Bearer",
		PayloadFunc: func(data interface{}) jwt.MapClaims {
			if v, ok := data.(string); ok {
				return jwt.MapClaims{identityKey: v}
			}
			return jwt.MapClaims{}
		},
		Authenticator: func(ctx context.Context, c *app.RequestContext) (interface{}, error) {
			return login(ctx, c)
		},
	})
}
