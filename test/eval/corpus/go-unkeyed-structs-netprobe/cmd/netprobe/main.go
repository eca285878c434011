package main

import (
	"fmt"
	"os"

	"golang.org/x/crypto/ssh"

	"github.com/edgeworks/netprobe/internal/probe"
)

func main() {
	for _, d := range probe.Devices {
		pw := d.Login.Password
		if pw == "" {
			pw = os.Getenv("NETPROBE_PASSWORD") // tfl-eval-not: hardcoded-credential
		}
		cfg := &ssh.ClientConfig{
			User:            d.Login.User,
			Auth:            []ssh.AuthMethod{ssh.Password(pw)}, // tfl-eval-not: hardcoded-credential
			HostKeyCallback: ssh.InsecureIgnoreHostKey(),
		}
		client, err := ssh.Dial("tcp", fmt.Sprintf("%s:%d", d.Addr.Host, d.Addr.Port), cfg)
		if err != nil {
			fmt.Fprintln(os.Stderr, d.Name, err)
			continue
		}
		client.Close()
	}
}
