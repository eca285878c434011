@Grab('org.postgresql:postgresql:42.7.3')
@GrabConfig(systemClassLoader = true)
import groovy.sql.Sql

// One-off import of the vehicle list the leasing company mails over.
def db = Sql.newInstance(
    url: 'jdbc:postgresql://fleet-db.internal:5432/fleet',
    user: 'fleet_import',
    password: System.getenv('FLEET_IMPORT_PASSWORD'), // tfl-eval-not: hardcoded-credential
    driver: 'org.postgresql.Driver')

new File(args[0]).splitEachLine(',') { fields ->
    db.executeInsert('INSERT INTO vehicle(vin, plate) VALUES (?, ?)', [fields[0], fields[1]])
}
db.close()
