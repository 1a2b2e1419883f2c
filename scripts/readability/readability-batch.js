// Runs Mozilla Readability on saved HTML pages and writes, per page, OUT/NAME.json with the
// fields the extraction scorers read: title, date, authors, bodyMarkdown (Readability's text).
//   node readability-batch.js OUT FILE...
// Prints the number of pages and the time per page. Used by scripts/eval-html-vs-readability.sh.
const fs = require("fs");
const path = require("path");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const [out, ...files] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const quiet = new VirtualConsole();
let millis = 0;
for (const file of files) {
  const html = fs.readFileSync(file); // a Buffer: jsdom sniffs the charset as a browser does
  const start = process.hrtime.bigint();
  let result = {};
  try {
    const dom = new JSDOM(html, { virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (article) {
      result = {
        title: article.title || null,
        date: article.publishedTime || null,
        authors: article.byline ? [{ name: article.byline }] : [],
        bodyMarkdown: article.textContent || "",
      };
    }
    dom.window.close();
  } catch (e) {
    result = { error: String(e) };
  }
  millis += Number(process.hrtime.bigint() - start) / 1e6;
  const name = path.basename(file).replace(/\.html?$/, "");
  fs.writeFileSync(path.join(out, name + ".json"), JSON.stringify(result));
}
console.log(`readability: ${files.length} pages, ${(millis / Math.max(1, files.length)).toFixed(2)} ms per page`);
