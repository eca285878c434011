import { scan } from '../../server/src/engine/scan';
for (const n of [10_000, 20_000, 40_000]) {
  for (const [path, text] of [['b.js', `const ${'A'.repeat(n)}_PASSWORD = 'x9Kq2mZp7Lr4';\n`], ['.env', `${'A'.repeat(n)}_KEY=x9Kq2mZp7Lr4\n`], ['c.json', `{"${'A'.repeat(n)}_password": "x9Kq2mZp7Lr4"}`], ['d.yaml', `${'A'.repeat(n)}_password: x9Kq2mZp7Lr4\n`]] as const) {
    const t = performance.now(); scan({ path }, text); console.log(n, path, (performance.now() - t).toFixed(0), 'ms');
  }
}
