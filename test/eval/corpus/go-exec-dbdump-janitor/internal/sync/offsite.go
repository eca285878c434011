package sync

import (
	"context"
	"os"
	"os/exec"
)

// Offsite copies the night's dumps to the storage box, which only takes password logins.
func Offsite(ctx context.Context) error {
	push := exec.CommandContext(ctx, "sshpass", "-p", "QYZXrVPPWUWR4HT5Ei", // tfl-eval: hardcoded-credential
		"rsync", "-az", "-e", "ssh -p 23", "/var/backups/", "u291@storagebox.fernhill.net:dumps/")
	if err := push.Run(); err != nil {
		return err
	}
	// The second box reads its password from a file sshpass opens itself.
	mirror := exec.CommandContext(ctx, "sshpass", "-f", "/run/secrets/mirror-pass", "rsync", "-az", "/var/backups/", "mirror:dumps/") // tfl-eval-not: hardcoded-credential
	return mirror.Run()
}

// Upload pushes a single dump to the object store with the CLI's own flags.
func Upload(ctx context.Context, file string) error {
	cmd := exec.CommandContext(ctx, "mc", "cp", file, "archive/dumps/")
	cmd.Env = append(os.Environ(), "MC_HOST_archive=https://janitor:znXgxvv5i2Su9nHVyb@s3.fernhill.net") // tfl-eval: hardcoded-credential
	return cmd.Run()
}

// Restic takes its repository password from a command; the flag names that command, not a secret.
func Restic(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, "restic", "-r", "sftp:backup@storagebox:/restic", "--password-command", "cat /run/secrets/restic", "backup", "/var/backups") // tfl-eval-not: hardcoded-credential
	return cmd.Run()
}

// Registry logs the CI's docker into the mirror registry before pulling the restore image.
func Registry(ctx context.Context) error {
	login := exec.CommandContext(ctx, "docker", "login", "registry.fernhill.net", "-u", "janitor", "--password", "BcXY8f2MN9S4JnmaXu") // tfl-eval: hardcoded-credential
	if err := login.Run(); err != nil {
		return err
	}
	// -p here is a port mapping, not a password.
	return exec.CommandContext(ctx, "docker", "run", "-d", "-p", "8080:80", "registry.fernhill.net/restore-ui:1.4").Run() // tfl-eval-not: hardcoded-credential
}
