// Grails 6 config in Groovy: read after application.yml.
grails.plugin.springsecurity.userLookup.userDomainClassName = 'fleet.User'
grails.plugin.springsecurity.rememberMe.key = '00XqkM4dKoFBnJ8aEOVufQ4DeBHpRTX6' // tfl-eval: hardcoded-credential
grails.plugin.springsecurity.password.algorithm = 'bcrypt' // tfl-eval-not: hardcoded-credential

environments {
    development {
        dataSource {
            dbCreate = 'update'
            url = 'jdbc:h2:mem:devDb'
            username = 'sa'
            password = '' // tfl-eval-not: hardcoded-credential
        }
    }
    production {
        dataSource {
            dbCreate = 'none'
            url = 'jdbc:postgresql://fleet-db.internal:5432/fleet'
            username = 'fleet'
            password = 'WQq5G-+0pTT3QuZ6pKtv' // tfl-eval: hardcoded-credential
        }
    }
}

telematics {
    apiUrl = 'https://api.telematics.example/v3'
    apiKey = System.getenv('TELEMATICS_API_KEY') ?: 'a90453ae2d11372473460b75f36efbb6' // tfl-eval: hardcoded-credential
    timeoutSeconds = 20
}
