def call(Map config = [:]) {
    def registry = config.registry ?: 'registry.buildfleet.io'
    def sonarToken = 'squ_a781811d63185ba49c0832662cf47d5a8b1f5500' // tfl-eval: hardcoded-credential
    withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASSWORD')]) { // tfl-eval-not: hardcoded-credential
        sh "docker login -u \$NEXUS_USER -p \$NEXUS_PASSWORD ${registry}" // tfl-eval-not: hardcoded-credential
        sh "mvn -B sonar:sonar -Dsonar.token=${sonarToken}"
    }
    sh "curl -fsS -u deploy-bot:3Y0GZyTd0lSERN82ulmp https://argocd.buildfleet.io/api/v1/applications/${config.app}/sync -X POST" // tfl-eval: hardcoded-credential
}
