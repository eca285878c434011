package rpcauth

import (
	"context"

	"golang.org/x/oauth2"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/oauth"
)

// ledgerToken attaches the agent's static bearer token to every RPC.
type ledgerToken struct{}

func (ledgerToken) GetRequestMetadata(ctx context.Context, uri ...string) (map[string]string, error) {
	return map[string]string{
		"authorization": "Bearer dV5M7hQTvTSHzmx0ZrGcfzD5", // tfl-eval: hardcoded-credential
		"x-agent-id":    "agent-eu-1",
	}, nil
}

func (ledgerToken) RequireTransportSecurity() bool { return true }

var _ credentials.PerRPCCredentials = ledgerToken{}

// Upstream is the audit service, which takes OAuth2 access tokens.
func Upstream() credentials.PerRPCCredentials {
	return oauth.TokenSource{TokenSource: oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "ya29.AyB5kat0JFimZkIBHUyNGyxh"})} // tfl-eval: hardcoded-credential
}
