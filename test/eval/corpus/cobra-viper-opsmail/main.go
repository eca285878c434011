package main

import "github.com/acme/opsmail/cmd"

func main() { cmd.Execute() }
