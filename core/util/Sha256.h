#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <atomic>
#include <cstdint>

class QString;

// SHA-256 (FIPS 180-4) for digests of whole files (imports, attachments). Where the
// processor has the SHA extensions (x86: Intel since 2016's Goldmont and Ice Lake, AMD
// since Zen) it hashes several times faster than QCryptographicHash, whose code is
// portable C and took a core from an import building its indexes on both. Elsewhere
// (ARM, LoongArch, older x86) it uses the portable rounds here, which give the same digest.
class Sha256 final
{
public:
    enum class Rounds {
        Fastest,  // the processor's instructions when it has them, else Portable
        Portable, // plain C++ on every processor
    };

    explicit Sha256(Rounds rounds = Rounds::Fastest);

    void addData(QByteArrayView data);
    // The 32-byte digest; the object is then spent (make a new one for another digest).
    QByteArray result();

    // Whether Fastest uses the processor's SHA instructions on this machine.
    static bool hasInstructions();

    static QByteArray hash(QByteArrayView data);
    // A file's digest, read in 1 MB pieces; empty when the file cannot be read. When
    // `stop` turns true, reading ends early and the result means nothing (an import
    // that left early need not wait for the rest of a big file).
    static QByteArray ofFile(const QString &path, const std::atomic<bool> *stop = nullptr);

private:
    using Blocks = void (*)(std::uint32_t *state, const unsigned char *data, qsizetype count);

    std::array<std::uint32_t, 8> m_state;
    std::array<unsigned char, 64> m_buffer{};
    qsizetype m_buffered = 0;
    std::uint64_t m_length = 0; // bytes
    Blocks m_blocks;
};
