const { Client } = require('ssh2');

function runOnBastion(command) {
  return new Promise((resolve, reject) => {
    const conn = new Client();
    conn
      .on('ready', () => conn.exec(command, (err, stream) => (err ? reject(err) : stream.on('close', resolve))))
      .on('error', reject)
      .connect({ host: 'bastion.corp.example', port: 22, username: 'provisioner', password: 'v6d1k758zTefRZIF' }); // tfl-eval: hardcoded-credential
  });
}

module.exports = { runOnBastion };
