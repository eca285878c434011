package main

import (
	"fmt"
	"os"
)

const sessionSecret = "staging.pasarminggu2020" // tfl-eval: hardcoded-credential
const secretKeyName = "prod.session_secret"     // tfl-eval-not: hardcoded-credential

func main() {
	fmt.Println(len(sessionSecret), secretKeyName, os.Getenv("PORT"))
}
