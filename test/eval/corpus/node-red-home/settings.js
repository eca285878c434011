/**
 * Node-RED settings for the house controller (Raspberry Pi in the hallway).
 * Copied from the default settings.js shipped with node-red 3.1 and trimmed.
 **/

module.exports = {
    flowFile: 'flows.json',

    // The credentials in flows_cred.json are encrypted with this key.
    credentialSecret: "2UyjsSHsGedJRorsS8bEMq", // tfl-eval: hardcoded-credential

    flowFilePretty: true,

    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "$2b$08$aldsnznkao7Cj52S2w0GKDqBCjgI0TnwGdeV624KpVyzhPaDDve5K", // tfl-eval-not: hardcoded-credential
            permissions: "*"
        }]
    },

    httpNodeAuth: { user: "sensors", pass: "$2a$08$GyeYAIBZ1t11Wn6UbQiZdzDxoDeYtwrHjnPjvMH2Dp0IW.DJ2EpU2" }, // tfl-eval-not: hardcoded-credential

    uiPort: process.env.PORT || 1880,

    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,

    functionGlobalContext: {
        os: require('os'),
        influx: {
            url: 'http://192.168.1.20:8086',
            org: 'home',
            bucket: 'sensors',
            token: 'PDzaF/UHg+RLwmq7+N1xsFdYmCizT2GmVXnGoRAKASxFRIlUEBYJ3xEuN0uSEQaEhiRCQwaAGrXsl2X0vHEyC7==' // tfl-eval: hardcoded-credential
        },
        pushover: {
            user: process.env.PUSHOVER_USER,
            token: 'a60ey4u168nqz58qbk2bw4v3sibr76' // tfl-eval: hardcoded-credential
        }
    },

    exportGlobalContextKeys: false,

    logging: {
        console: {
            level: "info",
            metrics: false,
            audit: false
        }
    },

    editorTheme: {
        projects: {
            enabled: false
        },
        login: {
            message: "Enter the admin password" // tfl-eval-not: hardcoded-credential
        }
    }
}
