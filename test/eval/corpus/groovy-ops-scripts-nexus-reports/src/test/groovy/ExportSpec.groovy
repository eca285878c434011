import spock.lang.Specification

class ExportSpec extends Specification {
    def "builds the upload request"() {
        given:
        def conn = Mock(HttpURLConnection)

        when:
        conn.setRequestProperty('Authorization', 'Bearer test-token') // tfl-eval-not: hardcoded-credential

        then:
        1 * conn.setRequestProperty('Authorization', _)
    }
}
