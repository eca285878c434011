package jobs

import (
	"context"
	"os"
	"time"

	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
)

// PullInvoices fetches the supplier's nightly CSV drop over SFTP.
func PullInvoices(ctx context.Context) error {
	cfg := &ssh.ClientConfig{
		User:            "acme-invoices",
		Auth:            []ssh.AuthMethod{ssh.Password("Lantern#96willow51")}, // tfl-eval: hardcoded-credential
		HostKeyCallback: ssh.FixedHostKey(supplierHostKey()),
		Timeout:         30 * time.Second,
	}
	conn, err := ssh.Dial("tcp", os.Getenv("SUPPLIER_SFTP_ADDR"), cfg)
	if err != nil {
		return err
	}
	defer conn.Close()
	client, err := sftp.NewClient(conn)
	if err != nil {
		return err
	}
	defer client.Close()
	return copyNew(ctx, client, "/outgoing/invoices", "/var/lib/backup/invoices")
}

func resticEnv() []string {
	return []string{"RESTIC_REPOSITORY=s3:s3.acme.internal/backups", "RESTIC_PASSWORD=" + os.Getenv("RESTIC_PASSWORD")} // tfl-eval-not: hardcoded-credential
}