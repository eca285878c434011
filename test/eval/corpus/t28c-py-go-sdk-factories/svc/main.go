package main

import (
	"fmt"
	"os"

	weather "github.com/acme-weather/go-weather"
)

func main() {
	c := weather.NewClient("Zj2aGyXE0V6shKn1MFKYe5uPOLLCDVW89zUtwo1c") // tfl-eval: hardcoded-credential
	e := weather.NewClient(os.Getenv("WEATHER_KEY"))                     // tfl-eval-not: hardcoded-credential
	n := weather.NewClient("weather-svc")                                 // tfl-eval-not: hardcoded-credential
	fmt.Println(c, e, n)
}
