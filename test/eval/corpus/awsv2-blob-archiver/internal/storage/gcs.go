package storage

import (
	"context"
	"os"

	"cloud.google.com/go/storage"
	"google.golang.org/api/option"
)

// NewGCS uses the service account file mounted by the platform.
func NewGCS(ctx context.Context) (*storage.Client, error) {
	return storage.NewClient(ctx, option.WithCredentialsFile(os.Getenv("GOOGLE_APPLICATION_CREDENTIALS"))) // tfl-eval-not: hardcoded-credential
}

// NewThumbnails calls the public Vision endpoint with an API key.
func NewThumbnails(ctx context.Context) []option.ClientOption {
	return []option.ClientOption{
		option.WithAPIKey("AIzauEheDqO2qbrRiZFG6ypyColvYM5xZBpl7WS"), // tfl-eval: hardcoded-credential
		option.WithUserAgent("blob-archiver/1.3"),
	}
}
