package dump

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// Orders dumps the legacy orders schema that still lives on the old MySQL box.
func Orders(ctx context.Context) error {
	out := filepath.Join(os.Getenv("DUMP_DIR"), fmt.Sprintf("orders-%s.sql", time.Now().Format("20060102")))
	cmd := exec.CommandContext(ctx, "mysqldump",
		"--single-transaction",
		"-h", os.Getenv("ORDERS_DB_HOST"),
		"-u", "janitor",
		"-pzq49L4B8zevAy4tpFj", // tfl-eval: hardcoded-credential
		"--result-file", out,
		"orders")
	return cmd.Run()
}

// Archive reads its credentials from an option file the deploy mounts; -p alone would prompt.
func Archive(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, "mysqldump", "--defaults-extra-file=/run/secrets/archive.cnf", "archive") // tfl-eval-not: hardcoded-credential
	return cmd.Run()
}

// Catalog hands the password to mysqldump through its environment, as the docs advise.
func Catalog(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, "mysqldump", "-u", "catalog", "catalog")
	cmd.Env = append(os.Environ(), "MYSQL_PWD="+os.Getenv("CATALOG_DB_PASSWORD")) // tfl-eval-not: hardcoded-credential
	return cmd.Run()
}

// Interactive is run by hand from a shell on the box: -p with nothing attached prompts.
func Interactive(ctx context.Context, user string) *exec.Cmd {
	return exec.CommandContext(ctx, "mysql", "-u", user, "-p", "orders") // tfl-eval-not: hardcoded-credential
}

// Reporting was moved off the janitor: kept for the one-off restore script.
func Reporting(ctx context.Context, password string) error {
	return exec.CommandContext(ctx, "mysqldump", "-u", "reporting", "-p"+password, "reporting").Run() // tfl-eval-not: hardcoded-credential
}
