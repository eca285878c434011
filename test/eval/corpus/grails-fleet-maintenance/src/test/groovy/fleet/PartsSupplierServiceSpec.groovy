package fleet

import spock.lang.Specification

class PartsSupplierServiceSpec extends Specification {
    def "sends the supplier token"() {
        given:
        def token = 'test-token-123' // tfl-eval-not: hardcoded-credential

        expect:
        token.startsWith('test')
    }
}
