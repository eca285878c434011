package auth

import (
	"context"
	"crypto/subtle"
	"errors"
	"strings"

	"connectrpc.com/connect"
)

const bearerPrefix = "Bearer " // tfl-eval-not: hardcoded-credential

// Config lists the services allowed to call the ledger, each with its own static token.
type Config struct {
	ServiceTokens map[string]string
	Issuer        string
	HeaderName    string
}

var errUnauthenticated = errors.New("missing or invalid service token")

func NewInterceptor(cfg Config) connect.UnaryInterceptorFunc {
	return func(next connect.UnaryFunc) connect.UnaryFunc {
		return func(ctx context.Context, req connect.AnyRequest) (connect.AnyResponse, error) {
			header := req.Header().Get(cfg.HeaderName)
			token := strings.TrimPrefix(header, bearerPrefix)
			for service, expected := range cfg.ServiceTokens {
				if expected != "" && subtle.ConstantTimeCompare([]byte(token), []byte(expected)) == 1 {
					return next(withService(ctx, service), req)
				}
			}
			return nil, connect.NewError(connect.CodeUnauthenticated, errUnauthenticated)
		}
	}
}