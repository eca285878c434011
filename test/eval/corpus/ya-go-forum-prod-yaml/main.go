package main

import (
	"log"

	"github.com/spf13/viper"
)

func main() {
	viper.SetConfigFile("server/forum.yaml")
	if err := viper.ReadInConfig(); err != nil {
		log.Fatal(err)
	}
}
