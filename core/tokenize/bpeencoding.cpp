// SPDX-License-Identifier: MIT
#include "bpeencoding.h"

#include <QFile>

#include <cstring>
#include <limits>
#include <queue>
#include <string>

namespace ShadowOptic {

namespace {
constexpr char kMagic[8] = { 'S', 'O', 'B', 'P', 'E', '1', 0, 0 };
constexpr quint32 kNoRank = std::numeric_limits<quint32>::max();
// Pieces up to this many bytes merge in a flat array (quadratic but cache-friendly); longer ones use a heap.
constexpr qsizetype kShortPiece = 256;

inline quint64 mix(quint64 h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

inline quint64 hashBytes(const uchar *p, size_t n)
{
    quint64 h = 0x9E3779B97F4A7C15ULL ^ (quint64(n) * 0xff51afd7ed558ccdULL);
    while (n >= 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        quint64 v = 0;
        for (size_t k = 0; k < n; ++k)
            v |= quint64(p[k]) << (8 * k);
        h = (h ^ v) * 0x94d049bb133111ebULL;
    }
    return mix(h);
}

// QString::toUtf8() writes '?' for a lone surrogate; JavaScript's TextEncoder (and so js-tiktoken) writes U+FFFD.
std::string toUtf8(QStringView text)
{
    std::string out;
    out.reserve(size_t(text.size()) * 3 / 2 + 8);
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i];
        if (c < 0x80) {
            out.push_back(char(c));
            continue;
        }
        if (c < 0x800) {
            out.push_back(char(0xC0 | (c >> 6)));
            out.push_back(char(0x80 | (c & 0x3F)));
            continue;
        }
        if (QChar::isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
                c = QChar::surrogateToUcs4(char16_t(c), p[++i]);
                out.push_back(char(0xF0 | (c >> 18)));
                out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
                out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
                out.push_back(char(0x80 | (c & 0x3F)));
                continue;
            }
            c = QChar::ReplacementCharacter;
        }
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
    return out;
}

QString resourcePath(BpeEncoding::Kind kind)
{
    return kind == BpeEncoding::Kind::O200kBase ? QStringLiteral(":/tokenizers/o200k_base.bpe")
                                                : QStringLiteral(":/tokenizers/cl100k_base.bpe");
}

std::unique_ptr<BpeEncoding> load(BpeEncoding::Kind kind)
{
    QFile file(resourcePath(kind));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("BpeEncoding: rank table %s is missing", qPrintable(file.fileName()));
        return nullptr;
    }
    auto encoding = BpeEncoding::fromTable(kind, qUncompress(file.readAll()));
    if (!encoding)
        qWarning("BpeEncoding: rank table %s is corrupt", qPrintable(file.fileName()));
    return encoding;
}
} // namespace

BpeEncoding::BpeEncoding(Kind kind, QByteArray table)
    : m_kind(kind)
    , m_preTokenizer(kind == Kind::O200kBase ? PreTokenizer::Pattern::O200k : PreTokenizer::Pattern::Cl100k)
    , m_table(std::move(table))
{
}

BpeEncoding::~BpeEncoding() = default;

const BpeEncoding *BpeEncoding::get(Kind kind)
{
    // Function-local statics: each table is read on first use, exactly once, even when threads race.
    if (kind == Kind::O200kBase) {
        static const std::unique_ptr<BpeEncoding> o200k = load(Kind::O200kBase);
        return o200k.get();
    }
    static const std::unique_ptr<BpeEncoding> cl100k = load(Kind::Cl100kBase);
    return cl100k.get();
}

std::unique_ptr<BpeEncoding> BpeEncoding::fromTable(Kind kind, QByteArray table)
{
    std::unique_ptr<BpeEncoding> encoding(new BpeEncoding(kind, std::move(table)));
    if (!encoding->index())
        return nullptr;
    return encoding;
}

bool BpeEncoding::index()
{
    const qsizetype size = m_table.size();
    if (size < 12 || std::memcmp(m_table.constData(), kMagic, 8) != 0)
        return false;
    const auto *data = reinterpret_cast<const uchar *>(m_table.constData());
    const quint32 count = quint32(data[8]) | quint32(data[9]) << 8 | quint32(data[10]) << 16 | quint32(data[11]) << 24;
    if (count == 0 || count > (1U << 24))
        return false;
    m_offsets.reserve(count);
    qsizetype pos = 12;
    for (quint32 r = 0; r < count; ++r) {
        if (pos >= size || data[pos] == 0 || pos + 1 + data[pos] > size)
            return false;
        m_offsets.push_back(quint32(pos + 1));
        pos += 1 + data[pos];
    }
    quint64 capacity = 1;
    while (capacity < 2 * quint64(count))
        capacity <<= 1;
    m_slots.assign(capacity, 0);
    m_mask = capacity - 1;
    for (quint32 r = 0; r < count; ++r) {
        const uchar *bytes = data + m_offsets[r];
        const quint64 h = hashBytes(bytes, bytes[-1]);
        quint64 i = h & m_mask;
        while (m_slots[i] != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = (h & 0xFFFFFFFF00000000ULL) | (r + 1);
    }
    return true;
}

QString BpeEncoding::name() const
{
    return m_kind == Kind::O200kBase ? QStringLiteral("o200k_base") : QStringLiteral("cl100k_base");
}

int BpeEncoding::rank(std::string_view bytes) const
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const size_t n = bytes.size();
    if (n == 0 || n > 255)
        return -1;
    const quint64 h = hashBytes(p, n);
    const quint64 tag = h & 0xFFFFFFFF00000000ULL;
    const auto *data = reinterpret_cast<const uchar *>(m_table.constData());
    for (quint64 i = h & m_mask;; i = (i + 1) & m_mask) {
        const quint64 slot = m_slots[i];
        if (slot == 0)
            return -1;
        if ((slot & 0xFFFFFFFF00000000ULL) == tag) {
            const quint32 r = quint32(slot) - 1;
            const uchar *bytes = data + m_offsets[r];
            if (bytes[-1] == n && std::memcmp(bytes, p, n) == 0)
                return int(r);
        }
    }
}

// tiktoken's byte_pair_merge: repeatedly merge the adjacent pair whose concatenation has the lowest rank (the
// leftmost on ties), then emit the rank of every remaining part.
template <class Sink>
void BpeEncoding::mergePiece(const uchar *piece, qsizetype n, Sink &&sink) const
{
    if (n > kShortPiece) {
        mergeLongPiece(piece, n, sink);
        return;
    }
    const auto rankOf = [&](quint32 a, quint32 b) {
        const int r = rank(std::string_view(reinterpret_cast<const char *>(piece) + a, b - a));
        return r < 0 ? kNoRank : quint32(r);
    };
    // Part i covers [start[i], start[i + 1]); the last entry is the end sentinel. pairRank[i] ranks parts i + i+1.
    quint32 start[kShortPiece + 1];
    quint32 pairRank[kShortPiece + 1];
    qsizetype m = n + 1;
    for (qsizetype i = 0; i <= n; ++i)
        start[i] = quint32(i);
    for (qsizetype i = 0; i + 2 <= n; ++i)
        pairRank[i] = rankOf(quint32(i), quint32(i + 2));
    pairRank[n - 1] = kNoRank;
    for (;;) {
        quint32 best = kNoRank;
        qsizetype at = -1;
        for (qsizetype i = 0; i + 3 <= m; ++i) {
            if (pairRank[i] < best) {
                best = pairRank[i];
                at = i;
            }
        }
        if (at < 0)
            break;
        std::memmove(start + at + 1, start + at + 2, sizeof(quint32) * size_t(m - at - 2));
        std::memmove(pairRank + at + 1, pairRank + at + 2, sizeof(quint32) * size_t(m - at - 2));
        --m;
        pairRank[at] = at + 2 < m ? rankOf(start[at], start[at + 2]) : kNoRank;
        if (at > 0)
            pairRank[at - 1] = rankOf(start[at - 1], start[at + 1]);
    }
    for (qsizetype i = 0; i + 1 < m; ++i) {
        const quint32 r = rankOf(start[i], start[i + 1]);
        if (r != kNoRank)
            sink(int(r));
    }
}

// The same merge order for long pieces (runs of spaces, minified data) in O(n log n): a linked list of parts and a
// heap of (rank, position) with lazy deletion, so the lowest rank and then the leftmost pair still merges first.
template <class Sink>
void BpeEncoding::mergeLongPiece(const uchar *piece, qsizetype n, Sink &&sink) const
{
    const auto rankOf = [&](qsizetype a, qsizetype b) {
        const int r = rank(std::string_view(reinterpret_cast<const char *>(piece) + a, size_t(b - a)));
        return r < 0 ? kNoRank : quint32(r);
    };
    // Parts are named by their start byte; next[n] is the end sentinel.
    std::vector<qsizetype> next(size_t(n + 1)), prev(size_t(n + 1));
    std::vector<quint32> pairRank(size_t(n + 1), kNoRank);
    using Entry = std::pair<quint32, qsizetype>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    for (qsizetype i = 0; i <= n; ++i) {
        next[size_t(i)] = i + 1;
        prev[size_t(i)] = i - 1;
    }
    for (qsizetype i = 0; i + 2 <= n; ++i) {
        pairRank[size_t(i)] = rankOf(i, i + 2);
        if (pairRank[size_t(i)] != kNoRank)
            heap.emplace(pairRank[size_t(i)], i);
    }
    std::vector<bool> dead(size_t(n + 1), false);
    while (!heap.empty()) {
        const auto [r, a] = heap.top();
        heap.pop();
        if (dead[size_t(a)] || pairRank[size_t(a)] != r)
            continue; // stale entry
        const qsizetype b = next[size_t(a)];
        dead[size_t(b)] = true;
        const qsizetype c = next[size_t(b)];
        next[size_t(a)] = c;
        prev[size_t(c)] = a;
        pairRank[size_t(a)] = c < n ? rankOf(a, next[size_t(c)]) : kNoRank;
        if (pairRank[size_t(a)] != kNoRank)
            heap.emplace(pairRank[size_t(a)], a);
        if (a > 0) {
            const qsizetype p = prev[size_t(a)];
            pairRank[size_t(p)] = rankOf(p, c);
            if (pairRank[size_t(p)] != kNoRank)
                heap.emplace(pairRank[size_t(p)], p);
        }
    }
    for (qsizetype i = 0; i < n; i = next[size_t(i)]) {
        const quint32 r = rankOf(i, next[size_t(i)]);
        if (r != kNoRank)
            sink(int(r));
    }
}

std::vector<int> BpeEncoding::encodeUtf8(std::string_view text) const
{
    std::vector<int> tokens;
    tokens.reserve(text.size() / 3 + 1);
    const auto *s = reinterpret_cast<const uchar *>(text.data());
    const qsizetype n = qsizetype(text.size());
    for (qsizetype i = 0; i < n;) {
        const qsizetype end = m_preTokenizer.pieceEnd(text, i);
        const int r = rank(text.substr(size_t(i), size_t(end - i)));
        if (r >= 0)
            tokens.push_back(r);
        else
            mergePiece(s + i, end - i, [&](int t) { tokens.push_back(t); });
        i = end;
    }
    return tokens;
}

qsizetype BpeEncoding::countUtf8(std::string_view text) const
{
    qsizetype count = 0;
    const auto *s = reinterpret_cast<const uchar *>(text.data());
    const qsizetype n = qsizetype(text.size());
    for (qsizetype i = 0; i < n;) {
        const qsizetype end = m_preTokenizer.pieceEnd(text, i);
        if (rank(text.substr(size_t(i), size_t(end - i))) >= 0)
            ++count;
        else
            mergePiece(s + i, end - i, [&](int) { ++count; });
        i = end;
    }
    return count;
}

std::vector<int> BpeEncoding::encode(QStringView text) const
{
    return encodeUtf8(toUtf8(text));
}

qsizetype BpeEncoding::count(QStringView text) const
{
    return countUtf8(toUtf8(text));
}

QByteArray BpeEncoding::decode(const std::vector<int> &tokens) const
{
    QByteArray bytes;
    for (const int t : tokens) {
        if (t < 0 || t >= vocabularySize())
            continue;
        const char *p = m_table.constData() + m_offsets[size_t(t)];
        bytes.append(p, uchar(p[-1]));
    }
    return bytes;
}

} // namespace ShadowOptic
