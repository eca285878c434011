// Package servertest runs the gRPC server in-process for tests.
package servertest

const TestAPIKey = "servertest-api-key" // tfl-eval-not: hardcoded-credential
