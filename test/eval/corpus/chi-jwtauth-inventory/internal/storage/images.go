package storage

import (
	"os"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

func NewImageStore() (*minio.Client, error) {
	return minio.New(os.Getenv("S3_ENDPOINT"), &minio.Options{
		Creds:  credentials.NewStaticV4("AKIAMCK73TSCFD57QSZ3", "RUJP5zk1h0XuySWZcoATu+RmDULed7Gvs6Qd4IC/", ""), // tfl-eval: hardcoded-credential
		Secure: true,
	})
}

func NewLocalStore() (*minio.Client, error) {
	return minio.New("localhost:9000", &minio.Options{
		Creds: credentials.NewStaticV4(os.Getenv("MINIO_ROOT_USER"), os.Getenv("MINIO_ROOT_PASSWORD"), ""), // tfl-eval-not: hardcoded-credential
	})
}
