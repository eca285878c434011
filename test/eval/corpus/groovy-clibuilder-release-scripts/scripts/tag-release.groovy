#!/usr/bin/env groovy
@Grab('info.picocli:picocli-groovy:4.7.6')
@Command(name = 'tag-release', mixinStandardHelpOptions = true)
@picocli.groovy.PicocliScript2
import groovy.transform.Field
import static picocli.CommandLine.*

@Option(names = ['-v', '--version'], required = true, description = 'Version to tag')
@Field String version

@Option(names = '--gitlab-token', defaultValue = 'glpat-AgNAshkTUMsmmbH7vmhu', description = 'GitLab API token') // tfl-eval: hardcoded-credential
@Field String gitlabToken

@Option(names = '--jira-password', defaultValue = '${env:JIRA_PASSWORD}', description = 'Jira password') // tfl-eval-not: hardcoded-credential
@Field String jiraPassword

@Option(names = '--project', defaultValue = 'platform/api')
@Field String project

def api = new URL("https://gitlab.tooling.internal/api/v4/projects/${URLEncoder.encode(project, 'UTF-8')}/repository/tags?tag_name=v${version}&ref=main")
def conn = api.openConnection()
conn.requestMethod = 'POST'
conn.setRequestProperty('PRIVATE-TOKEN', gitlabToken)
println "Tagged v${version}: HTTP ${conn.responseCode}"
