#include "Sha256.h"

#include <QFile>

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define FAIRCHECK_SHA_X86 1
#include <cpuid.h>
#include <immintrin.h>
#define FAIRCHECK_SHA_TARGET __attribute__((target("sha,ssse3,sse4.1")))
#elif defined(_M_X64) && defined(_MSC_VER)
#define FAIRCHECK_SHA_X86 1
#include <immintrin.h>
#include <intrin.h>
#define FAIRCHECK_SHA_TARGET
#endif

namespace {

// FIPS 180-4, 4.2.2 and 5.3.3.
alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
constexpr std::array<std::uint32_t, 8> kInitial = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

void portableBlocks(std::uint32_t *state, const unsigned char *data, qsizetype count)
{
    for (; count > 0; --count, data += 64) {
        std::uint32_t w[64];
        for (int t = 0; t < 16; ++t)
            w[t] = std::uint32_t(data[4 * t]) << 24 | std::uint32_t(data[4 * t + 1]) << 16
                | std::uint32_t(data[4 * t + 2]) << 8 | std::uint32_t(data[4 * t + 3]);
        for (int t = 16; t < 64; ++t) {
            const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; ++t) {
            const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[t] + w[t];
            const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef FAIRCHECK_SHA_X86
// The SHA extensions keep the working variables as two vectors, ABEF and CDGH (A in
// the highest lane); sha256rnds2 does two rounds, sha256msg1/msg2 the message schedule.
FAIRCHECK_SHA_TARGET void instructionBlocks(std::uint32_t *state, const unsigned char *data, qsizetype count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    const __m128i dcba = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state)), 0xB1);
    const __m128i hgfe = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4)), 0x1B);
    __m128i abef = _mm_alignr_epi8(dcba, hgfe, 8);
    __m128i cdgh = _mm_blend_epi16(hgfe, dcba, 0xF0);
    for (; count > 0; --count, data += 64) {
        const __m128i abefBefore = abef, cdghBefore = cdgh;
        __m128i w[16];
        for (int j = 0; j < 4; ++j)
            w[j] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * j)), byteSwap);
        for (int j = 4; j < 16; ++j)
            w[j] = _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32(w[j - 4], w[j - 3]), _mm_alignr_epi8(w[j - 1], w[j - 2], 4)),
                                        w[j - 1]);
        for (int j = 0; j < 16; ++j) {
            __m128i message = _mm_add_epi32(w[j], _mm_load_si128(reinterpret_cast<const __m128i *>(kRound + 4 * j)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}

bool detectInstructions()
{
    unsigned int a = 0, b = 0, c = 0, d = 0;
#if defined(_MSC_VER) && !defined(__clang__)
    int info[4];
    __cpuid(info, 0);
    if (info[0] < 7)
        return false;
    __cpuid(info, 1);
    c = unsigned(info[2]);
    const bool base = (c & (1u << 9)) && (c & (1u << 19)); // SSSE3, SSE4.1
    __cpuidex(info, 7, 0);
    b = unsigned(info[1]);
#else
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool base = (c & (1u << 9)) && (c & (1u << 19)); // SSSE3, SSE4.1
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
#endif
    return base && (b & (1u << 29)); // SHA
}
#endif

} // namespace

Sha256::Sha256(Rounds rounds)
    : m_state(kInitial)
    , m_blocks(&portableBlocks)
{
#ifdef FAIRCHECK_SHA_X86
    if (rounds == Rounds::Fastest && hasInstructions())
        m_blocks = &instructionBlocks;
#else
    Q_UNUSED(rounds);
#endif
}

bool Sha256::hasInstructions()
{
#ifdef FAIRCHECK_SHA_X86
    static const bool has = detectInstructions();
    return has;
#else
    return false;
#endif
}

void Sha256::addData(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    auto p = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype n = data.size();
    m_length += std::uint64_t(n);
    if (m_buffered > 0) {
        const qsizetype take = qMin(n, qsizetype(64) - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, p, size_t(take));
        m_buffered += take;
        p += take;
        n -= take;
        if (m_buffered < 64)
            return;
        m_blocks(m_state.data(), m_buffer.data(), 1);
        m_buffered = 0;
    }
    if (n >= 64) {
        m_blocks(m_state.data(), p, n / 64);
        p += n / 64 * 64;
        n %= 64;
    }
    if (n > 0) {
        std::memcpy(m_buffer.data(), p, size_t(n));
        m_buffered = n;
    }
}

QByteArray Sha256::result()
{
    // Padding: one 1 bit, zeros up to 56 bytes into a block, the length in bits (big-endian).
    const std::uint64_t bits = m_length * 8;
    unsigned char tail[72] = {0x80};
    const qsizetype zeros = (m_buffered < 56 ? 56 : 120) - m_buffered;
    for (int i = 0; i < 8; ++i)
        tail[zeros + i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    addData(QByteArrayView(reinterpret_cast<const char *>(tail), zeros + 8));
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        for (int k = 0; k < 4; ++k)
            digest[4 * i + k] = static_cast<char>(m_state[size_t(i)] >> (24 - 8 * k));
    }
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

QByteArray Sha256::ofFile(const QString &path, const std::atomic<bool> *stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 sha;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 n = 0;
    while (!(stop && stop->load(std::memory_order_relaxed)) && (n = file.read(chunk.data(), chunk.size())) > 0)
        sha.addData(QByteArrayView(chunk.constData(), n));
    if (n < 0)
        return {};
    return sha.result();
}
