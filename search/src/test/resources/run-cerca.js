// Test driver: reads {script, index, texts, queries} as JSON on standard input and prints
// {terms: [[…] per text], hits: [[slug…] per query]} computed by the static export's script.
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const module = { exports: {} };
  new Function('module', input.script)(module);
  const cerca = module.exports;
  const index = new cerca.Index(JSON.parse(input.index));
  const terms = input.texts.map((t) => index.analysis.terms(t));
  const hits = input.queries.map((q) => cerca.search(index, q).hits.map((n) => index.articles[n][0]));
  process.stdout.write(JSON.stringify({ terms, hits }));
});
