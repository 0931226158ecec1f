// SPDX-License-Identifier: MIT
// Converts the cl100k_base and o200k_base rank tables of the npm package js-tiktoken (MIT) into the compact files
// that core/tokenize/BpeEncoding loads from resources/tokenizers/. Reproduce with:
//   packaging/install-deps.sh --with-gateway      # installs the pinned js-tiktoken into .tiktoken/
//   node packaging/convert-tiktoken-ranks.mjs [path/to/node_modules/js-tiktoken]
// File layout (then qCompress-ed: 4-byte big-endian raw size + zlib stream):
//   "SOBPE1\0\0", uint32 little-endian token count, then per rank 0..count-1: uint8 byte length, the token's bytes.
// It also writes unicode-classes.bin, the character classes of the split patterns for every non-ASCII code point as
// node's regular expressions see them (Qt 6.4 knows Unicode 14 only, node 20 and tiktoken Unicode 15):
//   "SOUCD1\0\0", uint32 LE run count, then runs of uint32 LE first code point, uint32 LE last, uint8 class bits
//   (1 letter, 2 number, 4 white space, 16 [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}], 32 [\p{Ll}\p{Lm}\p{Lo}\p{M}]).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deflateSync } from "node:zlib";

function qCompress(raw) {
    const size = Buffer.alloc(4);
    size.writeUInt32BE(raw.length);
    return Buffer.concat([size, deflateSync(raw, { level: 9 })]);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = resolve(process.argv[2] ?? join(root, ".tiktoken/node_modules/js-tiktoken"));
const version = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version;

for (const name of ["cl100k_base", "o200k_base"]) {
    const ranks = (await import(pathToFileURL(join(pkg, "dist/ranks", name + ".js")).href)).default;
    const byRank = [];
    for (const line of ranks.bpe_ranks.split("\n").filter(Boolean)) {
        const [, offset, ...tokens] = line.split(" ");
        tokens.forEach((t, i) => (byRank[Number(offset) + i] = Buffer.from(t, "base64")));
    }
    const parts = [Buffer.from("SOBPE1\0\0", "latin1"), Buffer.alloc(4)];
    parts[1].writeUInt32LE(byRank.length);
    for (let r = 0; r < byRank.length; ++r) {
        const bytes = byRank[r];
        if (!bytes || bytes.length === 0 || bytes.length > 255) throw new Error(`${name}: rank ${r} missing or too long`);
        parts.push(Buffer.from([bytes.length]), bytes);
    }
    const out = join(root, "resources/tokenizers", name + ".bpe");
    writeFileSync(out, qCompress(Buffer.concat(parts)));
    console.log(`${name}: ${byRank.length} ranks from js-tiktoken ${version} -> ${out}`);
}

const classes = [
    [/\p{L}/u, 1], [/\p{N}/u, 2], [/\s/u, 4], [/[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]/u, 16], [/[\p{Ll}\p{Lm}\p{Lo}\p{M}]/u, 32],
];
const runs = [];
for (let cp = 0x80; cp <= 0x10ffff; ++cp) {
    const ch = String.fromCodePoint(cp);
    let bits = 0;
    for (const [re, bit] of classes) if (re.test(ch)) bits |= bit;
    const last = runs[runs.length - 1];
    if (bits === 0) continue;
    if (last && last[1] === cp - 1 && last[2] === bits) last[1] = cp;
    else runs.push([cp, cp, bits]);
}
const table = Buffer.alloc(12 + runs.length * 9);
table.write("SOUCD1\0\0", 0, "latin1");
table.writeUInt32LE(runs.length, 8);
runs.forEach(([first, last, bits], i) => {
    table.writeUInt32LE(first, 12 + i * 9);
    table.writeUInt32LE(last, 16 + i * 9);
    table.writeUInt8(bits, 20 + i * 9);
});
writeFileSync(join(root, "resources/tokenizers/unicode-classes.bin"), qCompress(table));
console.log(`unicode-classes: ${runs.length} runs, Unicode ${process.versions.unicode} (node ${process.version})`);
