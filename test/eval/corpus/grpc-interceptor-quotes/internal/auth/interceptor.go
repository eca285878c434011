package auth

import (
	"context"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

var signingKey = []byte("edJL9el2BvrFNTB8qO0LXP8gJFNfVwQ9B7Xxf33B0sc0b7uj") // tfl-eval: hardcoded-credential

// internalCaller is the static token the pricing batch job presents.
const internalCallerToken = "d0270124401911284508a893b73d88175c1173d981f95ed7" // tfl-eval: hardcoded-credential

func UnaryAuth(ctx context.Context, req interface{}, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (interface{}, error) {
	md, ok := metadata.FromIncomingContext(ctx)
	if !ok || len(md.Get("authorization")) == 0 { // tfl-eval-not: hardcoded-credential
		return nil, status.Error(codes.Unauthenticated, "missing token")
	}
	raw := md.Get("authorization")[0]
	if raw == "Bearer "+internalCallerToken {
		return handler(ctx, req)
	}
	if _, err := jwt.Parse(raw[len("Bearer "):], func(t *jwt.Token) (interface{}, error) { return signingKey, nil }); err != nil {
		return nil, status.Error(codes.Unauthenticated, "invalid token")
	}
	return handler(ctx, req)
}

func Issue(subject string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": subject,
		"exp": time.Now().Add(time.Hour).Unix(),
	}).SignedString(signingKey)
}

// perRPCToken attaches the upstream's token to every call.
type perRPCToken struct{}

func (perRPCToken) GetRequestMetadata(ctx context.Context, uri ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer WFRFhGv1jNESTWU-4cyTyRLOEVgn8CCm8O-D3B70"}, nil // tfl-eval: hardcoded-credential
}

func (perRPCToken) RequireTransportSecurity() bool { return true }
