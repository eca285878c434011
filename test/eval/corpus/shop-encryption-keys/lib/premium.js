const fs = require('fs');
const crypto = require('crypto');

const [keyLine] = fs.readFileSync(`${__dirname}/../encryptionkeys/premium.key`, 'utf8').split('\n');
const key = Buffer.from(keyLine.split('=')[1].trim(), 'hex');

module.exports.decrypt = (data, iv) => {
  const decipher = crypto.createDecipheriv('aes-128-cbc', key, iv);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
};
