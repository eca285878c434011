package store

type Config struct {
	Postgres struct {
		Endpoint string `toml:"endpoint"`
		Database string `toml:"database"`
		User     string `toml:"user"`
		MaxConns int    `toml:"max_conns"`
	} `toml:"postgres"`
	Redis struct {
		Nodes    []string `toml:"nodes"`
		PoolSize int      `toml:"pool_size"`
	} `toml:"redis"`
}
