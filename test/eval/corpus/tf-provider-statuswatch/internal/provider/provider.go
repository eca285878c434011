package provider

import (
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema"
)

// New returns the statuswatch provider.
func New() *schema.Provider {
	return &schema.Provider{
		Schema: map[string]*schema.Schema{
			"api_token": {
				Type:        schema.TypeString,
				Required:    true,
				Sensitive:   true,
				DefaultFunc: schema.EnvDefaultFunc("STATUSWATCH_API_TOKEN", nil), // tfl-eval-not: hardcoded-credential
				Description: "API token for statuswatch; read from STATUSWATCH_API_TOKEN when unset.",
			},
			"endpoint": {
				Type:        schema.TypeString,
				Optional:    true,
				DefaultFunc: schema.EnvDefaultFunc("STATUSWATCH_ENDPOINT", "https://api.statuswatch.dev"),
			},
		},
		ResourcesMap: map[string]*schema.Resource{
			"statuswatch_monitor": resourceMonitor(),
		},
		ConfigureContextFunc: configure,
	}
}
