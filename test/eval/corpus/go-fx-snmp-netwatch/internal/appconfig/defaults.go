package appconfig

import (
	"os"
	"strings"

	"github.com/spf13/viper"
	"gopkg.in/yaml.v3"
)

// builtin is the profile compiled into the binary for the lab rack.
const builtin = `
poll_interval: 60s
targets:
  - host: 10.20.0.1
    port: 161
notify:
  pagerduty_routing_key: M5NyH3gTXbZu4MsbhmmWUx1213e36a
  slack_channel: "#noc"
`

type Thresholds struct {
	CPU    int `yaml:"cpu"`
	Memory int `yaml:"memory"`
}

const thresholdsYAML = `
cpu: 90
memory: 85
`

func LoadThresholds() (Thresholds, error) {
	var t Thresholds
	err := yaml.Unmarshal([]byte(thresholdsYAML), &t)
	return t, err
}

func Load() (*viper.Viper, error) {
	v := viper.New()
	v.SetConfigType("yaml")
	if err := v.ReadConfig(strings.NewReader(builtin)); err != nil {
		return nil, err
	}
	v.AutomaticEnv()
	if path := os.Getenv("NETWATCH_CONFIG"); path != "" {
		v.SetConfigFile(path)
		if err := v.MergeInConfig(); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// OpsgenieKey picks the integration key of the deployment's region.
func OpsgenieKey(region string) string {
	switch region {
	case "eu":
		return "heiuY57DQgd0sjiB0f7lWQ1KmHNtrglEJbrU" // tfl-eval: hardcoded-credential
	case "us":
		return os.Getenv("OPSGENIE_KEY_US") // tfl-eval-not: hardcoded-credential
	default:
		return ""
	}
}
