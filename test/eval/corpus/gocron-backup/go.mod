module github.com/acme/backup

go 1.22

require (
	github.com/go-co-op/gocron/v2 v2.5.0
	github.com/minio/minio-go/v7 v7.0.70
	github.com/pkg/sftp v1.13.6
	golang.org/x/crypto v0.24.0
)