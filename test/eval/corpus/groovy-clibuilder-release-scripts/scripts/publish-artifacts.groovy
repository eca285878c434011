#!/usr/bin/env groovy
@Grab('org.apache.httpcomponents.client5:httpclient5:5.3.1')
import groovy.cli.picocli.CliBuilder

def cli = new CliBuilder(usage: 'publish-artifacts.groovy [options] <files>')
cli.with {
    r longOpt: 'repo-url', args: 1, argName: 'url', 'Nexus repository URL'
    u longOpt: 'user', args: 1, 'Deploy user'
    p longOpt: 'password', args: 1, 'Deploy password (falls back to NEXUS_PASSWORD)' // tfl-eval-not: hardcoded-credential
    t longOpt: 'slack-token', args: 1, defaultValue: 'uxYG79meDicFdtjSM66pnk5Hbv', 'Slack bot token for the release note' // tfl-eval: hardcoded-credential
    h longOpt: 'help', 'Show usage'
}

def options = cli.parse(args)
if (!options || options.h) {
    cli.usage()
    return
}

def repoUrl = options.r ?: 'https://nexus.tooling.internal/repository/releases'
def user = options.u ?: 'ci-deployer'
def password = options.p ?: System.getenv('NEXUS_PASSWORD') // tfl-eval-not: hardcoded-credential
def signingPassphrase = options.'signing-passphrase' ?: 'NhjbzlcBZwOSiQpwKTb7UZDOq1' // tfl-eval: hardcoded-credential

options.arguments().each { path ->
    def file = new File(path)
    def conn = new URL("${repoUrl}/${file.name}").openConnection()
    conn.requestMethod = 'PUT'
    conn.doOutput = true
    conn.setRequestProperty('Authorization', 'Basic ' + "${user}:${password}".bytes.encodeBase64())
    file.withInputStream { conn.outputStream << it }
    println "${file.name}: HTTP ${conn.responseCode}"
}
