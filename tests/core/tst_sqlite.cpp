// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite RAII wrapper: binding and reading every storage class, transactions that roll back
// unless committed, cached statements, and errors carrying SQLite's message.

#include "core/storage/Sqlite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace larder::sql;
using namespace Qt::StringLiterals;

class TestSqlite : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void bindsAndReadsEveryType() {
        Connection db(u":memory:"_s, Connection::OpenMode::ReadWriteCreate);
        db.exec("CREATE TABLE t (a, b, c, d, e)");
        auto insert = db.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)");
        insert.bind(1, qint64(1) << 40)
            .bind(2, 2.5)
            .bind(3, u"grüße"_s)
            .bind(4, QByteArray("\x00\x01", 2))
            .bindNull(5)
            .run();
        auto select = db.prepare("SELECT a, b, c, d, e FROM t");
        QVERIFY(select.step());
        QCOMPARE(select.int64(0), qint64(1) << 40);
        QCOMPARE(select.real(1), 2.5);
        QCOMPARE(select.text(2), u"grüße"_s);
        QCOMPARE(select.blob(3), QByteArray("\x00\x01", 2));
        QVERIFY(select.isNull(4));
        QCOMPARE(select.value(0).typeId(), QMetaType::LongLong);
        QCOMPARE(select.value(2).toString(), u"grüße"_s);
        QVERIFY(!select.value(4).isValid());
        QVERIFY(!select.step());
    }

    void bindsVariants() {
        Connection db(u":memory:"_s, Connection::OpenMode::ReadWriteCreate);
        auto s = db.prepare("SELECT typeof(?1), typeof(?2), typeof(?3), typeof(?4), ?5");
        s.bind(1, QVariant(true))
            .bind(2, QVariant(1.5))
            .bind(3, QVariant())
            .bind(4, QVariant(QByteArray("x")));
        s.bind(5, QVariant(QDate(2026, 3, 1)));
        QVERIFY(s.step());
        QCOMPARE(s.text(0), u"integer"_s);
        QCOMPARE(s.text(1), u"real"_s);
        QCOMPARE(s.text(2), u"null"_s);
        QCOMPARE(s.text(3), u"blob"_s);
        QCOMPARE(s.text(4), u"2026-03-01"_s);
    }

    void transactionRollsBackUnlessCommitted() {
        QTemporaryDir dir;
        Connection db(dir.filePath(u"t.db"_s), Connection::OpenMode::ReadWriteCreate);
        db.exec("CREATE TABLE t (x)");
        {
            Transaction transaction(db);
            db.exec("INSERT INTO t VALUES (1)");
            QVERIFY(db.inTransaction());
        }
        QVERIFY(!db.inTransaction());
        QCOMPARE(db.scalar("SELECT count(*) FROM t").toInt(), 0);
        {
            Transaction transaction(db);
            db.exec("INSERT INTO t VALUES (1)");
            transaction.commit();
        }
        QCOMPARE(db.scalar("SELECT count(*) FROM t").toInt(), 1);
    }

    void errorsCarrySqliteMessage() {
        Connection db(u":memory:"_s, Connection::OpenMode::ReadWriteCreate);
        try {
            db.exec("SELEC 1");
            QFAIL("a syntax error must throw");
        } catch (const SqlError& e) {
            QVERIFY2(e.message().contains(u"syntax error"_s), qPrintable(e.message()));
        }
        db.exec("CREATE TABLE t (x UNIQUE)");
        db.exec("INSERT INTO t VALUES (1)");
        auto insert = db.prepare("INSERT INTO t VALUES (1)");
        QVERIFY_THROWS_EXCEPTION(SqlError, insert.run());
    }

    void cachedStatementsAreResetBetweenUses() {
        Connection db(u":memory:"_s, Connection::OpenMode::ReadWriteCreate);
        auto& first = db.cached("SELECT ?1");
        first.bind(1, qint64(7));
        QVERIFY(first.step());
        QCOMPARE(first.int64(0), 7);
        auto& again = db.cached("SELECT ?1");
        QCOMPARE(&again, &first);
        QVERIFY(again.step());
        QVERIFY(again.isNull(0)); // bindings were cleared
    }

    void openingMissingFileReadWriteFails() {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(
            SqlError, Connection(dir.filePath(u"missing.db"_s), Connection::OpenMode::ReadWrite));
    }
};

QTEST_APPLESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"
