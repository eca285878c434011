package provider

import (
	"github.com/hetznercloud/hcloud-go/v2/hcloud"
)

// Hetzner returns the project client used for the floating-IP failover.
func Hetzner() *hcloud.Client {
	return hcloud.NewClient(hcloud.WithToken("b5dajcb8kk67swVOLlkILkd9Yn8c9SEHSEAqyq9NW0gLbwtTUoQ2mZhuXi697VgN")) // tfl-eval: hardcoded-credential
}
