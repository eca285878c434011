module github.com/acme-platform/platform/services/gateway

go 1.21

require (
	github.com/acme-platform/platform/auth v0.0.0
	github.com/acme-platform/auth-legacy v0.4.2
	github.com/labstack/echo/v4 v4.12.0
)

replace github.com/acme-platform/platform/auth => ../../auth // tfl-eval-not: dependency-outside-codebase

replace github.com/acme-platform/auth-legacy v0.4.2 => ../../../auth-legacy // tfl-eval: dependency-outside-codebase

// replace github.com/labstack/echo/v4 => ../../../echo // tfl-eval-not: dependency-outside-codebase
