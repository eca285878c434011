package auth

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

var serviceTokens = map[string]string{
	"invoicing": "2nni18tRHCogTVV3e5Xn93H4cROAvIZf", // tfl-eval: hardcoded-credential
	"ledger":    "FLqQwG3GMM8L37wH66WL9mvFcuMytHI8", // tfl-eval: hardcoded-credential
}

func Unary(ctx context.Context, req interface{}, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (interface{}, error) {
	md, _ := metadata.FromIncomingContext(ctx)
	caller, token := first(md["x-caller"]), first(md["x-service-token"])
	if serviceTokens[caller] != token || token == "" {
		return nil, status.Error(codes.Unauthenticated, "bad service token")
	}
	return handler(ctx, req)
}

func first(v []string) string {
	if len(v) == 0 {
		return ""
	}
	return v[0]
}
