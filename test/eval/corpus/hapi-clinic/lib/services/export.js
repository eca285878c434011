const fs = require('fs');

function exportPatients(rows, file) {
  const out = fs.createWriteStream(file || 'patients-export.csv'); // tfl-eval-not: file-logger
  for (const row of rows) out.write(`${row.id},${row.name}\n`);
  out.end();
}

module.exports = { exportPatients };
