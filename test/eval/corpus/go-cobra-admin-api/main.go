package main

import "github.com/example/admin-api/cmd"

func main() {
	cmd.Execute()
}
