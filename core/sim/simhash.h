// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace ShadowOptic {

/**
 * Stable hashing and a tiny PRNG for the simulator. qHash() is seeded per process, so it would make
 * "deterministic per model + prompt" answers differ between runs; FNV-1a and splitmix64 do not.
 */
class SimHash
{
public:
    static constexpr quint64 fnvOffset = 14695981039346656037ULL;

    static constexpr quint64 fnv1a(QByteArrayView data, quint64 h = fnvOffset) noexcept
    {
        for (const char c : data) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ULL;
        }
        return h;
    }

    // Hashes UTF-16 code units, so no conversion to UTF-8 is needed on the hot path.
    static quint64 fnv1a(QStringView text, quint64 h = fnvOffset) noexcept
    {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            h ^= static_cast<unsigned char>(u & 0xff);
            h *= 1099511628211ULL;
            h ^= static_cast<unsigned char>(u >> 8);
            h *= 1099511628211ULL;
        }
        return h;
    }

    static constexpr quint64 mix(quint64 x) noexcept
    {
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }

    static constexpr quint64 mix(quint64 a, quint64 b) noexcept { return mix(a ^ mix(b)); }

    // Uniform in [0, 1).
    static constexpr double unit(quint64 x) noexcept { return double(mix(x) >> 11) * (1.0 / 9007199254740992.0); }

    /** Deterministic stream of pseudo random numbers (splitmix64). */
    class Rng
    {
    public:
        explicit constexpr Rng(quint64 seed) noexcept
            : m_state(seed)
        {
        }
        constexpr quint64 next() noexcept
        {
            m_state += 0x9e3779b97f4a7c15ULL;
            quint64 z = m_state;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            return z ^ (z >> 31);
        }
        constexpr double uniform() noexcept { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
        constexpr int bounded(int n) noexcept { return n <= 0 ? 0 : int(next() % quint64(n)); }
        constexpr bool chance(double p) noexcept { return uniform() < p; }

    private:
        quint64 m_state;
    };
};

} // namespace ShadowOptic
