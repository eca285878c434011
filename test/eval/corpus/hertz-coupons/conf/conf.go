package conf

import (
	"os"
	"path/filepath"
	"sync"

	"gopkg.in/yaml.v3"
)

type Config struct {
	Env   string
	Hertz Hertz `yaml:"hertz"`
	MySQL MySQL `yaml:"mysql"`
	Redis Redis `yaml:"redis"`
}

type Hertz struct {
	Address       string `yaml:"address"`
	SessionSecret string `yaml:"session_secret"`
	LogFileName   string `yaml:"log_file_name"`
}

type MySQL struct {
	DSN string `yaml:"dsn"`
}

type Redis struct {
	Address  string `yaml:"address"`
	Password string `yaml:"password"`
	DB       int    `yaml:"db"`
}

var (
	conf *Config
	once sync.Once
)

// GetConf reads conf/<GO_ENV>/conf.yaml once; GO_ENV defaults to test, as cwgo generates it.
func GetConf() *Config {
	once.Do(func() {
		env := os.Getenv("GO_ENV")
		if env == "" {
			env = "test"
		}
		content, err := os.ReadFile(filepath.Join("conf", env, "conf.yaml"))
		if err != nil {
			panic(err)
		}
		conf = &Config{Env: env}
		if err := yaml.Unmarshal([]byte(os.ExpandEnv(string(content))), conf); err != nil {
			panic(err)
		}
	})
	return conf
}
