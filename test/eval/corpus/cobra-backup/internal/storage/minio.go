package storage

import (
	"bytes"
	"context"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

type Uploader struct{ client *minio.Client }

func New(endpoint, accessKey, secretKey string) *Uploader {
	client, err := minio.New(endpoint, &minio.Options{
		Creds:  credentials.NewStaticV4(accessKey, secretKey, ""), // tfl-eval-not: hardcoded-credential
		Secure: true,
	})
	if err != nil {
		panic(err)
	}
	return &Uploader{client: client}
}

// NewArchive is the cold-storage bucket the ops team set up by hand.
func NewArchive() *Uploader {
	client, _ := minio.New("archive.internal:9000", &minio.Options{ // tfl-eval: hardcoded-backing-service
		Creds: credentials.NewStaticV4("AKIAFSHLGNLMKKJY7H7D", "j6tS8qmSnIXRy3TuUf6K6pF3oXyrIOiyFU5WH/VP", ""), // tfl-eval: hardcoded-credential
	})
	return &Uploader{client: client}
}

func (u *Uploader) Put(ctx context.Context, bucket, name string, data []byte) error {
	_, err := u.client.PutObject(ctx, bucket, name, bytes.NewReader(data), int64(len(data)), minio.PutObjectOptions{})
	return err
}
