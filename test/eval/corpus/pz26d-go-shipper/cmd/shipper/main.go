package main

import (
	"log"
	"os"

	"example.org/shipper/internal/remote"
	"github.com/spf13/viper"
)

func main() {
	viper.SetConfigName("config")
	viper.AddConfigPath(".")
	if err := viper.ReadInConfig(); err != nil {
		log.Fatal(err)
	}
	if err := remote.RestartAll(viper.GetStringSlice("hosts")); err != nil {
		log.Fatal(err)
	}
	if err := remote.Upload(os.Args[1]); err != nil {
		log.Fatal(err)
	}
}
