// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace larder::sql {
class Connection;
}

namespace larder::migrations {

// Forward-only schema steps. Step N takes a database at user_version N-1 to N. Steps are frozen
// once released: a later change is a new step, shipped with a fixture of the version before it
// (tests/fixtures/schema-vN.sql) and a test that migrates that fixture.
QList<QByteArray> steps();

// Runs every step above the file's version, and the guard triggers, in one transaction. The
// caller has checked that the file is not newer than this build.
void migrate(sql::Connection& connection);
// Triggers and views in a migrated file that Larder's steps do not make, or whose SQL differs
// from theirs (a trigger can copy personal values somewhere no purge reaches): their names.
// Guard triggers that are missing are not listed; the Store puts them back.
QStringList foreignObjects(sql::Connection& connection);

} // namespace larder::migrations
