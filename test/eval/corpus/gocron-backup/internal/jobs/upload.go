package jobs

import (
	"context"
	"os"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// Archives go to the off-site MinIO; its endpoint is per environment.
func archiveClient() (*minio.Client, error) {
	return minio.New(os.Getenv("ARCHIVE_ENDPOINT"), &minio.Options{
		Creds:  credentials.NewStaticV4("backup-svc", "L7ZQOZGtmCdUCL9uBOXCvtymZFROKqBCEm354iqh", ""), // tfl-eval: hardcoded-credential
		Secure: true,
	})
}

// The dumps are encrypted before upload; age derives the key from this passphrase.
const archivePassphrase = "Falcon#47quartz56" // tfl-eval: hardcoded-credential

func DumpAndUpload(ctx context.Context) error {
	client, err := archiveClient()
	if err != nil {
		return err
	}
	_, err = client.FPutObject(ctx, "db-dumps", dumpName(), "/tmp/dump.sql.age", minio.PutObjectOptions{ContentType: "application/octet-stream"})
	return err
}