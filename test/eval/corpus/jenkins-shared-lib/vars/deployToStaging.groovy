def call(Map config = [:]) {
    def registry = config.registry ?: 'registry.acme.example'
    withCredentials([string(credentialsId: 'argocd-token', variable: 'ARGOCD_AUTH_TOKEN')]) { // tfl-eval-not: hardcoded-credential
        sh "argocd app sync ${config.app} --grpc-web"
    }
    def slackToken = 'xoxb-828020446732-8997846128408-cIZ9stqO9EE4sch2Ll5B1BEv' // tfl-eval: hardcoded-credential
    slackSend(channel: '#deploys', token: slackToken, message: "Deployed ${config.app} to staging")
}
