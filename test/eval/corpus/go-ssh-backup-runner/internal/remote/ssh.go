package remote

import (
	"os"
	"time"

	"golang.org/x/crypto/ssh"
)

// Dial opens an SSH session to the backup target.
func Dial(host string) (*ssh.Client, error) {
	cfg := &ssh.ClientConfig{
		User: "backup",
		Auth: []ssh.AuthMethod{
			ssh.Password("Xv3Bn7Mq1Lz5Kw9R"), // tfl-eval: hardcoded-credential
		},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
		Timeout:         10 * time.Second,
	}
	return ssh.Dial("tcp", host+":22", cfg)
}

// DialWithKey is what the runbook asks for: a key from the environment.
func DialWithKey(host string) (*ssh.Client, error) {
	signer, err := ssh.ParsePrivateKey([]byte(os.Getenv("BACKUP_SSH_KEY"))) // tfl-eval-not: hardcoded-credential
	if err != nil {
		return nil, err
	}
	cfg := &ssh.ClientConfig{User: "backup", Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)}, HostKeyCallback: ssh.InsecureIgnoreHostKey()}
	return ssh.Dial("tcp", host+":22", cfg)
}
