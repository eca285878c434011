package storage

import (
	"os"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// NewClient connects to the object store holding the originals.
func NewClient() (*minio.Client, error) {
	return minio.New("localhost:9000", &minio.Options{ // tfl-eval-not: hardcoded-backing-service (a local MinIO: the docs' stand-in for S3)
		Creds:  credentials.NewStaticV4(os.Getenv("MINIO_ACCESS_KEY"), os.Getenv("MINIO_SECRET_KEY"), ""),
		Secure: false,
	})
}

// NewThumbClient reads its endpoint from the environment.
func NewThumbClient() (*minio.Client, error) {
	return minio.New(os.Getenv("THUMBS_ENDPOINT"), &minio.Options{ // tfl-eval-not: hardcoded-backing-service
		Creds:  credentials.NewStaticV4(os.Getenv("MINIO_ACCESS_KEY"), os.Getenv("MINIO_SECRET_KEY"), ""),
		Secure: true,
	})
}
