package org.acme.ci

class Nexus implements Serializable {
    private static final String USER = 'ci-publisher'
    private static final String PASSWORD = 'J2w7-L*P1M+DNFCJvk_Y' // tfl-eval: hardcoded-credential
    def steps

    Nexus(steps) { this.steps = steps }

    void publish(String file) {
        steps.sh "curl -u ${USER}:${PASSWORD} --upload-file ${file} https://nexus.acme.example/repository/raw/"
    }
}
