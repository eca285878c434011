# Deploy targets for the legacy storefront (included from Makefile).
DEPLOY_HOST := ftp.hosting.example
DEPLOY_USER := storefront
# tfl-eval-next-line: hardcoded-credential
DEPLOY_PASS := hmL8X2F5cl01D0Ri

deploy-ftp:
# tfl-eval-next-line: hardcoded-credential
	lftp -u storefront,56OsBaemxRodiDPl -e "mirror -R public/ /htdocs; quit" ftp.hosting.example

deploy-rsync:
# tfl-eval-next-line: hardcoded-credential
	sshpass -p '9FDfOyl4KMXFs7RQ' rsync -az public/ storefront@ssh.hosting.example:/htdocs/

deploy-ci:
	lftp -u $(DEPLOY_USER),$$DEPLOY_PASSWORD -e "mirror -R public/ /htdocs; quit" $(DEPLOY_HOST)
