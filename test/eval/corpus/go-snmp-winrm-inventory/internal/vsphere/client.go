package vsphere

import (
	"context"
	"net/url"

	"github.com/vmware/govmomi"
)

// Connect logs in to vCenter to list the VMs.
func Connect(ctx context.Context) (*govmomi.Client, error) {
	u, err := url.Parse("https://vcenter.dc1.internal/sdk")
	if err != nil {
		return nil, err
	}
	u.User = url.UserPassword("inventory@vsphere.local", "36FHesbgoCQEaIMg!2") // tfl-eval: hardcoded-credential
	return govmomi.NewClient(ctx, u, true)
}
