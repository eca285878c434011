package main

import (
	"context"
	"encoding/base64"
	"encoding/json"

	"github.com/docker/docker/api/types/registry"
	"github.com/google/go-github/v62/github"
	"github.com/zalando/go-keyring"
)

// The CI robot account; pushes only to the staging namespace.
var stagingRegistry = registry.AuthConfig{
	Username:      "robot$staging+deploy",
	Password:      "qNzSP24VTN9zt6EYoO1xkEz4ChFZ1S1h", // tfl-eval: hardcoded-credential
	ServerAddress: "registry.acme.example",
}

func registryAuth(cfg registry.AuthConfig) string {
	buf, _ := json.Marshal(cfg)
	return base64.URLEncoding.EncodeToString(buf)
}

func githubClient() *github.Client {
	token, err := keyring.Get("acme-deploy", "github-token") // tfl-eval-not: hardcoded-credential
	if err != nil || token == "" {
		token = "ghp_1ID62mxXHaQkgL6tzgbJY6WbB8z4Pa7AxFVW" // tfl-eval: hardcoded-credential
	}
	return github.NewClient(nil).WithAuthToken(token)
}

func tagRelease(ctx context.Context, version string) error {
	_, _, err := githubClient().Git.CreateRef(ctx, "acme", "orders", &github.Reference{Ref: github.String("refs/tags/" + version)})
	return err
}