package cmd

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

var (
	cfgFile   string
	smtpPass  string
	sshPass   string
	apiToken  string
	bindDN    string
)

var rootCmd = &cobra.Command{
	Use:   "opsmail",
	Short: "Send the nightly ops digest and rotate jump-host keys",
}

func Execute() {
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func init() {
	cobra.OnInitialize(initConfig)
	rootCmd.PersistentFlags().StringVar(&cfgFile, "config", "", "config file (default is $HOME/.opsmail.yaml)")
	rootCmd.PersistentFlags().StringVar(&smtpPass, "smtp-password", "7T-!niSl8MSvf#GV", "SMTP password for the relay") // tfl-eval: hardcoded-credential
	rootCmd.PersistentFlags().StringVarP(&sshPass, "ssh-password", "p", "", "password for the jump host (prompted when empty)") // tfl-eval-not: hardcoded-credential
	rootCmd.PersistentFlags().StringVar(&apiToken, "token", os.Getenv("OPSMAIL_TOKEN"), "status page API token") // tfl-eval-not: hardcoded-credential
	rootCmd.PersistentFlags().StringVar(&bindDN, "bind-dn", "cn=opsmail,ou=services,dc=acme,dc=example", "LDAP bind DN")

	viper.SetDefault("smtp.host", "smtp.acme.example")
	viper.SetDefault("smtp.port", 587)
	viper.SetDefault("smtp.username", "opsmail@acme.example")
	viper.SetDefault("statuspage.api_key", "52b517b09659644dc11fe148b81bfedd") // tfl-eval: hardcoded-credential
	viper.SetDefault("ldap.password", "xoo@jNnf97@H1NKLOs37")       // tfl-eval: hardcoded-credential
	viper.SetDefault("ldap.password_attribute", "userPassword") // tfl-eval-not: hardcoded-credential
	_ = viper.BindPFlag("smtp.password", rootCmd.PersistentFlags().Lookup("smtp-password"))
}

func initConfig() {
	if cfgFile != "" {
		viper.SetConfigFile(cfgFile)
	} else {
		home, _ := os.UserHomeDir()
		viper.AddConfigPath(home)
		viper.SetConfigName(".opsmail")
	}
	viper.SetEnvPrefix("OPSMAIL")
	viper.AutomaticEnv()
	_ = viper.ReadInConfig()
}
