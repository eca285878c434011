package storage

import (
	"context"
	"os"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

type Store struct{ c *minio.Client }

// New connects to the studio's MinIO box.
func New() (*Store, error) {
	c, err := minio.New("minio.studio.lan:9000", &minio.Options{ // tfl-eval: hardcoded-backing-service
		Creds:  credentials.NewStaticV4(os.Getenv("MINIO_ACCESS_KEY"), os.Getenv("MINIO_SECRET_KEY"), ""),
		Secure: false,
	})
	if err != nil {
		return nil, err
	}
	return &Store{c: c}, nil
}

// NewFromEnv is what the thumbnailer uses.
func NewFromEnv() (*minio.Client, error) {
	return minio.New(os.Getenv("MINIO_ENDPOINT"), &minio.Options{Creds: credentials.NewEnvMinio(), Secure: true}) // tfl-eval-not: hardcoded-backing-service
}

func (s *Store) Link(ctx context.Context, id string) (string, error) {
	u, err := s.c.PresignedGetObject(ctx, "photos", id+".jpg", time.Hour, nil)
	if err != nil {
		return "", err
	}
	return u.String(), nil
}
