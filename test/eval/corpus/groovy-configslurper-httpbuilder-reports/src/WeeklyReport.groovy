@Grab('io.github.http-builder-ng:http-builder-ng-core:1.0.4')
@Grab('org.postgresql:postgresql:42.7.3')
@GrabConfig(systemClassLoader = true)
import groovy.sql.Sql
import static groovyx.net.http.HttpBuilder.configure

def config = new ConfigSlurper(System.getenv('REPORTS_ENV') ?: 'production').parse(new File('conf/Config.groovy').toURI().toURL())

def sql = Sql.newInstance(config.db.url, config.db.user, config.db.password, config.db.driver)

def crm = configure {
    request.uri = 'https://api.crm.example'
    request.headers['X-Api-Key'] = 'Hn6tRq2WzK9mXv4pLc7bJd3F' // tfl-eval: hardcoded-credential
    request.headers['Accept'] = 'application/json'
}

def billing = configure {
    request.uri = 'https://billing.reports.example'
    request.auth.basic 'reports-svc', 'Tm3kNw8QvR5xZp2cLb7hJs4E' // tfl-eval: hardcoded-credential
}

def archive = configure {
    request.uri = 'https://archive.reports.example'
    request.auth.basic System.getenv('ARCHIVE_USER'), System.getenv('ARCHIVE_PASSWORD')
}

def rows = sql.rows('select region, sum(total) as total from orders group by region')
crm.post { request.body = [report: 'weekly', rows: rows] }
println "Password prompt: enter your password to continue"
