package main

import (
	"fmt"
	"os"

	"github.com/acme/dnsops/internal/provider"
)

const usage = "usage: dnsops failover --token <hetzner-api-token>" // tfl-eval-not: hardcoded-credential

func main() {
	if len(os.Args) < 2 {
		fmt.Println(usage)
		os.Exit(2)
	}
	_ = provider.Hetzner()
}
