import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { JSONFilePreset } from 'lowdb/node';

const db = await JSONFilePreset('bookmarks.json', { bookmarks: [] }); // tfl-eval-not: memory-session-store

yargs(hideBin(process.argv))
  .command('add <url>', 'save a bookmark', () => {}, async (argv) => {
    db.data.bookmarks.push({ url: argv.url, at: Date.now() });
    await db.write();
  })
  .command('ls', 'list bookmarks', () => {}, () => {
    for (const { url } of db.data.bookmarks) console.log(url);
  })
  .parse();
