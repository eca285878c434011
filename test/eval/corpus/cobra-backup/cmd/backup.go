package cmd

import (
	"context"
	"fmt"
	"os"
	"os/exec"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/opsutils/pgbackup/internal/notify"
	"github.com/opsutils/pgbackup/internal/storage"
)

func runBackup(cmd *cobra.Command, args []string) error {
	dump := exec.CommandContext(cmd.Context(), "pg_dump", "-h", viper.GetString("db-host"), "-U", viper.GetString("db-user"))
	dump.Env = append(os.Environ(), "PGPASSWORD="+viper.GetString("db-password"))
	out, err := dump.Output()
	if err != nil {
		return fmt.Errorf("pg_dump: %w", err)
	}
	up := storage.New(viper.GetString("s3.endpoint"), viper.GetString("s3-access-key"), viper.GetString("s3.secret_key"))
	if err := up.Put(context.Background(), viper.GetString("s3.bucket"), "latest.sql", out); err != nil {
		return err
	}
	return notify.Mail("backup finished")
}
