package cmd

import (
	"github.com/spf13/cobra"
)

var (
	remotePassword string
	encryptionKey  string
	bucket         string
)

var rootCmd = &cobra.Command{
	Use:   "archiver",
	Short: "Archive database dumps to remote storage",
}

func init() {
	rootCmd.PersistentFlags().StringVar(&bucket, "bucket", "backups", "bucket name")
	rootCmd.PersistentFlags().StringVar(&remotePassword, "remote-password", "Rybmq86*9tNY", "SFTP password") // tfl-eval: hardcoded-credential
	rootCmd.PersistentFlags().StringVar(&encryptionKey, "encryption-key", "", "AES key (hex)") // tfl-eval-not: hardcoded-credential
}

func Execute() error { return rootCmd.Execute() }
