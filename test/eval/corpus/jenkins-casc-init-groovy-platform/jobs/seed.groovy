pipelineJob('deploy-payments') {
    description('Deploys the payments service')
    parameters {
        stringParam('IMAGE_TAG', 'latest', 'Image tag to deploy')
        stringParam('DATADOG_API_KEY', 'a3f9c1e07d5b48b2a6e4c8d0f2b7a9e1', 'Datadog key for the deploy marker') // tfl-eval: hardcoded-credential
        nonStoredPasswordParam('DB_PASSWORD', 'Database password for the migration step')
        choiceParam('TARGET', ['staging', 'production'], 'Where to deploy')
    }
    definition {
        cpsScm {
            scm {
                git {
                    remote {
                        url('https://git.platform.example/payments/deploy.git')
                        credentials('git-readonly')
                    }
                    branch('main')
                }
            }
            scriptPath('Jenkinsfile')
        }
    }
}

job('nightly-backup') {
    wrappers {
        credentialsBinding {
            usernamePassword('PGUSER', 'PGPASSWORD', 'backup-db')
        }
    }
    steps {
        shell('pg_dump -h db.internal -U "$PGUSER" payments | gzip > payments.sql.gz')
        shell('curl -fsS -u backup:Km4tWq9RzX2nLv7pHc5bJd8F -T payments.sql.gz https://nexus.platform.example/repository/backups/') // tfl-eval: hardcoded-credential
    }
}
