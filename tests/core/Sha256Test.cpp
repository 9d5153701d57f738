#include "util/Sha256.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

namespace {

QByteArray hexOf(Sha256::Rounds rounds, const QByteArray &data)
{
    Sha256 sha(rounds);
    sha.addData(data);
    return sha.result().toHex();
}

// Both kinds of rounds; where the processor lacks the instructions, Fastest is the
// portable code again, and the run says so.
QList<Sha256::Rounds> allRounds()
{
    if (!Sha256::hasInstructions())
        WARN("This processor has no SHA instructions: only the portable rounds are checked here.");
    return {Sha256::Rounds::Portable, Sha256::Rounds::Fastest};
}

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(n, Qt::Uninitialized);
    for (char &c : bytes)
        c = static_cast<char>(random.bounded(256));
    return bytes;
}

} // namespace

TEST_CASE("SHA-256 gives the digests of FIPS 180-4's examples", "[sha256]")
{
    for (const Sha256::Rounds rounds : allRounds()) {
        INFO("rounds " << int(rounds));
        CHECK(hexOf(rounds, {}) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        CHECK(hexOf(rounds, "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        CHECK(hexOf(rounds, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
              == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        CHECK(hexOf(rounds, QByteArray(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
}

TEST_CASE("SHA-256 agrees with QCryptographicHash for every length up to five blocks, whole or in pieces", "[sha256]")
{
    const QByteArray data = randomBytes(330, 20261202);
    for (const Sha256::Rounds rounds : allRounds()) {
        for (qsizetype length = 0; length <= data.size(); ++length) {
            const QByteArray input = data.left(length);
            const QByteArray expected = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
            INFO("rounds " << int(rounds) << ", length " << length);
            CHECK(hexOf(rounds, input) == expected.toHex());
            // Pieces that end inside a block, on its end and just past it.
            for (const qsizetype piece : {1, 7, 55, 63, 64, 65, 129}) {
                Sha256 sha(rounds);
                for (qsizetype at = 0; at < length; at += piece)
                    sha.addData(QByteArrayView(input).sliced(at, qMin(piece, length - at)));
                CHECK(sha.result() == expected);
            }
        }
    }
}

TEST_CASE("SHA-256 of a file-sized buffer fed in 1 MB pieces matches", "[sha256]")
{
    const QByteArray data = randomBytes(3 * (1 << 20) + 12345, 7);
    const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    for (const Sha256::Rounds rounds : allRounds()) {
        Sha256 sha(rounds);
        for (qsizetype at = 0; at < data.size(); at += 1 << 20)
            sha.addData(QByteArrayView(data).sliced(at, qMin(qsizetype(1 << 20), data.size() - at)));
        CHECK(sha.result() == expected);
    }
    CHECK(Sha256::hash(data) == expected);
}
