// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace ShadowOptic {

/**
 * What each fuzz target does with one input, shared by the libFuzzer targets (tests/fuzz/fuzz_<name>.cpp, built
 * with the `fuzz` preset) and tst_fuzzregressions, which replays the files in tests/data/fuzz/<name> with the normal
 * build. Each entry runs the input through the production code and returns the broken invariant (a disagreement, an
 * error without a reason), or an empty string; crashes, leaks and undefined behaviour are the sanitizers' to find.
 */
class FuzzEntries
{
public:
    using Entry = QString (*)(const QByteArray &data);

    /** JSONL / JSON array / CSV through LogFileReader, then every record through FastLogParser and through
     *  StrictJson + LogRecordParser: a record the fast path accepts must be accepted, and read the same, by both. */
    static QString logReaders(const QByteArray &data);
    /** TimestampParser on the text, alone and as a record's created_at; an accepted time survives toIso(). */
    static QString createdAt(const QByteArray &data);
    /** JudgeRubric::validate on a judge's output, the verdict's storage round trip, and JudgeProtocol::extract. */
    static QString judge(const QByteArray &data);
    /** ResponseParser on a gateway body: the first byte picks the HTTP status, the second the job's role. */
    static QString gatewayResponse(const QByteArray &data);
    /** A Portkey config as a replay target takes it (validation, redaction, identity, headers) and a rollout
     *  stage table as `rollout --stages FILE` reads it. */
    static QString portkeyConfig(const QByteArray &data);
    /** Portkey pricing and general files, LiteLLM's price map, content detection and the stored catalog. */
    static QString pricing(const QByteArray &data);
    /** The simulator's HTTP/1.1 request parser, fed at once and byte by byte: both must see the same requests. */
    static QString httpRequest(const QByteArray &data);

    /** Target names as in fuzz_<name> and tests/data/fuzz/<name>. */
    static QStringList names();
    static Entry entry(const QString &name);

    /** LLVMFuzzerTestOneInput's body: runs entry and aborts with the broken invariant on stderr. */
    static int fuzz(Entry entry, const uint8_t *data, size_t size);
};

} // namespace ShadowOptic
