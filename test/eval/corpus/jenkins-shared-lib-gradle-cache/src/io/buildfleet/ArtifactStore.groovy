package io.buildfleet

class ArtifactStore implements Serializable {
    private static final String STORE_URL = 'https://artifacts.buildfleet.io'
    private static final String ACCESS_KEY = 'AKIA44GAYZ5X2QYUTDVA' // tfl-eval: hardcoded-credential
    private static final String SECRET_KEY = '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' // tfl-eval: hardcoded-credential
    def steps

    ArtifactStore(steps) { this.steps = steps }

    def upload(String file) {
        steps.sh "AWS_ACCESS_KEY_ID=${ACCESS_KEY} AWS_SECRET_ACCESS_KEY=${SECRET_KEY} aws s3 cp ${file} s3://buildfleet-artifacts/"
    }

    def passwordPrompt() {
        return steps.input(message: 'Enter the release password', parameters: [password(name: 'RELEASE_PASSWORD', defaultValue: '')]) // tfl-eval-not: hardcoded-credential
    }
}
