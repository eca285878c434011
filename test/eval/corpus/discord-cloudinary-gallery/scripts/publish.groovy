import groovy.transform.Field

@Field final String API_TOKEN = 'ZgPOf19S6NQcXuOat4uHjsmT4ZSKGhExAzz1lnJX' // tfl-eval: hardcoded-credential
@Field final String API_URL = 'https://gallery.acme.example/api'

def headers = [Authorization: "Bearer iJ8QmAoIn4qJ0OuVLflTXU6ltB5yUno1wSKvfzxY", Accept: 'application/json'] // tfl-eval: hardcoded-credential
def conn = new URL("${API_URL}/publish").openConnection()
headers.each { k, v -> conn.setRequestProperty(k, v) }
conn.setRequestProperty('X-Token', API_TOKEN)
println conn.responseCode
