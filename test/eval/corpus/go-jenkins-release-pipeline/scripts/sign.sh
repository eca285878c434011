#!/bin/sh
# tfl-eval-next-line: hardcoded-credential
jarsigner -keystore release.jks -storepass SS3cFBm2MfbiTqVm -keypass hYtlqVP6vutxHde2 dist/plugin.jar release
gpg --batch --pinentry-mode loopback --passphrase-file /run/secrets/gpg_pass --detach-sign dist/app.tar.gz
