package fleet

import groovy.json.JsonSlurper
import groovy.sql.Sql

class PartsSupplierService {

    static final String SUPPLIER_TOKEN = 'D1RWoEBgk6FE6xbDLmm4zG4shgQwTTLdkmakTcfP' // tfl-eval: hardcoded-credential
    static final String TOKEN_HEADER = 'X-Supplier-Token' // tfl-eval-not: hardcoded-credential

    def grailsApplication

    List<Map> openOrders() {
        def conn = new URL('https://parts.supplier.example/api/orders?status=open').openConnection()
        conn.setRequestProperty(TOKEN_HEADER, SUPPLIER_TOKEN)
        new JsonSlurper().parse(conn.inputStream) as List<Map>
    }

    void syncWarranty() {
        def sql = Sql.newInstance('jdbc:mysql://warranty-db.internal:3306/warranty', 'fleet_sync', '4LJxm#u#R.qDgP+nZH', 'com.mysql.cj.jdbc.Driver') // tfl-eval: hardcoded-credential
        try {
            sql.eachRow('SELECT vin, expires_on FROM warranty') { row -> log.info("warranty ${row.vin}") }
        } finally {
            sql.close()
        }
    }
}
