// SPDX-License-Identifier: MIT
#pragma once

#include "pretokenizer.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <memory>
#include <string_view>
#include <vector>

namespace ShadowOptic {

/**
 * A byte-pair encoding with OpenAI's public rank tables (resources/tokenizers/, from js-tiktoken), giving the same
 * token ids as tiktoken / js-tiktoken. Special tokens such as <|endoftext|> are encoded as ordinary text, as
 * tiktoken's encode(text, disallowed_special=()) does (js-tiktoken's plain encode(text) throws on them instead).
 *
 * The shared instances load their table on first use, once; they are immutable and safe to use from any thread.
 */
class BpeEncoding
{
public:
    enum class Kind { Cl100kBase, O200kBase };

    /** The shared instance of `kind`; nullptr only if its resource is missing or corrupt (a build error). */
    static const BpeEncoding *get(Kind kind);
    static const BpeEncoding *cl100kBase() { return get(Kind::Cl100kBase); }
    static const BpeEncoding *o200kBase() { return get(Kind::O200kBase); }

    /** Builds an encoding from a decompressed table (see resources/tokenizers/README.md); nullptr if malformed. */
    static std::unique_ptr<BpeEncoding> fromTable(Kind kind, QByteArray table);
    ~BpeEncoding();

    Kind kind() const { return m_kind; }
    QString name() const; // "cl100k_base", "o200k_base"
    int vocabularySize() const { return int(m_offsets.size()); }

    /** Token ids of `text`; lone surrogates are encoded as U+FFFD, like JavaScript's TextEncoder. */
    std::vector<int> encode(QStringView text) const;
    std::vector<int> encodeUtf8(std::string_view text) const;
    qsizetype count(QStringView text) const;
    qsizetype countUtf8(std::string_view text) const;

    /** The rank (token id) of exactly these bytes, or -1. */
    int rank(std::string_view bytes) const;
    /** The bytes of the tokens (ids out of range are skipped). */
    QByteArray decode(const std::vector<int> &tokens) const;

private:
    BpeEncoding(Kind kind, QByteArray table);
    bool index();
    template <class Sink>
    void mergePiece(const uchar *piece, qsizetype n, Sink &&sink) const;
    template <class Sink>
    void mergeLongPiece(const uchar *piece, qsizetype n, Sink &&sink) const;

    Kind m_kind;
    PreTokenizer m_preTokenizer;
    QByteArray m_table; // the decompressed file; m_offsets point at each token's bytes, preceded by its length
    std::vector<quint32> m_offsets; // by rank
    std::vector<quint64> m_slots; // open addressing: high 32 bits of the hash, low 32 bits rank + 1 (0 = empty)
    quint64 m_mask = 0;
};

} // namespace ShadowOptic
