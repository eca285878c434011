export const products = [
  { name: 'Apple Juice (1000ml)', price: 1.99, description: 'The all-time classic.' },
  { name: 'Eggfruit Juice (500ml)', price: 8.99, description: 'Now with even more exotic flavour.' },
  { name: 'Gift card', price: 50, couponCode: 'WMNSDY2019', secret: 'gift-card-demo-secret' }, // tfl-eval-not: hardcoded-credential
];
