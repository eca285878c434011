package main

import "github.com/acme/roster/cmd"

func main() {
	cmd.Execute()
}
