"""Seeds the build host's keyring once, so the deploy scripts never read a plain file."""
import getpass

import keyring
from pydantic import SecretStr

keyring.set_password("acme-deploy", "registry", "LQ1nqWI8Hy0N%C2JS4")  # tfl-eval: hardcoded-credential
keyring.set_password("acme-deploy", "vault", getpass.getpass("Vault token: "))  # tfl-eval-not: hardcoded-credential
SIGNING_PASSPHRASE = SecretStr("TcMLB1s!dA9*o#szUpnQ")  # tfl-eval: hardcoded-credential
EMPTY = SecretStr("")  # tfl-eval-not: hardcoded-credential
