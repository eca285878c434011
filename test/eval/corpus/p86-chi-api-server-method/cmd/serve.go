package cmd

import (
	"log"

	"github.com/spf13/cobra"

	"github.com/acme/roster/api"
)

var serveCmd = &cobra.Command{
	Use:   "serve",
	Short: "start the roster API",
	Run: func(cmd *cobra.Command, args []string) {
		server, err := api.NewServer()
		if err != nil {
			log.Fatal(err)
		}
		server.Start()
	},
}

func init() {
	RootCmd.AddCommand(serveCmd)
}
