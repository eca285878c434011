import { rates } from './connectors/partners.js';

const zip = process.argv[2] ?? '10115';
console.log(await rates(zip));
