package remote

import (
	"fmt"
	"time"

	"golang.org/x/crypto/ssh"
)

// Connect opens an SSH session to a build host; the operator passes the login.
func Connect(user, password, host string, port int) (*ssh.Client, error) {
	cfg := &ssh.ClientConfig{
		User:            user,
		Auth:            []ssh.AuthMethod{ssh.Password(password)},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
		Timeout:         10 * time.Second,
	}
	return ssh.Dial("tcp", fmt.Sprintf("%s:%d", host, port), cfg)
}

// Banner prints the prompt shown before a login; passwordPrompt is the label, not a secret.
func Banner(host string, passwordPrompt string) string {
	return fmt.Sprintf("%s %s", host, passwordPrompt)
}

// RestartAll restarts the agents on every build host.
func RestartAll(hosts []string) error {
	for _, h := range hosts {
		c, err := Connect("deploy", "zL2abMaX6iI1", h, 22) // tfl-eval: hardcoded-credential
		if err != nil {
			return err
		}
		c.Close()
	}
	fmt.Println(Banner("build-01", "Password:")) // tfl-eval-not: hardcoded-credential
	return nil
}
