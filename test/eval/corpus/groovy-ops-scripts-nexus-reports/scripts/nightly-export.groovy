#!/usr/bin/env groovy
// Nightly export of the order ledger to the partner's SFTP drop; run by cron on the ops box.
@Grab('org.postgresql:postgresql:42.7.3')
import groovy.sql.Sql
import groovy.json.JsonOutput

def env = System.getenv()
def dbUrl = env['LEDGER_DB_URL'] ?: 'jdbc:postgresql://localhost:5432/ledger'
def sql = Sql.newInstance(dbUrl, env['LEDGER_DB_USER'] ?: 'ledger', env['LEDGER_DB_PASSWORD'], 'org.postgresql.Driver') // tfl-eval-not: hardcoded-credential
def replica = Sql.newInstance([url: 'jdbc:postgresql://ledger-replica.internal:5432/ledger', user: 'reporting', password: 'Wn5rTz8kQb3xHm6c', driver: 'org.postgresql.Driver']) // tfl-eval: hardcoded-credential

def rows = replica.rows('SELECT id, amount, currency, booked_at FROM entries WHERE booked_at > now() - interval \'1 day\'')
new File('/tmp/ledger.json').text = JsonOutput.toJson(rows)

def conn = new URL('https://api.partner-bank.example/v2/uploads').openConnection()
conn.setRequestMethod('POST')
conn.setRequestProperty('Content-Type', 'application/json')
conn.setRequestProperty('Authorization', 'Bearer pbk_5Hq2Vx9Lt4Wz6Nc1Rb8Km3PdYt7') // tfl-eval: hardcoded-credential
conn.setRequestProperty('X-Request-Source', 'nightly-export')
conn.doOutput = true
conn.outputStream.withWriter { it << new File('/tmp/ledger.json').text }
println "upload: ${conn.responseCode}"

def notify = ["curl", "-s", "-X", "POST", "-H", "Content-Type: application/json", env['SLACK_WEBHOOK_URL'], "-d", '{"text":"ledger exported"}'].execute() // tfl-eval-not: hardcoded-credential
notify.waitFor()
"curl -fsS -u ops:Gx2dLs7vNq4pRk9w https://nexus.internal.example/service/rest/v1/status".execute().waitFor() // tfl-eval: hardcoded-credential
