def call(Map args) {
    def token = args.token ?: env.SENTRY_AUTH_TOKEN // tfl-eval-not: hardcoded-credential
    sh "sentry-cli --auth-token ${token} upload-dif ${args.path}"
}
