package export

import (
	"os"
	"time"

	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
)

type Target struct {
	Host     string
	User     string
	Password string
	Dir      string
}

// Finance is where the monthly exports land.
var Finance = Target{
	Host:     "sftp.finance.example:22",
	User:     "acme-reports",
	Password: "#Qe2O1XPiIhX#zaZjgd6", // tfl-eval: hardcoded-credential
	Dir:      "/incoming/acme",
}

func Upload(t Target, name string, data []byte) error {
	conn, err := ssh.Dial("tcp", t.Host, &ssh.ClientConfig{
		User:            t.User,
		Auth:            []ssh.AuthMethod{ssh.Password(t.Password)}, // tfl-eval-not: hardcoded-credential
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
		Timeout:         15 * time.Second,
	})
	if err != nil {
		return err
	}
	defer conn.Close()
	client, err := sftp.NewClient(conn)
	if err != nil {
		return err
	}
	f, err := client.Create(t.Dir + "/" + name)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	return err
}

var _ = os.Getenv
