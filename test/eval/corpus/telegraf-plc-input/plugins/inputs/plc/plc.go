package plc

import (
	"github.com/influxdata/telegraf"
	"github.com/influxdata/telegraf/plugins/inputs"
)

const sampleConfig = `
  ## PLC gateway
  address = "10.9.0.40:502"
  ## Credentials of the gateway's REST API
  username = "telegraf"
  password = "changeme"
`

type PLC struct {
	Address  string `toml:"address"`
	Username string `toml:"username"`
	Password string `toml:"password"` // tfl-eval-not: hardcoded-credential
}

func (*PLC) SampleConfig() string { return sampleConfig }

func (p *PLC) Gather(acc telegraf.Accumulator) error {
	acc.AddFields("plc", map[string]interface{}{"up": 1}, map[string]string{"address": p.Address})
	return nil
}

func init() {
	inputs.Add("plc", func() telegraf.Input {
		return &PLC{Address: "10.9.0.40:502", Username: "telegraf", Password: "Plc-gw-T3legraf"} // tfl-eval: hardcoded-credential
	})
}
