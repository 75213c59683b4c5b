// SPDX-License-Identifier: GPL-3.0-or-later
// The field codec is the single gate for personal data: with a test codec installed, sensitive
// values are stored (in tables and in the operation log) only in encoded form, features read them
// back decoded, and other columns pass untouched.

#include "core/storage/FieldCodec.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "tests/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

// Reversible and visibly different from the input: "enc:" + base64 of the reversed UTF-8 bytes.
class MarkingCodec final : public FieldCodec {
public:
    mutable int encodes = 0;
    mutable int decodes = 0;

    QVariant encode(const TableDef& table, const ColumnDef& column, const QString&,
                    const QVariant& plain) const override {
        ++encodes;
        if (!column.sensitive) // fails the running test; the write goes on, encoded
            QTest::qFail(qPrintable(u"encode called for %1.%2, which is not sensitive"_s.arg(
                             table.name, column.name)),
                         __FILE__, __LINE__);
        QByteArray bytes = plain.toString().toUtf8();
        std::reverse(bytes.begin(), bytes.end());
        return QVariant(QByteArray("enc:" + bytes.toBase64()));
    }
    std::optional<QVariant> decode(const TableDef&, const ColumnDef& column, const QString&,
                                   const QVariant& stored) const override {
        ++decodes;
        QByteArray bytes = stored.toByteArray();
        if (!bytes.startsWith("enc:"))
            return QVariant(u"<not encoded>"_s);
        bytes = QByteArray::fromBase64(bytes.mid(4));
        std::reverse(bytes.begin(), bytes.end());
        const QString text = QString::fromUtf8(bytes);
        if (column.type == ColumnType::Real)
            return QVariant(text.toDouble());
        return QVariant(text);
    }
};

QByteArray allFileBytes(const QString& folder) {
    QByteArray all;
    QDirIterator it(folder, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void sensitiveValuesAreStoredOnlyEncoded() {
        QTemporaryDir dir;
        auto codec = std::make_shared<MarkingCodec>();
        StoreOptions options = fixedOptions(std::make_shared<ManualClock>(TestEpochMs, 1));
        options.codec = codec;
        auto created = Store::create(dir.filePath(u"pantry.larder"_s), u"East"_s, options);
        LARDER_VERIFY_OK(created);
        Store& store = *created.value();

        QString id;
        LARDER_VERIFY_OK(store.write([&id](Writer& w) {
            id = w.insert(u"households", {{u"chosen_name"_s, u"Zelphina Quarrington"_s},
                                          {u"street"_s, u"4417 W Ogdenmarsh Ave"_s},
                                          {u"phone"_s, u"555-867-5309"_s},
                                          {u"latitude"_s, 41.8543},
                                          {u"postal_code"_s, u"60623"_s}});
        }));
        QVERIFY(codec->encodes >= 4);

        // Read back through the store: decoded.
        const Values record = store.record(u"households", id);
        QCOMPARE(record.value(u"chosen_name"_s).toString(), u"Zelphina Quarrington"_s);
        QCOMPARE(record.value(u"latitude"_s).toDouble(), 41.8543);
        QCOMPARE(record.value(u"postal_code"_s).toString(), u"60623"_s);
        int seen = 0;
        LARDER_VERIFY_OK(store.read("SELECT h.chosen_name AS who, h.postal_code, upper(h.city), "
                                    "h.id FROM households h",
                                    {}, [&seen](const Row& row) {
                                        ++seen;
                                        QCOMPARE(row.text(0), u"Zelphina Quarrington"_s);
                                        QCOMPARE(row.text(1), u"60623"_s);
                                    }));
        QCOMPARE(seen, 1);
        // A sensitive column read without its row's id cannot be decoded: the read says so.
        QVERIFY(!store.read("SELECT chosen_name FROM households", {}, [](const Row&) {}).ok());

        // Read raw: encoded in the table and in the operation log.
        auto& db = store.connection();
        QVERIFY(db.scalar("SELECT chosen_name FROM households").toByteArray().startsWith("enc:"));
        // (The insert keeps no copy of a personal value: the record holds it.)
        QCOMPARE(db.scalar("SELECT larder_insert_has(value, 'street') AND larder_insert_value("
                           "value, 'street') IS NULL FROM sync_log WHERE col = '+' AND tbl = "
                           "'households'")
                     .toInt(),
                 1);
        QVERIFY(db.scalar("SELECT postal_code FROM households").toByteArray().startsWith("enc:"));
        QCOMPARE(db.scalar("SELECT adults FROM households").toInt(), 1); // sizes stay plain

        // An update compares decoded values: the same name again records nothing.
        const qint64 seq = store.lastSeq();
        LARDER_VERIFY_OK(store.write([&id](Writer& w) {
            QCOMPARE(w.update(u"households", id, {{u"chosen_name"_s, u"Zelphina Quarrington"_s}}),
                     0);
            QCOMPARE(w.update(u"households", id, {{u"unit"_s, u"Rear"_s}}), 1);
        }));
        QCOMPARE(store.lastSeq(), seq + 1);

        // Nowhere in the files on disk does a plaintext name, street or phone appear.
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const QByteArray bytes = allFileBytes(dir.path());
        QVERIFY(!bytes.isEmpty());
        for (const char* secret : {"Zelphina", "Ogdenmarsh", "867-5309"})
            QVERIFY2(!bytes.contains(secret), secret);
        QVERIFY(!bytes.contains("60623"));
    }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
