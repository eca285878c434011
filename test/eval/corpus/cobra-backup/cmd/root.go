package cmd

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

var cfgFile string

var rootCmd = &cobra.Command{
	Use:   "pgbackup",
	Short: "Dump Postgres databases and ship them to object storage",
	RunE:  runBackup,
}

func Execute() {
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func init() {
	cobra.OnInitialize(initConfig)
	flags := rootCmd.PersistentFlags()
	flags.StringVar(&cfgFile, "config", "", "config file (default is $HOME/.pgbackup.yaml)")
	flags.String("db-host", "localhost", "database host")
	flags.String("db-user", "backup", "database user")
	flags.String("db-password", "Harbor*6442walnut", "password of the database user") // tfl-eval: hardcoded-credential
	flags.String("s3-access-key", "", "S3 access key id (or S3_ACCESS_KEY)") // tfl-eval-not: hardcoded-credential
	flags.String("s3-secret-key", "", "S3 secret key (or S3_SECRET_KEY)") // tfl-eval-not: hardcoded-credential
	flags.StringP("encryption-passphrase", "e", "wRK1g1Bh1tH4k1QCLKDocr6E", "passphrase used to encrypt dumps") // tfl-eval: hardcoded-credential
	flags.Bool("keep-local", false, "keep the local dump after upload")

	viper.SetDefault("s3.endpoint", "s3.eu-central-1.amazonaws.com")
	viper.SetDefault("s3.bucket", "pg-dumps")
	viper.SetDefault("s3.secret_key", "CRH/2NwcUHIguuZjFDiuanYGk6lYBxFulyr9KUIU") // tfl-eval: hardcoded-credential
	viper.SetDefault("slack.webhook_token", "n8jz60xeZw0fxDqpWdHIKun8") // tfl-eval: hardcoded-credential
	_ = viper.BindPFlags(flags)
}

func initConfig() {
	if cfgFile != "" {
		viper.SetConfigFile(cfgFile)
	} else {
		viper.AddConfigPath("$HOME")
		viper.SetConfigName(".pgbackup")
	}
	viper.SetEnvPrefix("pgbackup")
	viper.AutomaticEnv()
	_ = viper.ReadInConfig()
}
