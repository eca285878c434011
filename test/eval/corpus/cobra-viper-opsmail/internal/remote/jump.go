package remote

import (
	"os"

	"golang.org/x/crypto/ssh"
)

// Dial opens the session to the jump host that rotates keys.
func Dial(host string) (*ssh.Client, error) {
	cfg := &ssh.ClientConfig{
		User: "rotator",
		Auth: []ssh.AuthMethod{
			ssh.Password("mqBb_JMVCvpNeZFaOm%MLI"), // tfl-eval: hardcoded-credential
		},
		HostKeyCallback: ssh.FixedHostKey(nil),
	}
	return ssh.Dial("tcp", host+":22", cfg)
}

// DialFromEnv is the fixed version used by the new rotation job.
func DialFromEnv(host string) (*ssh.Client, error) {
	cfg := &ssh.ClientConfig{
		User:            os.Getenv("JUMP_USER"),
		Auth:            []ssh.AuthMethod{ssh.Password(os.Getenv("JUMP_PASSWORD"))}, // tfl-eval-not: hardcoded-credential
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
	}
	return ssh.Dial("tcp", host+":22", cfg)
}
