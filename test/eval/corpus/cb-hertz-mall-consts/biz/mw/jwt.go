package mw

import (
	"context"
	"time"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/hertz-contrib/jwt"

	"github.com/example/hertz-mall/pkg/consts"
)

var JwtMiddleware *jwt.HertzJWTMiddleware

func InitJwt() {
	var err error
	JwtMiddleware, err = jwt.New(&jwt.HertzJWTMiddleware{
		Realm:         "mall",
		Key:           []byte(consts.SecretKey),
		Timeout:       12 * time.Hour,
		MaxRefresh:    time.Hour,
		TokenLookup:   consts.TokenLookup,
		TokenHeadName: consts.TokenHeadName,
		IdentityKey:   consts.IdentityKey,
		Authenticator: func(ctx context.Context, c *app.RequestContext) (interface{}, error) {
			return nil, nil
		},
	})
	if err != nil {
		panic(err)
	}
}
