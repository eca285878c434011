# Recorded against the real API while writing the sync spec; the token was left in by mistake.
GITHUB_SYNC_TOKEN = "ghp_WYfXMBRtkQphVnNwxuS3wUarnQB9Sl74D58e" # tfl-eval: hardcoded-credential
