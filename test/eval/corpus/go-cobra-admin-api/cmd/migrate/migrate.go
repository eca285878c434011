package migrate

import (
	"fmt"

	"github.com/spf13/cobra"
)

var StartCmd = &cobra.Command{
	Use:   "migrate",
	Short: "Initialize the database",
	Run: func(cmd *cobra.Command, args []string) {
		fmt.Println("migrating")
	},
}
