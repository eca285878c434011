// Read with ConfigSlurper; the environment block picks the stage.
reports {
    outputDir = '/var/lib/reports'
    timezone = 'Europe/Vienna'
}

db {
    url = 'jdbc:postgresql://localhost:5432/reports'
    user = 'reports'
    password = System.getenv('REPORTS_DB_PASSWORD') ?: ''
    driver = 'org.postgresql.Driver'
}

smtp {
    host = 'smtp.reports.example'
    port = 587
    user = 'reports@reports.example'
    password = 'Wd8xNk3qTz6rLm9vBc2jHp5Y' // tfl-eval: hardcoded-credential
}

environments {
    staging {
        db.url = 'jdbc:postgresql://staging-db.internal:5432/reports'
        db.password = 'Fq2mVx7NwT4kLz9pHc3bJs8R' // tfl-eval: hardcoded-credential
    }
    production {
        db.url = System.getenv('REPORTS_DB_URL')
        crm.apiKey = System.getenv('CRM_API_KEY')
    }
    development {
        crm.apiKey = 'dev-key'
    }
}
