// SPDX-License-Identifier: MIT
#pragma once

#include "domain/logrecord.h"

namespace ShadowOptic {

/** The import's fast path: reads a Portkey log object with simdjson instead of QJsonDocument, which cost a third
 *  of an import's CPU time. It handles the usual shape (request as an object with a messages array) and hands
 *  everything it does not handle back (returns false), to be parsed by QJsonDocument + LogRecordParser.
 *  The result is the same LogRecord in every field: the prompt messages, the bulk of a row, are read here; all
 *  other fields go through LogRecordParser::parse on a small QJsonObject of the rest, so the rules for aliases,
 *  units and types are written once. Thread-safe (one simdjson parser per thread). */
class FastLogParser
{
public:
    /** True when *out holds the parsed record. False when the record needs the full parser: invalid JSON,
     *  not an object, a wrapped or JSON-encoded request, duplicate keys, or any field LogRecordParser rejects
     *  (the full parser then reports the reason). */
    static bool parse(const QByteArray &json, LogRecord *out);
};

} // namespace ShadowOptic
