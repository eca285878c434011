import { readFile, writeFile } from 'fs/promises';

/** A collection kept as one JSON document. */
export class JsonStore<T extends { id: string }> {
  constructor(private readonly file: string) {}

  async list(): Promise<T[]> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as T[];
    } catch {
      return [];
    }
  }

  async upsert(item: T): Promise<void> {
    const items = (await this.list()).filter((existing) => existing.id !== item.id);
    items.push(item);
    await writeFile(this.file, JSON.stringify(items));
  }

  async remove(id: string): Promise<void> {
    await writeFile(this.file, JSON.stringify((await this.list()).filter((item) => item.id !== id)));
  }
}
