package config

type Redis struct {
	DB           int      `mapstructure:"db" json:"db" yaml:"db"`
	Addr         string   `mapstructure:"addr" json:"addr" yaml:"addr"`
	Password     string   `mapstructure:"password" json:"password" yaml:"password"`
	UseCluster   bool     `mapstructure:"use-cluster" json:"use-cluster" yaml:"use-cluster"`
	ClusterAddrs []string `mapstructure:"cluster-addrs" json:"cluster-addrs" yaml:"cluster-addrs"`
}

type Mysql struct {
	Path     string `mapstructure:"path" json:"path" yaml:"path"`
	Port     string `mapstructure:"port" json:"port" yaml:"port"`
	Config   string `mapstructure:"config" json:"config" yaml:"config"`
	Dbname   string `mapstructure:"db-name" json:"db-name" yaml:"db-name"`
	Username string `mapstructure:"username" json:"username" yaml:"username"`
	Password string `mapstructure:"password" json:"password" yaml:"password"`
}

func (m *Mysql) Dsn() string {
	return m.Username + ":" + m.Password + "@tcp(" + m.Path + ":" + m.Port + ")/" + m.Dbname + "?" + m.Config
}
