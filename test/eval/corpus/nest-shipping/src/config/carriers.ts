export default () => ({
  carriers: {
    dhl: {
      apiKey: 'T7oP33dHFoEN4gpgg4PJqPDDOmkD2zyI', // tfl-eval: hardcoded-credential
      apiSecret: 'QaqSFXa7Q9YyGlTO', // tfl-eval: hardcoded-credential
      accountNumber: '962634787', // tfl-eval-not: hardcoded-credential
    },
    ups: {
      clientId: 'ruatPJdU2rheE6NTQ0Mk8fdY9rOXQRRqG5BIbLNoOpdb0DdR', // tfl-eval-not: hardcoded-credential
      clientSecret: 'xpckKyE5gyMspXd6DDuFa5zDFXLTzlOsvUuYNEzK9Dg1orzfpNxUxvHokFsjwFGW', // tfl-eval: hardcoded-credential
    },
  },
  labels: { format: 'PDF', passwordProtected: false }, // tfl-eval-not: hardcoded-credential
})
