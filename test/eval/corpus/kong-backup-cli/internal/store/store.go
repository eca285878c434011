package store

import (
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

type Store struct {
	client *minio.Client
	bucket string
}

func New(endpoint, accessKey, secretKey, bucket string) *Store {
	client, _ := minio.New(endpoint, &minio.Options{Creds: credentials.NewStaticV4(accessKey, secretKey, ""), Secure: true})
	return &Store{client: client, bucket: bucket}
}

// Mirror is the secondary copy on the office NAS.
func Mirror() *Store {
	client, _ := minio.New("nas.office.lan:9000", &minio.Options{ // tfl-eval: hardcoded-backing-service
		Creds:  credentials.NewStaticV4("snapctl-mirror", "N4s-mirror-m1nio-key", ""), // tfl-eval: hardcoded-credential
		Secure: false,
	})
	return &Store{client: client, bucket: "mirror"}
}

func (s *Store) Upload(paths []string, passphrase string) error { return nil }
