grails.plugin.springsecurity.userLookup.userDomainClassName = 'library.User'
grails.plugin.springsecurity.password.algorithm = 'bcrypt' // tfl-eval-not: hardcoded-credential
grails.plugin.springsecurity.rememberMe.key = 'fOdD963rrgSK1O0HwE61NyBvRpKIydeR' // tfl-eval: hardcoded-credential

grails.mail.host = 'smtp.library.example'
grails.mail.port = 587
grails.mail.username = 'catalog@library.example'
grails.mail.password = 'FAphapXFA8U91Pab' // tfl-eval: hardcoded-credential

environments {
    development {
        dataSource {
            dbCreate = 'create-drop'
            url = 'jdbc:h2:mem:devDb'
        }
    }
    production {
        dataSource {
            dbCreate = 'none'
            url = System.getenv('JDBC_URL')
            username = 'catalog'
            password = 'M7c5OcacmhtPP3MUPW' // tfl-eval: hardcoded-credential
        }
    }
}
