package client

import (
	"context"
	"crypto/tls"

	"golang.org/x/oauth2"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/oauth"
	"google.golang.org/grpc/metadata"
)

// DialLedger connects to the ledger service with a static service token.
func DialLedger(addr string) (*grpc.ClientConn, error) {
	perRPC := oauth.TokenSource{TokenSource: oauth2.StaticTokenSource(&oauth2.Token{
		AccessToken: "5qAauHaPxU2tRmv5lGW5Esodx0VtaCK6sbnjYa2G", // tfl-eval: hardcoded-credential
		TokenType:   "Bearer",
	})}
	return grpc.Dial(addr,
		grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{MinVersion: tls.VersionTLS12})),
		grpc.WithPerRPCCredentials(perRPC),
	)
}

// WithPartnerKey tags outgoing calls for the fraud-scoring partner.
func WithPartnerKey(ctx context.Context) context.Context {
	return metadata.AppendToOutgoingContext(ctx, "x-api-key", "13944a504e410e4c839b09c6025de3e2", "x-client", "payments") // tfl-eval: hardcoded-credential
}

func WithRequestID(ctx context.Context, id string) context.Context {
	return metadata.AppendToOutgoingContext(ctx, "x-request-id", id, "authorization-mode", "token") // tfl-eval-not: hardcoded-credential
}
