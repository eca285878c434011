const fs = require('fs');

// A tiny "database": one JSON array per collection, read and rewritten whole on each change.
class JsonRepo {
  constructor(fileName) {
    this.fileName = fileName;
    if (!fs.existsSync(fileName)) fs.writeFileSync(fileName, '[]');
  }

  async findAll() {
    const raw = await fs.promises.readFile(this.fileName, 'utf8');
    return JSON.parse(raw);
  }

  async findById(id) {
    return (await this.findAll()).find((record) => record.id === id);
  }

  async create(record) {
    const records = await this.findAll();
    records.push(record);
    await this.writeAll(records);
    return record;
  }

  async writeAll(records) {
    await fs.promises.writeFile(this.fileName, JSON.stringify(records, null, 2));
  }
}

module.exports = JsonRepo;
