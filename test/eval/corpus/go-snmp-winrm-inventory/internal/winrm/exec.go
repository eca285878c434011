package winrm

import (
	"context"
	"os"

	"github.com/masterzen/winrm"
)

// Inventory runs the hardware query on a Windows host.
func Inventory(ctx context.Context, host string) (string, error) {
	endpoint := winrm.NewEndpoint(host, 5986, true, false, nil, nil, nil, 0)
	client, err := winrm.NewClient(endpoint, "svc-inventory", "HKub8R6MtWt6VP*8") // tfl-eval: hardcoded-credential
	if err != nil {
		return "", err
	}
	out, _, _, err := client.RunCmdWithContext(ctx, "wmic computersystem get model")
	return out, err
}

// Audited is the path the runbook wants: the password from the environment.
func Audited(host string) (*winrm.Client, error) {
	endpoint := winrm.NewEndpoint(host, 5986, true, false, nil, nil, nil, 0)
	return winrm.NewClient(endpoint, os.Getenv("WINRM_USER"), os.Getenv("WINRM_PASSWORD")) // tfl-eval-not: hardcoded-credential
}
