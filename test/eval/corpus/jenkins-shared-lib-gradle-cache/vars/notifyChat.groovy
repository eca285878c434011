def call(String status) {
    def webhook = 'https://chat.buildfleet.io/hooks/Esul5RGrrgtIOlCZejHjenUjvL' // tfl-eval-not: hardcoded-credential
    def color = status == 'SUCCESS' ? 'good' : 'danger'
    httpRequest url: env.CHAT_WEBHOOK ?: webhook, httpMode: 'POST', contentType: 'APPLICATION_JSON',
        requestBody: groovy.json.JsonOutput.toJson([text: "${env.JOB_NAME} #${env.BUILD_NUMBER}: ${status}", color: color])
}
