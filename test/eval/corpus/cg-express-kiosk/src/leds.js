const five = require('johnny-five');

const LED_PIN = 13; // tfl-eval-not: hardcoded-credential
const BUZZER_PIN = 8; // tfl-eval-not: hardcoded-credential
const board = new five.Board({ repl: false });

board.on('ready', () => {
  const led = new five.Led(LED_PIN);
  board.pinMode(BUZZER_PIN, five.Pin.OUTPUT); // tfl-eval-not: hardcoded-credential
  led.blink(500);
});
