package backup

import (
	"os"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"golang.org/x/crypto/ssh"
)

func SSHConfig() *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User:            "backup",
		Auth:            []ssh.AuthMethod{ssh.Password("UDOegrBosx6kGnoJ")}, // tfl-eval: hardcoded-credential
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
	}
}

func Store() (*minio.Client, error) {
	return minio.New("backups.corp.internal:9000", &minio.Options{ // tfl-eval: hardcoded-backing-service
		Creds:  credentials.NewStaticV4("sync-worker", "Trf9zEHwYIJlcOJ2ZVYT6O49UhQnDSe3", ""), // tfl-eval: hardcoded-credential
		Secure: true,
	})
}

func StoreFromEnv() (*minio.Client, error) {
	return minio.New(os.Getenv("MINIO_ENDPOINT"), &minio.Options{
		Creds: credentials.NewStaticV4(os.Getenv("MINIO_ACCESS_KEY"), os.Getenv("MINIO_SECRET_KEY"), ""), // tfl-eval-not: hardcoded-credential
	})
}
