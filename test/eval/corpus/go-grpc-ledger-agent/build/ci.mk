# Shared CI targets, included by the GNUmakefile.
SONAR_HOST  = https://sonar.ledger.example
# tfl-eval-next-line: hardcoded-credential
SONAR_TOKEN = 3d352d32b099544c046c08e4595504bbc5b14248
GOLANGCI_VERSION = v1.59.1

lint:
	golangci-lint run ./...

sonar:
	sonar-scanner -Dsonar.host.url=$(SONAR_HOST) -Dsonar.login=$(SONAR_TOKEN)
