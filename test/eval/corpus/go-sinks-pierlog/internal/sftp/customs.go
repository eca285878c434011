package sftp

import (
	"os"

	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
)

// Customs uploads the daily manifest to the customs agency.
func Customs() (*sftp.Client, error) {
	config := &ssh.ClientConfig{
		User: "pierlog",
		Auth: []ssh.AuthMethod{
			ssh.Password("3KoQsXJphZKBuKGbcM"), // tfl-eval: hardcoded-credential
		},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
	}
	conn, err := ssh.Dial("tcp", os.Getenv("CUSTOMS_SFTP_ADDR"), config)
	if err != nil {
		return nil, err
	}
	return sftp.NewClient(conn)
}

// Agent uses a key read from disk.
func Agent() (*sftp.Client, error) {
	key, err := os.ReadFile(os.Getenv("AGENT_KEY_PATH"))
	if err != nil {
		return nil, err
	}
	signer, err := ssh.ParsePrivateKeyWithPassphrase(key, []byte("kQUiTTFEAQCNMgZoXD")) // tfl-eval: hardcoded-credential
	if err != nil {
		return nil, err
	}
	config := &ssh.ClientConfig{User: "agent", Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)}, HostKeyCallback: ssh.InsecureIgnoreHostKey()}
	conn, err := ssh.Dial("tcp", os.Getenv("AGENT_ADDR"), config)
	if err != nil {
		return nil, err
	}
	return sftp.NewClient(conn)
}
