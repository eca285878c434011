package server

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

// apiKey is the one key every client presents. Hardcoded: the workshop's first finding.
const apiKey = "vb-grpc-key-4e1f9a7c2d" // tfl-eval: hardcoded-credential

func AuthInterceptor(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	md, _ := metadata.FromIncomingContext(ctx)
	if len(md.Get("x-api-key")) == 0 || md.Get("x-api-key")[0] != apiKey {
		return nil, status.Error(codes.Unauthenticated, "missing or wrong API key")
	}
	return handler(ctx, req)
}
