// Placeholder until the CLI lands.
console.log('twelve-factor-lint');
