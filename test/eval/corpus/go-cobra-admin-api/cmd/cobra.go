package cmd

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/example/admin-api/cmd/api"
)

var rootCmd = &cobra.Command{
	Use:   "admin-api",
	Short: "admin-api",
}

func init() {
	rootCmd.AddCommand(api.StartCmd)
}

func Execute() {
	if err := rootCmd.Execute(); err != nil {
		os.Exit(-1)
	}
}
