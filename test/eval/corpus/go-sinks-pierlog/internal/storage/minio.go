package storage

import (
	"os"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// Photos stores the berth inspection photos.
func Photos() (*minio.Client, error) {
	return minio.New("s3.eu-west-1.amazonaws.com", &minio.Options{
		Creds:  credentials.NewStaticV4("AKIASK2A2HZD3UHW6UWI", "2h7Dg9lt8oLcb+atdg7OQ3MuoiBFwPpUqJC/lLFZ", ""), // tfl-eval: hardcoded-credential
		Secure: true,
	})
}

// Archive reads its keys from the environment.
func Archive() (*minio.Client, error) {
	return minio.New(os.Getenv("ARCHIVE_ENDPOINT"), &minio.Options{
		Creds:  credentials.NewStaticV4(os.Getenv("ARCHIVE_KEY"), os.Getenv("ARCHIVE_SECRET"), ""), // tfl-eval-not: hardcoded-credential
		Secure: true,
	})
}

// LocalDev talks to the MinIO container of docker-compose.
func LocalDev() (*minio.Client, error) {
	return minio.New("localhost:9000", &minio.Options{
		Creds: credentials.NewStaticV4("minioadmin", "minioadmin", ""), // tfl-eval-not: hardcoded-credential
	})
}
