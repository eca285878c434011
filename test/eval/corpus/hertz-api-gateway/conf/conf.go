package conf

import (
	"os"
	"sync"

	"gopkg.in/yaml.v3"
)

type Config struct {
	Env   string
	Hertz struct {
		Address string `yaml:"address"`
	} `yaml:"hertz"`
	MySQL struct {
		DSN string `yaml:"dsn"`
	} `yaml:"mysql"`
	Redis struct {
		Address  string `yaml:"address"`
		Password string `yaml:"password"` // tfl-eval-not: hardcoded-credential
	} `yaml:"redis"`
	Upstream struct {
		UserService  string `yaml:"user_service"`
		OrderService string `yaml:"order_service"`
		SharedSecret string `yaml:"shared_secret"` // tfl-eval-not: hardcoded-credential
	} `yaml:"upstream"`
}

var (
	once sync.Once
	conf *Config
)

func Get() *Config {
	once.Do(func() {
		env := os.Getenv("GO_ENV")
		if env == "" {
			env = "test"
		}
		content, err := os.ReadFile("conf/" + env + "/conf.yaml")
		if err != nil {
			panic(err)
		}
		conf = new(Config)
		if err := yaml.Unmarshal(content, conf); err != nil {
			panic(err)
		}
		conf.Env = env
	})
	return conf
}
