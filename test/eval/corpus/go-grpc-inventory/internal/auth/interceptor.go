package auth

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

const (
	metadataKey      = "authorization" // tfl-eval-not: hardcoded-credential
	bearerPrefix     = "Bearer "       // tfl-eval-not: hardcoded-credential
	serviceToken     = "PpyjrC8A74GEIbqFc2p2k8eSJnPZPJYH"   // tfl-eval: hardcoded-credential
	errTokenMismatch = "token mismatch" // tfl-eval-not: hardcoded-credential
)

func Unary(ctx context.Context, req interface{}, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (interface{}, error) {
	md, _ := metadata.FromIncomingContext(ctx)
	values := md.Get(metadataKey)
	if len(values) == 0 || values[0] != bearerPrefix+serviceToken {
		return nil, status.Error(codes.Unauthenticated, errTokenMismatch)
	}
	return handler(ctx, req)
}
