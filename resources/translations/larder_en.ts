<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Context</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 0 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>LARDER_KDF must be &quot;moderate&quot; (the default) or &quot;minimal&quot; (for tests only), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper must be letter or a4, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LARDER_KDF=minimal works only in a build made for tests; this Larder always uses the moderate cost. Unset LARDER_KDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --period or --from and --to, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are required (or --period): the period&apos;s first and last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::Backups</name>
    <message>
        <source>Check that the disk is not full and that the folder %1 can be written to, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not create the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not write a backup (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not name the new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not delete an old backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not read the deletions to apply to backups (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file in the backups folder is not a Larder file, so Larder cannot scrub it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it out of the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not replace a backup with its scrubbed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not remove deleted records from a backup (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this backup by hand if it cannot be opened; the others are unaffected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pantry is locked: unlock it first, so the new backup is taken with every value sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry has no passphrase yet, so a new backup would be as readable as the old ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pantry its passphrase (or unlock it), then replace the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not delete an unprotected backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::Error</name>
    <message>
        <source>The household details are locked on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coordinator unlocks them with the pantry&apos;s passphrase (larder-cli: add --passphrase-file FILE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::Integrity</name>
    <message>
        <source>could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity_check found the file sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 refers to a missing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every reference between tables points to an existing row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 broken reference(s); first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on-hand total(s) equal the sum of the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this site&apos;s %1 operation(s) are numbered 1 to %1 without a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first is %1, not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operation(s) are missing, first seq %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s counter says %1 but the highest is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this site has %1 operation(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no operation is later than the file&apos;s clock (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operation(s) are later than the file&apos;s clock (%2); latest: site %3, seq %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of %1 record(s) has its operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of %1 record(s) was deleted before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of %1 ledger row(s) has its operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ledger row(s) have no operation; first: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 guard triggers are in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 guard trigger(s) are missing, so tools can change data without Larder; first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this pantry has no passphrase yet: nothing is sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the details are locked (add --passphrase-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 sealed value(s) open in their place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sealed value(s) do not open where they are (moved or damaged; they read as empty); first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 personal value(s) are stored plain in a pantry that has a passphrase (written by another program); first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each ledger row was written by its own operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ledger row(s) and %2 operation(s) naming ledger rows: an operation names no row, or one row twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ledger row(s) differ from their operation (another laptop&apos;s number carries other contents); first: stock_movements %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record(s) differ from their winning operations; first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record(s) have operations but no row (waiting for fields that have not arrived, or lost); first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record(s) have no operation; first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of %1 record(s) equals its rebuild from its operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every operation&apos;s laptop, person and field are named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s quick_check found the file sound (--thorough also compares every index with its table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s %1 reports %n problem(s), first: %2</source>
        <translation>
            <numerusform>SQLite&apos;s %1 reports %n problem, first: %2</numerusform>
            <numerusform>SQLite&apos;s %1 reports %n problems, first: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1 at location %2, lot %3: ledger says %4, on hand says %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on-hand total(s) differ from the ledger; first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site %1, seq %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operation(s) name a laptop, person or field the file does not know; first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record(s) have no operation, so no other laptop can learn of them; first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted record(s) are back in the file; first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the details are locked or have no passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of %1 personal value(s) kept for its insert is the one inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 personal value(s) differ from the insert that wrote them (changed behind Larder&apos;s back); first: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::KeyRing</name>
    <message>
        <source>The pantry&apos;s wrapped key is damaged, so its household details cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Open a backup, or join the network again from another laptop&apos;s sync file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hold the pantry&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to check the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not this pantry&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check capitals and spaces, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household details are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wrapped key asks for a key derivation Larder never uses (%1 passes, %2 MiB of memory), so it was not tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not made by this Larder, or it was altered. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::PrivacySettings</name>
    <message>
        <source>Route sheets show initials only, no phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months a closed household is kept before it is erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without use before the details lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting that waits for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::Store</name>
    <message>
        <source>Nothing was saved. If this keeps happening, run &quot;larder-cli --db FILE check&quot; and ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is already open in another running Larder (process %1 on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it there first: only one Larder can change a file at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so Larder cannot keep its files there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the file to a folder you can write to (such as Documents) and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not lock the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk is not full and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or open the file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the folder first, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pantry needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the site a name, such as &quot;Eastside pantry&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder cannot create a file here (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and folder, or create a new pantry file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder may not read this file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Larder file (it is not a database at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file that Larder made, usually ending in .larder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a database, but not one of Larder&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to, or change its permissions, and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by a newer Larder (file version %1; this Larder reads up to version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Larder on this computer to open it. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not switch the file to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the file to a local folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is damaged or is not a Larder file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backup or the latest sync file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder cannot write next to this file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is already open in another running Larder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds schema code that Larder did not make (%1): it could copy household details where nothing erases them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Open a backup, or have someone you trust remove it with the sqlite3 tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry has no network passphrase yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it one with &quot;larder-cli passphrase set&quot; or in the app, or join a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not this network&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check capitals and spaces, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry has no passphrase to change yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it its first one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry already has a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not this pantry&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::Writer</name>
    <message>
        <source>Internal error: %1 cannot be written this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 has no column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted on another laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1.%2 names a missing %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::BackupCommands</name>
    <message>
        <source>the backups folder (default: FILE.backups next to the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old backup deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records removed from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups with &quot;larder-cli --db FILE backup list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already exists; restoring never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new name for the restored copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not copy the backup here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored as %1. Open that file in Larder; the backup is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups of a pantry file, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints when each backup was taken, its size and its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a backup to a new pantry file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies BACKUP to FILE (which must not exist) and opens it once: the copy takes a new site id, so it syncs as a laptop of its own. The live file and the backup are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a backup of a pantry file now, and rotate old backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a consistent copy of the file to FILE.backups/ (or --folder), named by the time it was taken. Then rotation keeps the newest backup of each of the last 7 days and of each of the last 4 weeks (or, with --keep N, the newest N), deletes the rest, and removes from every kept backup the households and people deleted or purged since it was taken. Larder takes one automatically when it opens a file whose newest backup is older than a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep exactly the newest N backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not protected: taken before the passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still show names and addresses to anyone who copies them; replace them with &quot;backup replace-unprotected&quot;.</source>
        <translation>
            <numerusform>%n backup still shows names and addresses to anyone who copies it; replace it with &quot;backup replace-unprotected&quot;.</numerusform>
            <numerusform>%n backups still show names and addresses to anyone who copies them; replace them with &quot;backup replace-unprotected&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every backup in %1 is protected; nothing to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted. These %n backup(s) were taken before the passphrase and show names and addresses; run again with --confirm to delete them and take one protected backup instead.</source>
        <translation>
            <numerusform>Nothing was deleted. This backup was taken before the passphrase and shows names and addresses; run again with --confirm to delete it and take one protected backup instead.</numerusform>
            <numerusform>Nothing was deleted. These %n backups were taken before the passphrase and show names and addresses; run again with --confirm to delete them and take one protected backup instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backups taken before the passphrase; take a protected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups taken before the pantry had its passphrase hold every name, address and phone in plain form. Without --confirm this lists them and changes nothing; with --confirm it overwrites and deletes them and takes a new backup, sealed like the file. Needs the passphrase (the new backup is taken unlocked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete them (without it: only list them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::Cli</name>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pantry file to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; see %3 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pantry file given: add --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 --db FILE COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder&apos;s command-line tool: the same pantry file as the Larder app, without the window, for coordinators&apos; scripts and for tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot; (there are: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: give it after &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1 %2 COMMAND --help&quot; shows a command&apos;s own options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: LARDER_NOW must be a date and time such as 2026-03-01T12:00:00Z, not &quot;%2&quot;; unset it to use the computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 failure, with the last line on stderr saying what went wrong; 2 a usage error. Data goes to stdout; warnings and problems go to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time (2026-03-01T12:00:00Z) to use as now instead of the computer&apos;s clock, for scripts and tests that need the same dates on any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of messages and papers: en, es or ar (else the system&apos;s, from LANG)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::CliSupport</name>
    <message>
        <source>--%1 is required: add --%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --%1 or --%2, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::FileCommands</name>
    <message>
        <source>init needs the pantry&apos;s name: add --site-name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already exists, and demo only makes new files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a name that does not exist yet; your file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making demo data: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made demo pantry %1: %2 locations, %3 items, %4 suppliers, %5 households, %6 people, %7 stock movements (%8 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pantry&apos;s name, as other laptops will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new pantry file filled with realistic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a demo pantry in Chicago&apos;s Pilsen and Little Village: locations, about 150 catalog items, suppliers with pickup days, households on real streets with coordinates, volunteers and drivers, and weeks of stock history. The same seed on the same day gives the same data. Refuses a file that already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households to make (default 300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed for the random choices (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock movements to make (default 0: a realistic number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks of history (default 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for &quot;%2&quot; (site %3) in network %4, joined from %5: %6 changes from &quot;%7&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--join needs a sync file from a laptop of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joining needs the network&apos;s passphrase: add --passphrase-file P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for &quot;%2&quot; (site %3) and a new network %4 with its passphrase. Other laptops join it from a sync file this one exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new pantry file, a new network, or join one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join the network of this sync file instead of starting one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new pantry needs a passphrase, which seals its names, addresses, phones and notes: add --passphrase-file P (a file whose first line is the passphrase; at least 12 characters, e.g. four or five words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a new Larder file with its own site id and network id, protected by the passphrase (the first line of the --passphrase-file): it seals every name, address, phone and note, and it is what the laptops of the pantry&apos;s sync network share. A passphrase needs at least 12 characters and must not be a common password or the pantry&apos;s name. With --join FILE it instead joins the network of FILE, a sync file exported by one of its laptops, with that network&apos;s passphrase, and imports what that file holds. Refuses a file that already exists; a failed init leaves no file. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::InspectCommands</name>
    <message>
        <source>%1 of %2 checks failed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this file as it is, open the latest backup or sync file instead, and show this output to whoever helps you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not count the rows (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;larder-cli --db FILE check&quot; to see what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (site &quot;%2&quot;, schema version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a pantry file for damage and broken rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the rows in each table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the number of rows in every table of the file, as a table or, with --json, as {&quot;tables&quot;: {&quot;items&quot;: N, ...}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is in a folder that %2 copies off this laptop: %3. A copy lives on every computer and server that folder is synced to, and a file copied while open can arrive damaged. Move the pantry file and its .backups folder to a folder on this laptop only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s quick_check (with --thorough its integrity_check, which also compares every index with its table and takes several times longer on a large file) and its foreign-key check, then Larder&apos;s own: every on-hand total (per item, location and lot) equals the sum of its stock movements, this laptop&apos;s changes are numbered without gaps, no change is dated after the file&apos;s clock, every record and ledger row has its sync operations, nothing deleted is back, and the guard triggers are in place; with --passphrase-file, every sealed personal value opens where it is; every record equals its rebuild from its winning operations. Prints one line per check; exits 1 when any fails. Warns on stderr when the file or its backups folder is in a folder that Dropbox, OneDrive, Google Drive, iCloud Drive, Nextcloud or another sync client copies off the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also compare every index with its table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::PackageCommands</name>
    <message>
        <source>the run&apos;s day, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s id, when the day has several runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run: there is no run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day instead: --date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it as YYYY-MM-DD, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: there is no delivery or pickup run on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the day, or create the run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: %1 has %2 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one with --run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No box templates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (household size %2, boxes: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[retired]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is short: every package is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside %1 units for %2 packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands in for &quot;%2&quot; where it was short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is set aside for this run yet: run packages allocate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name what to do: packages allocate, shortages, substitute or picklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is the day&apos;s delivery or pickup run (--date), or --run ID when the day has several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the box templates: what a package holds, by household size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the active box templates, smallest households first, with their items and quantities; --all adds retired ones. A household gets the template whose size range holds its size (the narrowest when several do). --json prints {&quot;templates&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;min_size&quot;, &quot;max_size&quot; (null: no limit), &quot;boxes&quot;, &quot;active&quot;, &quot;lines&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;quantity&quot;}]}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include retired templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the box templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages of a run: allocate, shortages, substitute, picklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets stock aside for a run&apos;s households and shows what it lacks. allocate chooses each household&apos;s package (its template, with items that do not suit its dietary tags replaced) and sets stock aside first expiry first out; shortages lists what could not be set aside; substitute puts another item in its place; picklist says what to take from where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stock aside for every household of a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets stock aside for every stop of the run that has no outcome yet: first expiry first out across lots and locations (no expiry last, lots that expire before the run&apos;s day never), never more than is on hand and not set aside for another open run. Allocating again replaces what was set aside before, except what was added by hand and what stops with an outcome had. Then prints the shortages: item, needed, available, for whom and the substitutes that suit them. --json prints {&quot;run_id&quot;, &quot;stops&quot;, &quot;units&quot;, &quot;shortages&quot;: [...]} as packages shortages does. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a run&apos;s packages lack, and what could stand in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists each item the run needs more of than was set aside: how many the run needs, how many are available (on hand and not set aside for another run), the households short of it and up to five items of the same category that suit them all, most on hand first. --json prints {&quot;run_id&quot;, &quot;shortages&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;unit&quot;, &quot;needed&quot;, &quot;available&quot;, &quot;stop_ids&quot;, &quot;households&quot;, &quot;substitutes&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;available&quot;}]}]}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put another item in place of one that is short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets SUBSTITUTE aside, one for one, for the households of the run that lack ITEM. Refused when it does not suit one of them (a halal household never gets pork) or none of it is free. Items are found by barcode, id, whole name or words only one name holds. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to take from where to pack a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists what is set aside for the run, by location, then item, then use-by date: the packers&apos; list. --json prints {&quot;run_id&quot;, &quot;pick&quot;: [{&quot;location&quot;, &quot;item&quot;, &quot;unit&quot;, &quot;lot_id&quot;, &quot;expiry&quot;, &quot;quantity&quot;, ...}]}. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::Passphrase</name>
    <message>
        <source>The passphrase file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the network&apos;s passphrase on the first line of a file only you can read, and give its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file is empty (its first line holds no passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the network&apos;s passphrase on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::PassphraseCommands</name>
    <message>
        <source>a file whose first line is the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected: names, addresses, phones and notes are sealed with its passphrase. Keep the passphrase somewhere safe: without it they cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new passphrase is needed: add --new-passphrase-file Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 is changed. The household details were not re-encrypted: the same key is now wrapped with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pantry its first passphrase and seal its personal details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the pantry&apos;s data key, wraps it with the passphrase and, in one transaction, seals every name, address, phone and note in the file, its log and open conflicts; values that newer ones replaced are erased. A pantry of a network made before this version must be given the network&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the pantry&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wraps the pantry&apos;s data key with a new passphrase. Nothing else in the file changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the pantry&apos;s personal details with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s key of %1 is rotated: every household detail is sealed again with a new key under the new passphrase. Export a sync file now; each other laptop imports it with --passphrase-file (its current passphrase) and --new-passphrase-file (the new one). A lost laptop opens nothing made from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the network a new key and passphrase, when a laptop is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a new data key, wraps it with the new passphrase and seals every personal value in the file, its log and open conflicts again with it, then compacts the file so nothing under the old key stays. Sync files made from now on carry the new key; the other laptops take it when they import one with the new passphrase, and a lost laptop, knowing only the old passphrase, opens none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a subcommand: set (the first passphrase), change, or rotate (a new key and passphrase for the network, when a laptop is lost). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a subcommand: set, change or rotate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::PeopleCommands</name>
    <message>
        <source>--key must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes HEADER=field (or HEADER=- to skip a column), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %1: %2, separated by %3, %n row(s).</source>
        <translation>
            <numerusform>Read %1: %2, separated by %3, %n row.</numerusform>
            <numerusform>Read %1: %2, separated by %3, %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows matched on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file: nothing was imported.</source>
        <translation>
            <numerusform>%n problem in the file: nothing was imported.</numerusform>
            <numerusform>%n problems in the file: nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the rows listed above (or choose columns with --map) and run the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 to add, %2 to update, %3 unchanged. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redacted and --confirm-personal-data exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n household(s) to %1</source>
        <translation>
            <numerusform>Wrote %n household to %1</numerusform>
            <numerusform>Wrote %n households to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1</source>
        <translation>
            <numerusform>Wrote %n person to %1</numerusform>
            <numerusform>Wrote %n people to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(personal data: only you can read the file; keep it safe and delete it when done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(redacted: no names, phones or addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No households yet; bring a spreadsheet in with larder-cli --db FILE households import FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name they chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volunteers yet; bring a list in with larder-cli --db FILE people import FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring households in from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring volunteers and drivers in from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a spreadsheet&apos;s CSV (UTF-8 or Windows-1252; comma, semicolon or tab), takes each column as the field its header names in English or Spanish (--map HEADER=field to choose; HEADER=- to skip), checks every row as the form would and lists every problem with its row and column. With any problem nothing is imported; otherwise all rows are written at once. A row whose key (--key: %1) matches a record on file updates it, so importing a file again adds nothing. Columns for a legal ID, immigration status, income, date of birth or photos are never imported. Fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take column HEADER as field; repeat for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match rows to records on file by this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the households to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the volunteers to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no names, phones or street addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know this file contains personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the households by name with postal code, size, languages, schedule and status — never their addresses or phones. --search finds them as the households page does (name, address, notes, phone digits; accents and case ignored); --status active,paused filters. --json prints {&quot;households&quot;: [{&quot;id&quot;, &quot;chosen_name&quot;, &quot;postal_code&quot;, &quot;size&quot;, &quot;languages&quot;, &quot;dietary_tags&quot;, &quot;schedule&quot;, &quot;status&quot;}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, paused or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the volunteers and drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the active volunteers with roles, vehicle capacity, languages, usual days and the household they belong to; --all adds inactive ones. --json prints {&quot;people&quot;: [{&quot;id&quot;, &quot;display_name&quot;, &quot;roles&quot;, &quot;vehicle_capacity&quot;, &quot;languages&quot;, &quot;usual_days&quot;, &quot;household_id&quot;, &quot;active&quot;}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include inactive people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a subcommand, lists the households (as households list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, import or export volunteers and drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a subcommand, lists the people (as people list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household has been closed for more than %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  closed since %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 household(s) would be erased (--dry-run: nothing changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1 household(s): their values are gone from this file and leave the backups at the next backup and the other laptops at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase households closed for longer than the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the households closed for more than --months (default: the pantry&apos;s setting, 12) and erases them: their values leave this file and its operation log now, its backups at the next backup, and every laptop of the network at its next sync. --dry-run only lists them. --json prints {&quot;months&quot;, &quot;dry_run&quot;, &quot;purged&quot;, &quot;households&quot;: [{&quot;id&quot;, &quot;closed_since&quot;}]} (no names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed for more than N months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list them, erase nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, import, export or purge households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: %n household(s) left out: too few households shared their values (the file&apos;s first lines say how it was made anonymous).</source>
        <translation>
            <numerusform>Note: %n household left out: too few households shared its values (the file&apos;s first lines say how it was made anonymous).</numerusform>
            <numerusform>Note: %n households left out: too few households shared their values (the file&apos;s first lines say how it was made anonymous).</numerusform>
        </translation>
    </message>
    <message>
        <source>A full export holds names, addresses and phones, and is written only with --confirm-personal-data (the file is then readable by its owner only). --redacted leaves out every personal column and the record ids and cuts postal codes to their area, for reports; households then show only postal area, size band, status and month or year added, coarse enough that every row is shared by at least 5 households (the rest are left out, and the file&apos;s first lines say so). A full export re-imports onto the same records with --key id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::PrintCommands</name>
    <message>
        <source>the distribution day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this route number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter or a4 (default: the pantry&apos;s paper size setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date is required: the distribution day, as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a day such as 2026-03-07, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o OUT.pdf is required: where to write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pickup route(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 route sheet(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packing list(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pick list (%1 line(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a distribution day&apos;s route sheets, packing lists or pick list to PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the papers of a distribution day as one PDF, on Letter or A4 (the pantry&apos;s paper size setting unless --paper is given). The file is written under a temporary name and renamed at the end, so a failure never leaves half a file. Under the privacy setting (sheet_initials_only) names print as initials and no phone is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to print: route-sheets, packing-lists or pick-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One route sheet per driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sheet per driver of the day&apos;s delivery runs, in route order: the header (date, route, driver, capacity, start, stops, estimated km and minutes, the pantry&apos;s phone), the route&apos;s sketch map, then each stop with its number, the household&apos;s chosen name, address or meeting point, what is in the box, languages, delivery notes, access needs, the phone only where the household agreed, and tick boxes for the outcome. On a day with only supplier pickup runs, prints their pickup routes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One packing list per route, in loading order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One list per route of the day&apos;s delivery runs, last stop first (the order to load the car in): stop number, household, boxes and contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to take from each place for the whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything set aside for the day&apos;s runs, grouped by location: item, use-by date and quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout must be compact or full, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compact (one row a stop, about twelve a page) or full (the default: the pantry&apos;s setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the papers&apos; language: en, es or ar (default: the pantry&apos;s setting for papers, else the language larder-cli speaks)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::ReportCommands</name>
    <message>
        <source>the first day of the period (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day of the period (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instead of --from and --to: this-week, last-week, this-month, last-month, this-quarter, this-year or last-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one pantry of the network, by name or site id (default: every pantry whose records this file holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a day such as 2026-03-07, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all pantries in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of a period, as the Reports page shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households served, deliveries by outcome, stock given out, received and thrown away (by category, source, supplier and reason, in units and weight), what is on hand and expires soon, and the checks on supply, for a period. Every figure comes from the ledger and the recorded outcomes. --json prints every figure exactly; --csv prints the export a group hands on, with counts of fewer than 5 households shown as &quot;&lt;5&quot;. No names, phones or addresses are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-page report of a period as PDF, charts included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the key figures and four charts of a period on one page, for a network or a supplier: no names, phones or addresses, and counts of fewer than 5 households shown as &quot;&lt;5&quot;. The paper is the pantry&apos;s paper size setting unless --paper says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports: a period&apos;s figures as text, JSON, CSV or a one-page PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report summary prints a period&apos;s figures; report pdf writes them on one page with charts. See each one&apos;s --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to make: report summary or report pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::RequestCommands</name>
    <message>
        <source>%1 %2 match &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type more of the name, or the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 matches &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them with larder-cli households list or people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 has the id &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2s have ids like &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the id from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what it is: --item NAME (from the catalog) or --what TEXT with --category C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a catalog item (name, barcode or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it is, in words (&quot;winter coat, age 8&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many (1 to %1; default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything else the team should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who asks: --household NAME or --person NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the request of %1: %2 (%3), id %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: it rides with the household&apos;s next distribution day once its packages are allocated and enough is in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed unmet: %1&apos;s request for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who offers it: one of --household NAME, --person NAME or --from TEXT (a neighbour not on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the offer of %1: %2, to be picked up; id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the offer of %1: %2, brought to the pantry; id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 from %2 into stock, as a donation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pickup is a stop of the %1 day of %2; plan the day again to put it on a route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confirmed matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer matches an open request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 word(s) in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm one with larder-cli --db FILE matches confirm REQUEST OFFER (the ids, or their last 12 characters as shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched: %1 from %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: put the pickup on a day (offers pickup %1 --date YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: when it is brought, offers receive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What households and volunteers asked for: add, list, close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the open requests, most urgent then oldest first (--all: every request; --household H: one household&apos;s). A request for a catalog item rides with the household&apos;s next distribution day once the day&apos;s packages are allocated and enough is in stock; delivered closes it, not home keeps it open. --json prints {&quot;requests&quot;: [{&quot;id&quot;, &quot;who&quot;, &quot;what&quot;, &quot;quantity&quot;, &quot;category&quot;, &quot;urgency&quot;, &quot;status&quot;, &quot;requested_on&quot;, ...}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every request, closed ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this household&apos;s (name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household asking (name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or the volunteer asking (name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who takes it on (name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds what a household (or volunteer) asks for: a catalog item and quantity, or words and a category. Urgency: %1 (default normal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a request unmet, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes a request that will not be met (found elsewhere, no longer needed); stock set aside for it goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What neighbours offer: add, list, receive, pickup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the open and matched offers (--all: every offer). --json prints {&quot;offers&quot;: [{&quot;id&quot;, &quot;from&quot;, &quot;what&quot;, &quot;quantity&quot;, &quot;category&quot;, &quot;pickup&quot;, &quot;status&quot;, ...}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every offer, received and withdrawn too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household offering (name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or the volunteer offering (name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a neighbour not on file: how the team knows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number for the pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to pick it up (default: the household&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates or a map link for the pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs picking up (else they bring it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room it takes in a car, in boxes (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available from (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available until (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds what someone can give: a catalog item and quantity, or words and a category; whether it needs picking up, and until when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an offer as received at the pantry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer of a catalog item enters the ledger as a donation, into --location (default: the first location). A pickup on a distribution day is received by its outcome instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put an offer&apos;s pickup on a distribution day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the pickup as a stop of the day&apos;s delivery run (or --kind supplier_pickup); planning puts it on a route, and its boxes count against the vehicle&apos;s room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers that answer requests: list, confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the matches Larder proposes between open requests and open offers: same category, and the same item or words in common; requests most urgent then oldest first, and for each the same item, more words in common and enough quantity first. --confirmed lists the confirmed ones. --json prints {&quot;proposals&quot;: [{&quot;request&quot;, &quot;offer&quot;, &quot;same_item&quot;, &quot;shared_words&quot;, &quot;enough&quot;, &quot;score&quot;}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matches a coordinator confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that an offer answers a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request becomes promised and the offer matched; when the offer is received the request rides with the household&apos;s next delivery.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::RouteCommands</name>
    <message>
        <source>give a routes command: solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-limit-ms 0 needs --iterations N</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) did not fit in %1 vehicles (node ids %2).</source>
        <translation>
            <numerusform>%n customer did not fit in %1 vehicles (node id %2).</numerusform>
            <numerusform>%n customers did not fit in %1 vehicles (node ids %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow more vehicles with --vehicles, or a longer --time-limit-ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in the route planner; please report it with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the route planner on public data (routes solve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands for the route planner that need no pantry file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan routes for a CVRPLIB instance and print them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a CVRPLIB instance (TSPLIB format, EUC_2D; distances are Euclidean, rounded to the nearest integer per edge, as CVRPLIB&apos;s best-known costs assume), plans routes with Larder&apos;s route planner and prints &quot;cost N&quot; and one line per route, &quot;Route #1: 5 12 3&quot;, with node ids as numbered in the file and the depot left out. --json prints {&quot;cost&quot;: N, &quot;routes&quot;: [[node ids...], ...], &quot;time_ms&quot;: T}. The fleet is the instance&apos;s VEHICLES, or the k of its name (A-n32-k5: 5), or one vehicle per customer; --vehicles caps it. The same seed gives the same routes with --iterations and --time-limit-ms 0; with a time limit the result also depends on the machine&apos;s speed. Every answer is checked by code independent of the planner before it is reported. Exits 1 when a customer did not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most K vehicles (default: from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall-time budget in milliseconds (default 1000; 0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop after N ruin-and-recreate iterations (default: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed of the planner&apos;s random choices (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned routes failed the independent check (%1; %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1 recomputed as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::RunCommands</name>
    <message>
        <source>--date must be a date such as 2026-03-07, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no distribution day on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan one first: larder-cli run plan --date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Distribution day %1 (%2, %3): %n stop(s)</source>
        <translation>
            <numerusform>Distribution day %1 (%2, %3): %n stop</numerusform>
            <numerusform>Distribution day %1 (%2, %3): %n stops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n route(s), %1 km</source>
        <translation>
            <numerusform>, %n route, %1 km</numerusform>
            <numerusform>, %n routes, %1 km</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 - %2: %3 stops, %4 of %5 boxes, %6 km, %7 min%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 boxes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [placed by postal code %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On no route (no driver could take them within their limits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without coordinates (add them, or put the stop on a route by hand):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drivers needs at least one name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling; larder-cli people lists everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver usually comes on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the drivers who came with --drivers NAME,NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1 (or 1-5 in that order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no route %1 on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes are numbered 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 has no stop %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the stop&apos;s number on the route sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --stop with --outcome, or --file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stop needs --outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome &quot;%1&quot; is not an outcome. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stop of the distribution day on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the stop&apos;s id (run show --json) or ROUTE:STOP, such as 2:5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row must name the columns route, stop, outcome and note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a route number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number on the route sheet, such as 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stop number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the stop&apos;s number on the route sheet, such as 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n outcome(s).</source>
        <translation>
            <numerusform>Recorded %n outcome.</numerusform>
            <numerusform>Recorded %n outcomes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stop has an outcome; the day is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) still have no outcome.</source>
        <translation>
            <numerusform>%n stop still has no outcome.</numerusform>
            <numerusform>%n stops still have no outcome.</numerusform>
        </translation>
    </message>
    <message>
        <source>The distribution day of %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the %1 day of %2 (%3) with %4 proposed stop(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distribution day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a distribution day&apos;s routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the day&apos;s delivery run if there is none (the households due by their schedules become its stops), adds the drivers (those named, or the drivers who usually come on that weekday; a driver with a home start on file starts there), plans the routes from the pantry&apos;s coordinates and prints them: each route&apos;s stops in order with the household&apos;s name and address, its kilometres and minutes, and the stops that are on no route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drivers who came, by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long to search (default: the setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search&apos;s seed (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a distribution day&apos;s routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the day&apos;s routes as run plan does, without planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what happened at stops, from the route sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records one stop&apos;s outcome (--stop: the stop&apos;s id, or ROUTE:STOP as on the sheets), or a CSV file&apos;s (columns route, stop, outcome, note; rows without an outcome are skipped). Outcomes: %1, or their numbers 1-5; none clears one. Delivered boxes leave stock from the lots packed for them; the others&apos; go back on the shelf. With any problem in the file nothing is recorded. The day closes when every stop has an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop: its id, or ROUTE:STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the driver wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcomes from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a distribution day and propose its stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a day of the given kind: for a delivery or a pick-up at the pantry the households due by their schedules become its stops; for a collection from suppliers, the suppliers whose pickup day it is. A day may hold several runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of day (default delivery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a distribution day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the day once every stop has an outcome; otherwise says how many are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution days: make one, plan routes, show them, record outcomes, close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a subcommand: create, plan, show, outcome or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run needs a subcommand: create, plan, show, outcome or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: no stock was set aside for this day, so delivered boxes took nothing from stock. Run packages allocate --date %1 before recording outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest route %1 min, shortest %2 min: %3 min apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No stop: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Leaves at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (window %1-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [%1 min late]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back by %1 (the driver&apos;s hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind supplier_pickup plans the day&apos;s collection from suppliers instead (made if there is none: the suppliers whose pickup day it is become its stops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which of the day&apos;s runs: delivery (the default), pickup or supplier_pickup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::StockCommands</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type digits only, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item counted in cases needs its case size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --case-size N, how many units one case holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dietary tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use any of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A barcode names one item; check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already an item called &quot;%1&quot;%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new item a name that tells them apart, such as its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added item &quot;%1&quot; (%2, %3), id %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an item. Categories: %1. Units: %2 (a case needs --case-size). Dietary tags: %3. --shelf-life makes the item perishable; its intake then proposes today plus that many days as expiry. A barcode already on another item, or a name already in the catalog, is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s name, such as &quot;Rice 2 lb&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food, water, hygiene, baby, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each (the default), lb, kg or case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units in a case, for &quot;3 cases&quot; at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a barcode; repeat for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default shelf life in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dietary tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below this on-hand total the item is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of one unit in grams, for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is empty; add an item with larder-cli --db FILE items add --name NAME --category CATEGORY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (case of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the catalog, or add an item (items add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the active items with category, unit, barcodes, par level and on-hand total; --all adds retired ones. --json prints {&quot;items&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;category&quot;, &quot;unit&quot;, &quot;case_size&quot;, &quot;barcodes&quot;, &quot;tags&quot;, &quot;par&quot;, &quot;on_hand&quot;, &quot;active&quot;, ...}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include retired items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kind of location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a location called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added location &quot;%1&quot; (%2), id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a place stock is kept. Kinds: %1 (a partner&apos;s hub is &quot;hub&quot;). Names are unique, whatever their case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the location&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelf, fridge, freezer, hub or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry has no locations yet; add one with larder-cli --db FILE locations add --name &quot;Shelf A&quot; --kind shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the locations, or add one (locations add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the active locations with kind and id; --all adds inactive ones. --json prints {&quot;locations&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;kind&quot;, &quot;active&quot;}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include inactive locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no count %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count is open; start one with larder-cli --db FILE count start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open counts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count %1 is %2 already, so it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new count with larder-cli --db FILE count start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count %1 of %2, %3, started %4: %5 line(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a count and print its sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a count of one location, or of every location when --location is left out, with one line per item and lot on hand there, and prints it: the count id on the first line (&quot;Count ID of ...&quot;), then the lines. Refused while another count of the same stock is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count only this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the count as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the lines as CSV, ready for count enter --file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a count&apos;s lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints each line of the count: line id, item, location, lot expiry, expected (on hand when the count started) and counted, in the item&apos;s unit. --csv writes line_id,item,location,expiry,unit,expected,counted: fill in counted and give the file to count enter --file. --json prints {&quot;count&quot;: {..., &quot;lines&quot;: [{&quot;line_id&quot;, &quot;item&quot;, ..., &quot;expected&quot;, &quot;counted&quot;, &quot;on_hand&quot;}]}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the lines as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count %1 of %2 (%3): %4 difference(s); %5 of %6 line(s) not counted, which confirming leaves as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the differences a count would post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the counted lines whose count differs from what is on hand now, and how many lines are not counted yet. The difference is counted minus on hand now, which is what confirm posts. --json prints {&quot;count_id&quot;, &quot;status&quot;, &quot;total_lines&quot;, &quot;uncounted&quot;, &quot;differences&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed count %1: %2 adjustment(s) posted with reason &quot;count&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post a count&apos;s differences and close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts one &quot;counted&quot; movement per counted line that differs from on hand, with reason &quot;count&quot;, and closes the count; all in one transaction. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled count %1; stock is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a count without posting anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes an open count; stock does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock counts: start, sheet, enter, review, confirm, cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count compares the shelf with the ledger. Start one for a location or for all; print its sheet; enter what was counted, line by line or from a CSV file (partial counts are fine: lines not counted stay as they are); review the differences; confirm, which posts one &quot;counted&quot; movement per difference with reason &quot;count&quot;, so every discrepancy stays in the history. Without a subcommand, lists the open counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a counted quantity: type what is on the shelf as a whole number, 0 if nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not read this file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name after --file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row must name the columns: line_id,counted (count sheet COUNT_ID --csv writes such a file); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no line_id column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no counted column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has a count but no line_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the line&apos;s id from the count sheet; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of count %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the line id against the count sheet; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is on row %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one row per line; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what was counted: --line LINE_ID --counted N, or --file F.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the count of %1 line(s) on count %2; %3 row(s) without a count were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the lines with larder-cli --db FILE count sheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted %1 of &quot;%2&quot; at %3, %4 (on hand %5, difference %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter counted quantities, one line or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves what was counted on the shelf: --line LINE_ID --counted N for one line, or --file F.csv for many (&quot;-&quot; reads standard input). The file&apos;s first row names its columns; it needs line_id and counted, any others are ignored (so a filled-in count sheet --csv works), and it may be separated by commas, semicolons or tabs. Rows with an empty counted are skipped. Any bad row saves nothing, and the message names the file, the row (the header is row 1) and the column. Entering a line again replaces its count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line&apos;s id, from count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is on the shelf, 0 if nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV file with columns line_id,counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the lot&apos;s expiry as stock prints it, such as 2026-03-05, or &quot;none&quot; for a lot without expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a lot of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See its lots with larder-cli --db FILE stock --json --item ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &quot;%1&quot; on hand%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what there is with larder-cli --db FILE stock --item ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that lot of &quot;%1&quot; has nothing on hand%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots with stock: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is at %2 locations: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which with --%1 L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has stock in %2 lots%3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which with --lot-expiry DATE or --lot ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lot, by its id (stock --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lot, by its expiry as stock prints it (2026-03-05), or &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for disposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 on hand in the %2 at %3; %4 asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the lot and location, or count the shelf first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed of %1 of &quot;%2&quot; (%3) from %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw stock away: spoiled, expired, damaged or recalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the quantity out of one lot at one location, with the reason. The lot is named by --lot-expiry or --lot; when the item has stock in one lot only (at --location, or anywhere) that one is used. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item: barcode, name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoiled, expired, damaged or recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the stock is, by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note kept with the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stock is at %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 of &quot;%2&quot;, %3, from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stock of one lot from one location to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts a pair of movements that sum to nothing: out of --from, into --to, same lot. The lot is named by --lot-expiry or --lot, or is the only one with stock at --from. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the stock is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no lot expiring %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See its lots with larder-cli --db FILE history --item ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 lots: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which lot the boxes came from with --lot-expiry DATE or --lot ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1 of &quot;%2&quot; to %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put undelivered boxes back on the shelf, into their lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the quantity back at --location, into the lot it came from: named by --lot-expiry or --lot, or the item&apos;s only lot at that location, or its only lot anywhere. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it goes back, by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no movement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the movement&apos;s id with larder-cli --db FILE history --item X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement %1 was reversed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To take stock in or out again, record that as a new movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed %1 movement(s) of &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a movement by posting its opposite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements are never edited or deleted: a correction is a reversal that points back at the movement, with a reason. The whole action is reversed (both halves of a move, every lot of a distribution) unless --row-only. A movement is reversed at most once; a reversal cannot be reversed. Find movement ids with history. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, kept with the reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse only this row, not the rest of its action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--below-par lists whole-pantry totals: it does not go with --location or --expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item is below its par level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock on hand matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEGATIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) below zero: more went out than was recorded coming in. Count that stock, or check the intake and recent sync files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show stock on hand by item, location and lot, or what is below par.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists what is on hand, one line per item, location and lot, with the lot&apos;s expiry. Lines below zero (possible after a sync) are shown with a warning, never hidden: NEGATIVE in the table, &quot;warning&quot;: &quot;negative&quot; in JSON. --expiring-within DAYS keeps lots expiring by today plus DAYS, expired ones included, soonest first. --json prints {&quot;stock&quot;: [{&quot;item&quot;, &quot;item_id&quot;, &quot;category&quot;, &quot;unit&quot;, &quot;location&quot;, &quot;location_id&quot;, &quot;lot_id&quot;, &quot;expiry&quot; (YYYY-MM-DD or null), &quot;quantity&quot;}, ...]}. --below-par lists items whose whole-pantry total is below their par level instead ({&quot;below_par&quot;: [...]} with --json). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this location, by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only lots expiring within DAYS days, expired included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same, within the pantry&apos;s expiry warning days (a setting, 7 unless changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this item: name, barcode or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list items below their par level instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it active again in the catalog before receiving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this pantry has %1 locations; say where the stock goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known locations: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date on the package: food past its date goes to disposal, not onto the shelf. Add --allow-past-expiry to record it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is perishable and has no default shelf life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --expiry with its date, such as 5d, 12/5 or 2027-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no supplier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry has no suppliers yet; leave --supplier out, or add the supplier in Larder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known suppliers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 of &quot;%2&quot; into %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record stock coming in, into a lot per expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records an intake: the item, how many, the expiry (one lot per item and expiry date), the location and where it came from. The expiry is read as at the intake screen: 3d, 3w, 2m, 1y from today, tomorrow, fri, 12/5 (day/month, or month/day when the pantry&apos;s setting says so), 12/5/27, 2027-01 (the end of that month), 2027-01-15. Without --expiry a perishable item gets its default shelf life. A date already past is refused unless --allow-past-expiry. --location may be left out when the pantry has one location. --supplier alone means --source supplier. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expiry: 3w, 12/5, 2027-01, 2027-01-15, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it goes, by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier, donation (the default), purchase or drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supplier, by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept an expiry date that is already past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of &quot;%2&quot; on hand%3; %4 asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give out what there is, record the missing intake first, or add --allow-negative to record it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed %1 of &quot;%2&quot;, first expiry first out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give stock out, first expiry first out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the quantity from the item&apos;s lots, the earliest expiry first (lots without expiry last), at one location or across all. Taking more than is on hand is refused unless --allow-negative, which records it and leaves the line below zero as a warning. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take only from this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record it even when more goes out than is on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of &quot;%1&quot; (%2), newest first: %3 movement(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reverses %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every movement of an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the item&apos;s movements, newest first: when, kind, quantity, lot expiry, location, who recorded it, why, whether it was reversed, and its id. --json prints {&quot;item&quot;, &quot;item_id&quot;, &quot;history&quot;: [{&quot;id&quot;, &quot;at&quot;, &quot;kind&quot;, &quot;quantity&quot;, &quot;expiry&quot;, &quot;location&quot;, &quot;reason&quot;, &quot;recorded_by&quot;, &quot;reversed&quot;, ...}]}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the newest N movements (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry has no locations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one first: larder-cli --db FILE locations add --name &quot;Shelf A&quot; --kind shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no location &quot;%1&quot; and no location at all yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one with: larder-cli --db FILE locations add --name &quot;%1&quot; --kind shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no location &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item has the barcode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number, or add the item: larder-cli --db FILE items add --name NAME --category CATEGORY --barcode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the catalog with larder-cli --db FILE items, or give a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2 items: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the whole name, a barcode or the item&apos;s id (larder-cli --db FILE items --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot expiring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot without expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many, in the item&apos;s unit: 14, &quot;3 cases&quot; (times the case size) or 2x12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item, X, is found by barcode, then by id, then by name: the whole name (any case) or words that only one item&apos;s name holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints what it posted: a sentence, then the ledger rows with their ids (the ids that reverse takes); --json prints {&quot;action&quot;, &quot;reference&quot;, &quot;movements&quot;: [...]}. Bad input saves nothing and prints one line on stderr naming the option to fix (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::SupplierCommands</name>
    <message>
        <source>SUPPLIER: there is no supplier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry has no suppliers yet; add one with suppliers add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known suppliers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supplier&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who to ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickup days, such as &quot;Tue, Sat&quot; (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address printed for the driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates (&quot;41.85, -87.66&quot;) or a map link, for the routes (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the driver should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes a pickup usually fills (room in the vehicle; 0 to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: without coordinates (--where) this supplier cannot be placed on a pickup route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added supplier &quot;%1&quot;, id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed supplier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an active supplier again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired supplier &quot;%1&quot;: it is kept for the history, and no longer offered at intake or on pickup runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry has no suppliers yet; add one with larder-cli --db FILE suppliers add --name &quot;Mercado El Sol&quot; --where &quot;41.85, -87.66&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the suppliers, or add, edit, retire one (suppliers add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the active suppliers with kind, pickup days, address, coordinates and contact; --all adds retired ones. A supplier pickup run collects from the suppliers whose pickup day it is, planned by their coordinates. --json prints {&quot;suppliers&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;kind&quot;, &quot;contact&quot;, &quot;phone&quot;, &quot;pickup_days&quot;, &quot;address&quot;, &quot;latitude&quot;, &quot;longitude&quot;, &quot;notes&quot;, &quot;active&quot;}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include retired suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a supplier. Kinds: %1 (the default is donor). Names are unique among active suppliers, whatever their case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the fields given and keeps the others. An empty value clears a field (--where &quot;&quot; takes the supplier off the map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the supplier for the history (lots and movements name it) and stops offering it at intake and on pickup runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a retired supplier active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opposite of retire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::cli::SyncCommands</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync needs a command: export, import, status, conflicts or resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for needs a site id or a pantry&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file exists and is not a sync file, so export will not replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a new name, or the name of an older sync file to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything this laptop holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what &quot;%1&quot; had not seen in its last file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 operations, %3 bytes (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from &quot;%2&quot; (site %3): %4 operations applied, %5 already here (skipped), %6 new conflicts to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: the clock of &quot;%2&quot; is %3 ahead of this laptop&apos;s. Check the date and time on both laptops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:      &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet (this pantry is in no network: make a new file with init --passphrase-file or --join)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop holds (changes per site):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers (as of the last file each sent here):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2): file made %3, imported %4; holds %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see larder-cli sync conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent imports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 from &quot;%3&quot;: %4 applied, %5 skipped, %6 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its clock was %1 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2 %3, %4: kept %5 (from &quot;%6&quot;), replaced %7 (from &quot;%8&quot;); found %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value shown with &quot;sync resolve ID --accept&quot;, or bring the replaced one back with &quot;sync resolve ID --restore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID must be a conflict number from &quot;sync conflicts&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --accept or --restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them with &quot;larder-cli sync conflicts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1 closed: %2 %3 keeps %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1 closed: %2 %3 is %4 again, a new change the other laptops receive with the next sync file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --json or --digest, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file whose first line is the network&apos;s passphrase (never printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network&apos;s passphrase is needed: add --passphrase-file P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is stretched with Argon2id at libsodium&apos;s moderate cost (about a second and 256 MiB). For tests only, the environment variable LARDER_KDF=minimal makes that cost negligible, and the files it makes easy to attack: never set it for a real pantry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share data with the network&apos;s other laptops through sync files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptops of a network carry their changes to each other in encrypted sync files: on a USB stick, through a messaging app or a shared folder. Import is idempotent and order-independent: any set of files, imported in any order, any number of times, gives every laptop the same data. A damaged, truncated, foreign, wrong-passphrase or newer-format file is refused whole and nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a sync file for the other laptops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every change this laptop holds (its own and those relayed from others) into OUT, encrypted with the network&apos;s passphrase; with --for, only what that peer had not seen in the last file it sent here. The file is written under a temporary name and renamed. An existing file is replaced only if it is a sync file. Prints the number of changes (operations) and the bytes written; --json prints {&quot;file&quot;, &quot;operations&quot;, &quot;bytes&quot;, &quot;for&quot;}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only what this peer lacks: its site id or pantry name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes in one or more sync files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this laptop&apos;s network, what it holds and what came from whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the site id and name, the network id, whether the passphrase is set, how many changes this laptop holds from each site (its version vector), the peers it has received files from (when the file was made, when it was imported, what the peer held), the number of open conflicts and the last imports. --json prints {&quot;site&quot;, &quot;name&quot;, &quot;network&quot;, &quot;passphrase_set&quot;, &quot;version_vector&quot;, &quot;peers&quot;: [...], &quot;open_conflicts&quot;, &quot;recent_imports&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List concurrent edits waiting for a coordinator&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When two laptops changed the same field without having seen each other&apos;s change, the newer change wins everywhere and the other is listed here: its id, the record and field, the kept and the replaced value and where each came from. Values can be personal data. --json prints {&quot;conflicts&quot;: [{&quot;id&quot;, &quot;table&quot;, &quot;row_id&quot;, &quot;column&quot;, &quot;kept_value&quot;, &quot;kept_site&quot;, &quot;lost_value&quot;, &quot;lost_site&quot;, ...}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a conflict: keep the value, or restore the replaced one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accept keeps the value the merge rule chose and closes the conflict. --restore writes the replaced value back as a new change, which wins and reaches the other laptops with the next sync file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the value shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring the replaced value back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the data the network shares, canonically, or its digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints every synced record&apos;s current values and every ledger row, ordered by table and id, without anything that belongs to this laptop only: one JSON object per line, {&quot;table&quot;, &quot;row&quot;}; --json prints them as one JSON array. --digest prints only the SHA-256 of the lines: two laptops that have exchanged everything print the same digest. The dump holds households&apos; personal data in clear: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print only the SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>            changed on &quot;%1&quot;: the new passphrase opens this pantry from its next use with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the network&apos;s key was rotated on &quot;%2&quot;; this pantry took the new key and now opens with the new passphrase only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the network&apos;s passphrase was changed on &quot;%2&quot;; this pantry now opens with the new one only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the network&apos;s passphrase was changed on &quot;%2&quot;; give the new one next time and this pantry takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports each FILE in its own transaction and prints, per file, who sent it, how many changes were new (applied) and how many this laptop had already (skipped), the concurrent edits it listed for review (see sync conflicts), and a warning when the sender&apos;s clock is more than an hour ahead of this one&apos;s (more than a day ahead is refused). A refused file (damaged, cut short, from another network, the wrong passphrase, a newer Larder) changes nothing and gets one line on stderr; the other files still import, and the exit code is then 1. --json prints {&quot;files&quot;: [{&quot;file&quot;, &quot;ok&quot;, &quot;from_site&quot;, &quot;from_name&quot;, &quot;applied&quot;, &quot;skipped&quot;, &quot;conflicts&quot;, &quot;clock_ahead_ms&quot;, &quot;clock_warning&quot;} or {&quot;file&quot;, &quot;ok&quot;: false, &quot;error&quot;, &quot;message&quot;}]}. When the network&apos;s key was rotated on another laptop (passphrase rotate), give this pantry&apos;s passphrase with --passphrase-file and the new one with --new-passphrase-file: the pantry takes the new key. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file whose first line is the network&apos;s new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key yet (history vouched for by &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 changes signed; known since %2, from &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; id from before signed changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; REVOKED by &quot;%1&quot; on %2, after its change %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No laptop is known yet: the list fills with the first sync file this laptop exports or imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot; (fingerprint %2): its changes after number %3 are refused on every laptop this laptop&apos;s next sync files reach, and its own files are refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the laptop was lost, also rotate the network&apos;s key (&quot;larder-cli passphrase rotate&quot;), so it cannot read what is shared from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the network&apos;s laptops with their key fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every laptop this one knows from sync files, itself first: its name, the fingerprint of the key that signs its changes (compare it with the one on that laptop&apos;s Sync page before trusting it), how many of its changes this laptop holds signed, when and from whose file it was first seen, and whether it was revoked. A laptop from before signed changes shows no key until its own first new file arrives; its history is vouched for by the laptop that relayed it. --json prints {&quot;members&quot;: [{&quot;site&quot;, &quot;name&quot;, &quot;fingerprint&quot;, &quot;self&quot;, &quot;signed_up_to&quot;, &quot;revoked_after&quot;, ...}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a lost or misused laptop: its new changes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the laptop by its name or the start of its id (as &quot;sync members&quot; shows it). Its changes after the newest one this laptop holds are refused on every laptop the revocation reaches — it travels, signed by this laptop, in every sync file from now on — and files it makes are refused whole. It cannot be undone. Revoking does not stop the lost laptop reading new files: rotate the network&apos;s key as well (&quot;passphrase rotate&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 changes follow ones this laptop does not hold yet; they come again with a full export from &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 changes were made by a revoked laptop after its revocation, and were refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::demo::DemoData</name>
    <message>
        <source>The number of demo households must be from 0 to 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for fewer households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo history must be from 1 to 520 weeks long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for fewer weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo movements must be from 0 to 1,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for fewer movements, or 0 for a realistic number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s box template &quot;%1&quot; names an item that is not in its catalog: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this as a bug in Larder&apos;s demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour says they moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered, left a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food bank delivery for the next distribution day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::inventory::InputParser</name>
    <message>
        <source>%1 is already past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Larder understands. Type a date such as 12/5, 2027-01-15 or 2027-01, or a span such as 5d, 3w or 2m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many, for example 14 or 3 cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no case size. Type the number of units instead, or set the case size on the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be more than zero. To take stock out, use distribute or dispose; to fix a mistake, undo the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities are whole units. Type %1 as a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity. Type a number, such as 14 or 3 cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than Larder accepts in one entry (%2). Check the number; split a very large delivery into several entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::inventory::Inventory</name>
    <message>
        <source>The barcode %1 already belongs to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan it to find that item, or remove the code from it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, such as &quot;Shelf B&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a location called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it active again in the catalog before receiving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That supplier does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is perishable: type its expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 5d, 12/5 or 2027-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date %1 is already past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date on the package; food past its date goes to disposal, not onto the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of &quot;%2&quot; on hand; %3 asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give out what there is, or record the intake that is missing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; anywhere to take from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the location it was taken from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this stock is thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 on hand in that lot at that location; %2 asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the lot and location, or count the shelf first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock is already at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 on hand in that lot at %2; %3 asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That lot is not a lot of this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That movement does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal cannot be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the movement again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This movement was reversed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count of this stock is already open (started %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or cancel that count first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That count line does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counted quantity is a whole number from 0 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what is on the shelf, 0 if nothing; leave it empty if not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This count is for another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stock is on the count already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter its count there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, such as &quot;Rice 2 lb&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case of %1 is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many units a case holds, or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item counted in cases needs its case size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many units one case holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights, shelf life and par level cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dietary tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That location does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the pantry&apos;s locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or search for the item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than Larder accepts in one entry (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number; split a very large delivery into several entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That count does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That count is closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::inventory::Quantities</name>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and unit, e.g. 3 lb</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::inventory::Suppliers</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: what is wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n characters is too long.</source>
        <translation>
            <numerusform>%n character is too long.</numerusform>
            <numerusform>%n characters is too long.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supplier needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name drivers and volunteers know it by, such as &quot;Mercado El Sol&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type days such as &quot;Tue, Sat&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 is not a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a map link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a supplier called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or change that supplier instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::io::Anonymity</name>
    <message>
        <source>The date the record was made: its month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the record was made: its quarter (2026-Q1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the record was made: its year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the record was made: not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder: redacted household export. No names or addresses or phones or notes or record ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous with k = %1: each combination of values in the rows below is shared by at least %1 households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalised: the postal code to its area (its first 3 characters or the part before a space). Household size in bands %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown because together they single households out: dietary tags / languages / contact consents / schedule / delivery day and window / status date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: none. The pantry has no households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out: all %n household(s). With fewer than %1 households in the pantry any row would single one out.</source>
        <translation>
            <numerusform>Left out: the %n household. With fewer than %1 households in the pantry any row would single one out.</numerusform>
            <numerusform>Left out: all %n households. With fewer than %1 households in the pantry any row would single one out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1 of %2 households. Their combination of values was shared by fewer than %3 households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out: none. All %n household(s) are in the file.</source>
        <translation>
            <numerusform>Left out: none. The %n household is in the file.</numerusform>
            <numerusform>Left out: none. All %n households are in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>larder::io::ColumnMapper</name>
    <message>
        <source>Larder id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grams per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perishable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder does not keep dates of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder does not keep legal names or identity documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder does not keep immigration status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder does not keep income or benefits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder does not keep photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is never imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: Larder has no field for this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its columns are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: skipped by choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field Larder can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is never imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::io::CsvExporter</name>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk or stick is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full export contains personal data: names, addresses and phone numbers of the people the pantry serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that this file contains personal data and will be kept safe (--confirm-personal-data), or make a redacted export (--redacted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::io::CsvImporter</name>
    <message>
        <source>&quot;%1&quot; is not a key rows can be matched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file is taken as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds it (for example --map &quot;Nombre=%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are to be matched on their Larder id, but no column holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another key, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is the same household as row %1 (same %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one of the two rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row matches %1 households already on file (same %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge those households first, or match rows on another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Larder id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the id empty for a household that is new to Larder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household was deleted and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the id empty to add it as a new household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude and longitude go together; one of them is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill both, or clear both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like &quot;%2&quot;, already on file (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it after the import; merge the two if they are the same household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address and unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has the same phone as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that they are two households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has the same address and unit as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is the same person as row %1 (same %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row matches %1 people already on file (same %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match rows on another key, such as their phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the id empty for someone new to Larder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was removed and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the id empty to add them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household on file is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the household&apos;s Larder id or the name it chose, or leave the cell empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households on file are called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the household&apos;s Larder id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is the same item as row %1 (same %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, such as &quot;Rice 2 lb&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item counted in cases needs its case size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many units one case holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it from this row or from that item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 is also on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of an item on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the id empty for a new item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::io::CsvReader</name>
    <message>
        <source>Open it in the spreadsheet and save it as &quot;CSV UTF-8&quot; (Excel) or &quot;Text CSV&quot; (LibreOffice), then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook (.xlsx or .ods), not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-8, but line %1 holds bytes that are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-16, but it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file mixes two text encodings: most of it is UTF-8, but line %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading it either way would garble some letters. Fix line %1 in a text editor, or save the whole file again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds a byte that is neither UTF-8 nor Windows-1252: the file is in an encoding Larder does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and that the file is not open elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the sheet again with its header row and its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some letters look garbled (&quot;%1&quot; where an accented letter belongs): the file may have been converted to UTF-8 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the preview; if names look wrong, export the sheet again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed, so the rest of the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the missing closing quote (&quot;) in that value, or remove the stray one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 values, but the header has %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has only %1 values, but the header has %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A separator (%1) is missing or extra; a value that contains one must be in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::passphrase</name>
    <message>
        <source>Use four or more words that have nothing to do with the pantry, or let Larder suggest some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase repeats a few characters; it is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase of digits only is easy to guess (like a date or a phone number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is a run of keys or letters in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is built on &quot;%1&quot;, one of the first things anyone tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is built on the pantry&apos;s name, which anyone who knows the pantry would try.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::people::FieldParser</name>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a link from OpenStreetMap or Google Maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short map link does not contain the place itself, and Larder never goes online to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link in a browser and copy the long address from there, or type latitude and longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map link has no coordinates in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In OpenStreetMap, right-click the door and choose &quot;Show address&quot;; in Google Maps, right-click it and click the numbers to copy them. Then paste those here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives two latitudes or two longitudes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pair of coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be a latitude: latitude comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 is not a place on Earth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0, 0 is in the ocean: the coordinates are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a day such as Tuesday, Tue or martes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a time such as 9:30, 14:00 or 2pm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a window such as 9-12, 14:00-16:30 or 1-3pm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window %1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Larder knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type its name, such as Spanish or español, or its two-letter code, such as es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a delivery schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type weekly, every two weeks or monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type active, paused or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type yes or no (sí, no, x, 1 and 0 work too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dietary tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date such as 2026-03-01 or 1/3/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 7 to 15 digits, such as (312) 555-0142 or +1 312 555 0142.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::people::Households</name>
    <message>
        <source>Chosen name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May leave at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: what is wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n characters is too long.</source>
        <translation>
            <numerusform>%n character is too long.</numerusform>
            <numerusform>%n characters is too long.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name or alias they want to be called by; it never needs to be a legal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no address and no meeting point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a street address, or a meeting point (such as &quot;library steps&quot;) for someone without a fixed address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit needs its street address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the street address too, or clear the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type letters and digits only, such as 60608 or SW1A 1AA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 is not a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a map link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number from 0 to 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody lives in this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many adults, children and seniors it has (at least one person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dietary tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a language such as Spanish, or its code such as es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no phone number to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the phone number, or clear the consent to call or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose weekly, every two weeks or monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day from Monday to Sunday, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window needs both a start and an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a window such as 9-12, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a window such as 9-12 or 14:00-16:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose active, paused or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is no longer on file; it may have been deleted on another laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two households is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge cannot be taken back: Larder did not keep the two households as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged household is no longer on file, so the merge cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on file with the same phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on file at the same address and unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::people::People</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: what is wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name the team calls them by; a first name or nickname is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it under 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boxes is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many boxes the vehicle carries, from 0 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a language such as Spanish, or its code such as es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 is not a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a map link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start point is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it under 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes are too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them under 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That household is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer on file; they may have been removed on another laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::people::Retention</name>
    <message>
        <source>Larder could not make SQLite erase deleted data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::print::RouteMap</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map: no stop on this route has a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::print::RouteSheets</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or destroy this sheet after the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 km, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends back at the pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends at the last stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions or trouble on the way? Call %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the map (no location on file): stop %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow circles: placed by postal code only; check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At each stop tick one box (1 Delivered, 2 Left at door, 3 Not home, 4 Wrong address, 5 Declined) and write anything the pantry should know on the note line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address on file: call the pantry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not leave the boxes at the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stops on this route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing list · Route %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy this list after packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing list — Route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver: %1   ·   %2   ·   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the car in this order: the last stop first, so that stop 1&apos;s boxes come out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take these from each place for every route of the day, and tick each line when it is on the packing table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no place recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is set aside for this day yet: allocate the packages first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup route %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this sheet back to the pantry with the food.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room for %1 boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Nothing to collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was collected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can save in, or close the file if another program has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the routes of the day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a tick box: its number, then what happened at the stop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(their window %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min after their window: call ahead if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 1 box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At each stop tick one box (1 Delivered, 2 Left at door, 3 Not home, 4 Wrong address, 5 Declined) and write anything the pantry should know beside the stop or on the back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fact on the compact sheet: label, value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also</source>
        <comment>what the household asked for, riding with the box</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tick 1 when you have it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::print::SheetBuilder</name>
    <message>
        <source>%1 %2</source>
        <comment>amount with unit, item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>count, item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(instead of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(extra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (calls only, no texts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (texts only, do not call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver is on the run of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the drivers who came and plan the routes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no route %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the routes planned that day: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs of %1 are not %2 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the papers that suit them, or pick another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no distribution run on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date, or plan that day first (Distribution, or larder-cli run plan --date %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This distribution run is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantry, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pickup route %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver is on the pickup run of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the drivers and plan the routes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also: %1</source>
        <comment>what a household asked for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick up: %1</source>
        <comment>what someone offered</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::reports::LedgerScan</name>
    <message>
        <source>no supplier named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::reports::ReportPdf</name>
    <message>
        <source>All pantries in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · made with Larder on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure comes from the pantry&apos;s ledger and its recorded delivery outcomes; corrections count in the period of the movement they correct. Weights come from each item&apos;s unit weight; items without one are counted in units. People reached counts each household&apos;s size on the day of its delivery. The week-by-week numbers behind the charts are in the CSV export of the same report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item(s) have no unit weight and are missing from the charts by weight: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::reports::ReportText</name>
    <message>
        <source>Counts of fewer than %1 households are shown as &quot;&lt;%1&quot;, so that nobody can be picked out. This file holds no names, phones, addresses or household ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 of them without a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thrown away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households served by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given out by category (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the counts found, by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households served by week (weeks under %1 not drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries by outcome (counts under %1 left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different households with a stop marked Delivered or Left at door on a distribution day of the period. Opened, it lists those stops: a household served twice is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adults, children and seniors of the households served, as their records stood on the day of their last delivery in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops of the period&apos;s distribution days with an outcome recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops marked Delivered or Left at door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops whose outcome was &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops of the period with no outcome: enter them from the route sheets (Distribution, Record outcomes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boxes of the completed stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger rows &quot;distributed&quot; dated in the period, less their corrections. Weight from each item&apos;s unit weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given out, items of the category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger rows &quot;received&quot; dated in the period, less their corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received with the source &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received with no supplier named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the supplier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger rows &quot;disposed&quot; dated in the period, less their corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thrown away with the reason &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thrown away as a share of all that left the shelf (given out and thrown away), by weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thrown away as a share of all that left the shelf (given out and thrown away), by units: some items have no unit weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger rows &quot;returned&quot;: stock that came back, undelivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shelf on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on the shelves today, whatever the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lots: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on hand whose lot&apos;s expiry date is today or in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf places below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item, lot and location whose stock is below zero: more went out than came in. Count that shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks on supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts found missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units the stock counts of the period found fewer than the ledger said, per item, location and week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts found extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units the counts found more than the ledger said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given out with no delivery behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given out, but not for a stop marked Delivered or Left at door: walk-in give-outs entered by hand, or stock whose stop changed. Open it to see each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items without a unit weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in units only: %1. Give them a weight in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all pantries in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (units without a weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stops planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thrown away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waste rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% by weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% by units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hand on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supply checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts found missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts found extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count difference: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given out with no delivery behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What households and volunteers asked for in the period (counts only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests delivered in the period, whenever they were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests closed unmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests closed in the period without being met, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests not yet delivered or closed, today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from request to delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (median), longest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the requests met in the period: the middle value of the days from asking to delivery, and the longest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked, %2 met, %3 unmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::reports::Reports</name>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is %1 days long; a report covers at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pantry of this file is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one pantry is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give its site id instead: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not read the ledger (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;larder-cli --db FILE check&quot; to see what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::requests::Requests</name>
    <message>
        <source>%1, %2</source>
        <comment>what and how many</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>what, how many and the unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item from the catalog, or type a few words such as &quot;winter coat, age 8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters is too long for what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it under %1 characters; put the rest in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list and choose the household again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list and choose the person again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose it from the catalog, or describe it in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is no longer on file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is no longer on file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when there is some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed unmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>item (words)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who asked: a household or a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household (or the volunteer) the request is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of urgency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person taking it on is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on shift to take this request on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is on shift first (Alt+S), or name the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is closed already (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is closed without being met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example &quot;found elsewhere&quot; or &quot;no longer needed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a request closed unmet can be opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request rides with a distribution day or was delivered; it stays on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it unmet instead, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household or volunteer, or type how the team knows the neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name, phone or address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be available until before it is available from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many boxes of room it takes in a car, from 0 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those coordinates are not a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a map link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pickup needs an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type where to pick it up, or choose the household offering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer was received already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is a pickup on a distribution day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the pickup off that day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is matched, on a day or received; it stays on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry has no location to put the offer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a location in Inventory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has a confirmed offer already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel that match first to choose another offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is %1; it can no longer be matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is matched to another request already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer is %1 and the request %2: they do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This match is no longer confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was offered has been delivered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickup outcome corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer has not been received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer was picked up on a distribution day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the pickup stop&apos;s outcome instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer not received after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item the pantry still takes, or describe it in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is perishable and needs its date when it comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the offer in words, and receive the food at intake with its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than one intake may record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the pickup stop&apos;s outcome instead, or take it off the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the household&apos;s own offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an offer from someone else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::routing::Cvrplib</name>
    <message>
        <source>Cannot read the file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section starts before DIMENSION is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE is &quot;%1&quot;; only CVRP instances can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIMENSION is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDGE_WEIGHT_TYPE is &quot;%1&quot;; only EUC_2D is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported; only CVRP instances with EUC_2D coordinates and no route length limit can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown keyword &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depot %1 is not a node id from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second depot; only instances with one depot can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data outside a section: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node id from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coordinate line needs a node id, x and y; it has %1 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 has coordinates &quot;%2 %3&quot;, which are not numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 has coordinates twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demand line needs a node id and a demand; it has %1 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 has demand &quot;%2&quot;; it must be a whole number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 has a demand twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIMENSION is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDGE_WEIGHT_TYPE is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPACITY is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 has no coordinates in NODE_COORD_SECTION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 has no demand in DEMAND_SECTION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPOT_SECTION is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The depot (node %1) has demand %2; it must be 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::routing::Routing</name>
    <message>
        <source>This is a bug in the caller of the route planner; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route problem has no places (nodeCount is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route problem has neither a distance matrix nor a distance function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance matrix has %1 values; %2 places need %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration matrix has %1 values; %2 places need %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle %1 starts at place %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle %1 ends at place %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle %1 has a negative capacity or limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle %1 has a time limit, but the problem has no durations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is at place %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has a negative demand, service time or penalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has a service time or penalty over %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 prefers vehicle %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked route is for vehicle %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle %1 has two locked routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locked route of vehicle %1 visits customer %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is in a locked route twice, or in two locked routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solver&apos;s time limit and iteration count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solver needs a time limit, an iteration count or a way to cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance from place %1 to place %2 is %3; it must be between 0 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration from place %1 to place %2 is %3; it must be between 0 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle %1&apos;s hours run from %2 to %3; they must lie between 0 and %4, the end not before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The penalty for lateness must lie between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem has time windows but no durations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1&apos;s time window runs from %2 to %3; it must lie between 0 and %4, the end not before the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::routing::Solomon</name>
    <message>
        <source>Cannot read the file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MiB; a Solomon instance is far smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the VEHICLE block, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VEHICLE block needs two whole numbers, the vehicles available (1 to %1) and their capacity (1 to 1000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the CUSTOMER block, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer row has %1 values; it needs 7: number, x, y, demand, ready time, due date, service time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer numbers must run 0, 1, 2, ... in order; this row is &quot;%1&quot; where %2 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 customers: too many for one instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value %1 of customer %2 (&quot;%3&quot;) is not a number from 0 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has a demand that is not whole, or a ready time after its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends before the depot and at least one customer are given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The depot (customer 0) has demand %1; it must be 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::runs::Outcomes</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left at door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::runs::Packages</name>
    <message>
        <source>This run is no longer on file; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list of runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of %1 is closed: its stock has gone out already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages can only change on a run that is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a box template called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or change that template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box template is no longer on file; it may have been deleted on another laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box template is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier pickup run brings food in; it has no packages to pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate the delivery or pickup run of that day instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no box templates yet, so nothing says what a package holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a template for each household size first (larder-cli templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item to replace is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose it from the run&apos;s shortages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The substitute is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the substitutes listed with the shortage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item cannot stand in for itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another item, or receive more of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every package of this run has all its &quot;%1&quot;; nothing to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate the run again to see its shortages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; does not suit the dietary needs of %n of the households short of &quot;%2&quot;.</source>
        <translation>
            <numerusform>&quot;%1&quot; does not suit the dietary needs of %n of the households short of &quot;%2&quot;.</numerusform>
            <numerusform>&quot;%1&quot; does not suit the dietary needs of %n of the households short of &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>No &quot;%1&quot; is on hand that another package has not taken already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stop is no longer on its run; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stop has an outcome already; its package cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the item to a stop that has not been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stop is not a household&apos;s, so it has no package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose it from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item the pantry still gives out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity to add must be from 1 to 1000, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many to add to the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not suit this household&apos;s dietary needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item that carries the household&apos;s dietary tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of &quot;%2&quot; is on hand and not set aside for a run; %3 asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 or fewer, or receive more first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A box template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name it after who it is for, such as &quot;3-5 people&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A box template&apos;s smallest household size must be from 1 to 99, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of people it starts at, such as 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A box template&apos;s largest household size must be from %1 to 99, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty for &quot;and more&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package fills from 1 to 20 boxes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the boxes one household&apos;s package needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of the box template is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the item again from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the box template twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one line for it with the whole quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be from 1 to 1000, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many of it one package holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::runs::Runs</name>
    <message>
        <source>This distribution day is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distribution day of %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change its outcomes to reopen it, or plan another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stop is no longer on the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This driver is no longer on the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the distribution day is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date such as 2026-03-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of distribution day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of a distribution day can change only before it is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new distribution day of the other kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) of this distribution day have an outcome recorded.</source>
        <translation>
            <numerusform>%n stop of this distribution day has an outcome recorded.</numerusform>
            <numerusform>%n stops of this distribution day have an outcome recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>A day that happened stays on file; clear its outcomes first if it was entered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier pickup run collects food from suppliers, not households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the household to a delivery or pickup day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is already a stop of this distribution day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supplier pickup run has supplier stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a supplier pickup run for that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier is already a stop of this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stop has an outcome recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the outcome first if it was entered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of boxes for one stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number from 0 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already drives on this distribution day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no vehicle capacity on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many boxes fit in the car today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type minutes, or 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts from home, but there are no coordinates for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the coordinates of where they start, or start from the pantry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a place to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use pantry or home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver needs room for at least one box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, or 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver who starts from home needs the coordinates of that place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the coordinates, or start from the pantry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops of this route have outcomes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the driver; clear the outcomes first if they were entered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pantry has no coordinates, so routes cannot start from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the pantry&apos;s coordinates in Settings (for example 41.8575, -87.6607), then plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drivers are on this distribution day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the drivers who came, then plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That driver is on another distribution day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has changed since then, so this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the stops by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock set aside for this stop has no location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate the run&apos;s packages again, then record the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) have no outcome yet.</source>
        <translation>
            <numerusform>%n stop has no outcome yet.</numerusform>
            <numerusform>%n stops have no outcome yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record what happened at every stop from the route sheets, then close the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stop(s) on routes that are not locked already have an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the routes that were driven (Ctrl+L), then plan the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route is locked with no stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room for boxes in the vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stops on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer stops than drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routes are not planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan aims for the fewest kilometres (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stop fits this driver&apos;s limits (boxes, stops or minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be free until %2, before they start at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type when they can start and when they must be back, such as 11:00 and 14:00, or leave one empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stop fits this driver&apos;s limits (boxes, stops, minutes or hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households come to the pantry on a pickup day: nobody drives to pick anything up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the pickup on a delivery or supplier pickup day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is %1; there is nothing to pick up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever offered this brings it to the pantry; it needs no pickup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the offer as needing a pickup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is a pickup on another day already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it off that day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody knows where to pick this offer up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the offer an address or coordinates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer can be picked up until %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the pickup on an earlier day, or ask whether it is still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::sync::ChainCheck</name>
    <message>
        <source>Ask for a new export from a laptop you trust. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file names one laptop twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file gives this laptop&apos;s identity another key: a laptop of the network claims to be this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file gives &quot;%1&quot; another key than the one this laptop knows (fingerprint %2, not %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint on that laptop&apos;s Sync page; if it is not the one shown here, another laptop is posing as it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file does not name the key of the laptop that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revocation in this sync file is not signed by the laptop it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file comes from &quot;%1&quot;, which &quot;%2&quot; revoked on %3: files from it are no longer taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it made before that reaches this laptop through the other laptops&apos; files. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s changes of &quot;%1&quot; are not together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a new export. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s changes of &quot;%1&quot; are out of order (change %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed after &quot;%1&quot; made it, or by a laptop posing as it: ask that laptop for a new export. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s changes of &quot;%1&quot; (numbers %2 to %3) are not signed by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s changes of &quot;%1&quot; (numbers %2 to %3) do not match its signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out which laptop made this file, and revoke the copy on the Sync page. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s description is not signed by &quot;%1&quot;, the laptop it names as its sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; signed two different versions of its changes, at or before its number %2 (change %3 of this file): a copy of that laptop is in use — a restored backup or a cloned disk — or its key was taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::sync::IncomingCheck</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>days and hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is yes or no (1 or 0), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, field %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 of this file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change held here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop that made this change has a faulty or altered Larder: leave its files out until it is updated, then export again there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different changes carry the same number %1 of %2: %3 differs from the one this laptop holds (%4). That laptop&apos;s identity was copied or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import this laptop&apos;s files until a coordinator has found which copy is the real one; a copied pantry file must be opened once so it takes an identity of its own. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds a change dated %1 ahead of this laptop&apos;s clock (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending laptop&apos;s clock is wrong: set its date and time, then export again. (If this laptop&apos;s own date is behind, set it first.) Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be applied: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no ledger row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves %2 empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its change (number, laptop or time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves more than %2 at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger row %1 in this file (change %2) differs from the ledger row with the same number already here (%3). Two laptops wrote different stock movements under one number: one laptop&apos;s identity was copied or forged, or a file was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import files from the laptop that sent this one until a coordinator has compared both laptops&apos; stock. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves a required field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaks a rule of the record (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to %2 %3, which is neither here nor in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::sync::IncomingOperation</name>
    <message>
        <source>the ledger has too many columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ledger row has a field with no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ledger row has an unknown field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ledger row has the field %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a change as Larder writes one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::sync::Membership</name>
    <message>
        <source>No laptop of this network is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a name or id as the list of the network&apos;s laptops shows it (&quot;larder-cli sync members&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several laptops are called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the laptop&apos;s id instead, as &quot;larder-cli sync members&quot; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop cannot revoke itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke it from another laptop of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was revoked already, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::sync::OperationStream</name>
    <message>
        <source>a block holds no list of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 of this file is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::sync::Replicator</name>
    <message>
        <source>No file from &quot;%1&quot; has been imported here yet, so Larder does not know what it lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything instead (leave out --for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger row named by the log is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;larder-cli check&quot; on this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync file could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the stick or folder is writable and not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and that the stick is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files from laptops of the same network can be imported. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file was made by a newer Larder (data version %1; this Larder reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Larder to read this file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s contents are damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the file again from its source. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 names no known record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 names an unknown field %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds changes numbered as this laptop&apos;s own that this laptop never made: another laptop uses the same identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the other laptop&apos;s copy once so it takes an identity of its own, then export again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger row %1 does not match its change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes in this file could not be applied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. If the file was made for another laptop, ask for a full export instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conflict is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry has no network passphrase yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it one (&quot;larder-cli passphrase set&quot; or the Sync page), or join a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file comes from another network, not this pantry&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file is under another key than this pantry&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the network&apos;s passphrase to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this sync file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network&apos;s passphrase (capitals, spaces). If the network&apos;s key was rotated on another laptop, give the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more changes than it declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a personal value in change %1 does not open with the network&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds fewer changes than it declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network&apos;s passphrase (capitals, spaces) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry&apos;s key for signed changes does not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s changes are signed under another history key than this laptop&apos;s: it comes from a copy of the network that was updated apart from this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file from a laptop that has exchanged files with this one since both were updated. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an insert without its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more values than %1 has columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a personal value that does not open with the network&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation in this pantry&apos;s log is damaged (%1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal value of %1 %2 was never hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 of this file (%2 %3) is malformed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;larder-cli check&quot; on this file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;larder-cli check&quot; on this file and keep a copy of it for the people who make Larder. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::sync::SyncFileReader</name>
    <message>
        <source>Copy the file again from its source; a file cut short or changed on the way cannot be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Larder sync file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file that Larder exported (it ends in .lardersync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file was made by a newer Larder (format %1; this Larder reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Larder to read this file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file was made by an older Larder (format %1), which this Larder no longer reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Larder on the laptop that made it and export again there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s header is %1 bytes long; a Larder header is at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s key does not open with the network&apos;s key, although it names it: the file was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file is under another key than this pantry&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the network&apos;s passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this sync file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network&apos;s passphrase (capitals, spaces) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s key is not the one its header names: the file was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file is cut short (it ends before its last part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file is damaged (a part of %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file was changed or damaged after it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s description of its contents is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file&apos;s last part is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync file has unexpected bytes after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block of changes in this sync file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block of changes in this sync file claims %1 bytes, more than a file of %2 changes can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block of changes in this sync file does not decompress to the size it states.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::sync::SyncFileWriter</name>
    <message>
        <source>The sync file could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the stick or folder is writable and not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be compressed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::sync::SyncFolder</name>
    <message>
        <source>This folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder that Syncthing or Nextcloud keeps in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pantry&apos;s own database is inside this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live database must never be synced as a file: keep it elsewhere, and use this folder only for sync files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder cannot write in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync folder is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder stopped while it was reading this file. It is not read again by itself, so that it cannot stop Larder again; choose &quot;Try refused files again&quot; to read it once more, or ask its sender for a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is tried again at the next round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::AidEntryDialog</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does someone need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can someone give?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalog item rides with the household&apos;s next delivery once it is in stock; anything else waits for an offer that matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder proposes the offer for open requests of the same kind; a coordinator confirms the match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a household&apos;s or volunteer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household, a volunteer, or a neighbour&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item from the catalog, or words: &quot;winter coat, age 8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs &amp;picking up (else they bring it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to pick it up, if not the household&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room in a car (&amp;boxes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty, or 2w, sat, 12/5, 2027-01-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who asks: type the household&apos;s or volunteer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on file is called &quot;%1&quot;. Choose a name from the list as you type, or add the household first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available until: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::AidPanel</name>
    <message>
        <source>%1: %2</source>
        <comment>who: what</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone needs something: a household or a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone can give something: a neighbour, a household or a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What households and volunteers asked for and have not received, most urgent and oldest first. A catalog item rides with the household&apos;s next delivery once there is enough in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;unmet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request will not be met (found elsewhere, no longer needed): close it with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers that may answer a request: the same kind of thing, and the same item or words in common. Confirm the ones that fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer matches an open request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer goes to this request: the request is promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close unmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why will &quot;%1&quot; not be met? (found elsewhere, no longer needed…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>same item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) in common</source>
        <translation>
            <numerusform>%n word in common</numerusform>
            <numerusform>%n words in common</numerusform>
        </translation>
    </message>
    <message>
        <source>not all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers nobody has matched to a request yet come first, then those matched and not yet in hand. Press Received when one reaches the pantry: an item goes into stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen offer is at the pantry: an item is received into stock as a donation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::AidUndoCommands</name>
    <message>
        <source>new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new offer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close request unmet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::BelowParModel</name>
    <message>
        <source>%1 — below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par: the amount the pantry aims to keep on the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::CheckInDialog</name>
    <message>
        <source>stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ticks from the route sheets, sheet by sheet, in the order printed. On a row press &lt;b&gt;1&lt;/b&gt; Delivered, &lt;b&gt;2&lt;/b&gt; Left at door, &lt;b&gt;3&lt;/b&gt; Not home, &lt;b&gt;4&lt;/b&gt; Wrong address or &lt;b&gt;5&lt;/b&gt; Declined — the numbers of the sheet&apos;s boxes — and the next stop is chosen. &lt;b&gt;N&lt;/b&gt; or &lt;b&gt;Tab&lt;/b&gt; writes a note, &lt;b&gt;0&lt;/b&gt; clears a row, &lt;b&gt;Ctrl+Z&lt;/b&gt; takes back the last change. Nothing is kept until you press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is no longer in the file (deleted, perhaps on another laptop). Close this window and choose the run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no stops, so there is nothing to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recorded</source>
        <translation>
            <numerusform>%1 of %n recorded</numerusform>
            <numerusform>%1 of %n recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not saved yet</source>
        <translation>
            <numerusform>%n not saved yet</numerusform>
            <numerusform>%n not saved yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed since the last save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some outcomes are not saved yet. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Every stop has an outcome, so the run is closed: delivered boxes have left stock and the others are back on the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The run closes when every stop has an outcome; still to record: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stop of the run in the route sheets&apos; order: press 1 to 5 on a row to record what happened there, N to write a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the outcomes recorded here (Ctrl+S); the run closes when every stop has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window; outcomes not saved yet are offered for saving first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::CheckInModel</name>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on a route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— press 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::CountModel</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what is on the shelf and press Enter; empty means not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 when the count started; stock moved since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming posts %1 for this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count: type a whole number, 0 if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::CountPanel</name>
    <message>
        <source>A count compares what is on the shelves with what the books say. Start a count, print the count sheet, count, type the numbers in, review the differences and confirm: each difference is posted as a &quot;counted&quot; movement, so it stays visible in the item&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coun&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print count sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind count (hide what the books expect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters see only the items, not the numbers they should find: counts come out more honest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each counted number and press Enter to go down the list. Leave a line empty if it was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confir&amp;m count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count started. Print the sheet, or type the numbers straight in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>started %1 · %2 of %n lines counted · %3</source>
        <translation>
            <numerusform>started %1 · %2 of %n line counted · %3</numerusform>
            <numerusform>started %1 · %2 of %n lines counted · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: every counted line matches the books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lines differ from the books. Confirm posts one adjustment for each.</source>
        <translation>
            <numerusform>%n line differs from the books. Confirm posts one adjustment for it.</numerusform>
            <numerusform>%n lines differ from the books. Confirm posts one adjustment for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every counted line matches the books: nothing will be posted, and the count is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n adjustments will be posted, one for each line that differs, with the reason &quot;count&quot;.</source>
        <translation>
            <numerusform>%n adjustment will be posted, for the line that differs, with the reason &quot;count&quot;.</numerusform>
            <numerusform>%n adjustments will be posted, one for each line that differs, with the reason &quot;count&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lines were counted; lines left empty stay as they are.</source>
        <translation>
            <numerusform>%1 of %n line was counted; lines left empty stay as they are.</numerusform>
            <numerusform>%1 of %n lines were counted; lines left empty stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Post %n adjustments</source>
        <translation>
            <numerusform>Post %n adjustment</numerusform>
            <numerusform>Post %n adjustments</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count confirmed: everything matched, nothing posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Count confirmed: %n adjustments posted. Each one is in its item&apos;s history.</source>
        <translation>
            <numerusform>Count confirmed: %n adjustment posted. It is in its item&apos;s history.</numerusform>
            <numerusform>Count confirmed: %n adjustments posted. Each one is in its item&apos;s history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this count? The numbers typed into it are dropped; the stock stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count cancelled. Nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add found item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on the shelf that the count did not list: scan or type the item, say where it is and how many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan, or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date / not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single item matches &quot;%1&quot;: type more of its name, or pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many you found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count-sheet-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the count sheet as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd found item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location to count, or all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start counting the chosen location: print its sheet or type the numbers straight in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts started earlier and not yet confirmed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the chosen open count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the counts, to start or continue another; this one stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print a sheet to count on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the count sheet as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stock found on the shelf that the count does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the lines that differ from the books, or every line again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post one adjustment for each line that differs from the books and close the count, after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop this count and the numbers typed into it, after asking; the stock stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::CountSheet</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the books here. Write down what you find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found something that is not listed? Write its name, use-by date and count in the space below; it is added with &quot;Add found item&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blind count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted by: ____________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sheet — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can save in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::CsvImportDialog</name>
    <message>
        <source>Import volunteers from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import households from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Larder field each column of your file fills (guessed from the headers; change any that are wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is a household already on file when it has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is a volunteer already on file when it has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %n row(s), %2, separated by “%3”.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n row, %2, separated by “%3”.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n rows, %2, separated by “%3”.</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file or the mapping before anything can be imported. Nothing has been written.</source>
        <translation>
            <numerusform>%n problem to fix in the file or the mapping before anything can be imported. Nothing has been written.</numerusform>
            <numerusform>%n problems to fix in the file or the mapping before anything can be imported. Nothing has been written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: %1 row(s) — %2 to add, %3 to update, %4 already the same. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never imported (by design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to import: every row is already on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import items from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is an item already in the catalog when it has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same Larder id (a file exported from Larder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never: add every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of your file with its first value and the Larder field it fills; change any field that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a row is matched to one already on file: a matched row updates it instead of being added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be fixed before anything can be imported, and warnings, each with its file, row and column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update the rows as the summary above says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window without importing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder field for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Larder field this column fills, or &quot;(leave out)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick-up at the pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collection from suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a distribution day: the households due, the drivers who came, and a route for each. Every change is saved at once; Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one distribution on this day: choose which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the day shown: the households due that day are proposed as stops (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery by drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick-up at the pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collection from suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;outes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print route sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New distribution day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stop first, then Ctrl+M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No distribution day on %1.&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;New distribution day&lt;/b&gt; (Alt+N) to start one: Larder proposes the households due that day by their schedule, and you add or remove any.&lt;/p&gt;&lt;p&gt;Then add the drivers who came, press &lt;b&gt;Plan routes&lt;/b&gt; (Ctrl+R), and correct the routes by hand where you know better. Or pick another day above.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n stop(s)</source>
        <translation>
            <numerusform>%1 · %n stop</numerusform>
            <numerusform>%1 · %n stops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n driver(s)</source>
        <translation>
            <numerusform> · %n driver</numerusform>
            <numerusform> · %n drivers</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new distribution day on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a distribution day first (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n box(es)</source>
        <translation>
            <numerusform>%1: %n box</numerusform>
            <numerusform>%1: %n boxes</numerusform>
        </translation>
    </message>
    <message>
        <source>That driver is no longer on file. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add driver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no vehicle capacity on file: type today&apos;s boxes in the Boxes column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove driver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver on this day yet: add the drivers who came, then plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning routes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and keep the best so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning routes… best so far %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-plan the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes planned. Ctrl+Z goes back to the routes before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops show by route and number, and check-in by route and stop number works. Making a day, planning routes, packing boxes and printing route sheets wait for a coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a collection day first (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to plan: its distribution shows below, or one can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a delivery day first (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the pickup from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::DistributionTab</name>
    <message>
        <source>Route %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver yet: add drivers first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on a route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier on the route (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later on the route (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::DriversTab</name>
    <message>
        <source>Add a &amp;driver who came:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their stops go back to &quot;not on a route&quot; (Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a driver in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver yet. Add each driver who came from the list above; their vehicle&apos;s boxes and usual start fill in, and you can change them for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together they carry %1 boxes; the stops need %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everyone fits: add a driver or raise a capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n box(es))</source>
        <translation>
            <numerusform>%1 (%n box)</numerusform>
            <numerusform>%1 (%n boxes)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one has the driver role: add it under Households → Volunteers and drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every driver is on this day already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drivers on file who are not on this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen driver to this day, with their vehicle&apos;s boxes and usual start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drivers who came and their limits for today; type in a cell to change a limit, Delete removes the selected driver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::ExpiringLotsModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::FigureDetailsDialog</name>
    <message>
        <source>Behind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 stops are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 ledger rows are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This figure reads the shelf as it is now: the Inventory page lists every lot behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows this figure counts, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::HandOffBar</name>
    <message>
        <source>Set aside stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stock aside for every household&apos;s package, see what is short and what could stand in, and the pick list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print route sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sheet per driver: stops in order, map, tick boxes (Ctrl+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print packing lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes into each household&apos;s boxes, route by route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcomes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in what the drivers ticked on their sheets: delivered, not home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stock aside first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock was set aside for this day, so delivered boxes would take nothing from stock. Set it aside now, first expiry first out, before recording what happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact: one row a stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About twelve stops a page instead of two or three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language these papers print in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdAddUndoCommand</name>
    <message>
        <source>adding %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdEditUndoCommand</name>
    <message>
        <source>change to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdForm</name>
    <message>
        <source>Name they chose *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or alias; a legal name is never needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apartment, floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of an address, for someone without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lat, lon&quot; or a pasted map link (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by ; (peanuts; shellfish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish, English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side door, call on arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stairs, carry upstairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May leave at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9-12, afternoon (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge it into this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By design there is no field for legal ID, immigration status, income, date of birth or photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the form (Esc). Changes are already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody from this household volunteers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: press Enter or “Add household” to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the fields marked in red to add the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved when you leave a field. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved until the fields marked in red are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a household already on file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added. Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name they chose and an address or a meeting point, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the other household into this one? Empty fields here are filled from it, its volunteers and history move here, and it is removed. Ctrl+Z takes the merge back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n field(s) filled from the other household. Ctrl+Z takes the merge back.</source>
        <translation>
            <numerusform>Merged: %n field filled from the other household. Ctrl+Z takes the merge back.</numerusform>
            <numerusform>Merged: %n fields filled from the other household. Ctrl+Z takes the merge back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Halal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nut-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diabetic-friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low sodium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was a barcode scan (%1), not typing: nothing was changed here. Scan donations at Inventory → Intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or alias the household chose; it is needed, a legal name never is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The street and number deliveries go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apartment or floor, if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to meet a household that has no address, instead of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the household is on the map: latitude and longitude, or a link copied from OpenStreetMap or Google Maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many adults live in the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many children live in the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many seniors live in the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the household needs food marked &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they must not eat, separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages they speak, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the driver should know when delivering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they need to receive a delivery, such as no stairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number to reach the household; it may stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when they agreed to be phoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when they agreed to get text messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when they agreed that the package may be left at the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the household gets a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the week that suits them best for a delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day a delivery suits them; it may stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the household is active, paused, closed or on the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the household this one looks like, in this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the other household into this one, after asking; Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the household to the file (Enter in a field does the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a re&amp;quest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something this household needs: it rides with their next delivery when it is in stock, or waits for an offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household first; then add what it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — packed for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing asked for at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdMergeUndoCommand</name>
    <message>
        <source>merge into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdsModel</name>
    <message>
        <source>People in the household, children and seniors included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name they chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdsPage</name>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n households on file</source>
        <translation>
            <numerusform>%n household on file</numerusform>
            <numerusform>%n households on file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message>
        <source>The households this pantry delivers to, and the volunteers who deliver. Only what delivery needs is kept; addresses and phones appear only in a household&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, street, notes or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any dietary need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal area, e.g. 606</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 households match.</source>
        <translation>
            <numerusform>%n of %1 households matches.</numerusform>
            <numerusform>%n of %1 households match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try fewer letters or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import households from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which file do you need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full file (contains personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file contains personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file contains personal data: names, addresses, phones and notes of the households. Anyone with the file can read them. Export it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households-redacted.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a household (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No households on file yet. Press “New household” (Alt+N) or import a spreadsheet with “Import CSV…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household details are locked on this laptop. A coordinator unlocks them with the pantry&apos;s passphrase: File ▸ Unlock details (Ctrl+Shift+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redacted file has no names, phones or street addresses: only the postal area, size, status and month or year added of each household, made coarse enough that every row is shared by at least 5 households (the file&apos;s first lines say how). For counts and reports.

A full file contains personal data of the people you serve. Keep it on this laptop, never email it, and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1. %n household(s) left out: too few households shared their values.</source>
        <translation>
            <numerusform>Exported to %1. %n household left out: too few households shared its values.</numerusform>
            <numerusform>Exported to %1. %n households left out: too few households shared their values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add households from a spreadsheet saved as CSV, after checking which column fills which field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the households as a CSV file for a spreadsheet: redacted for counts and reports, or in full with their personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the households with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the households on this delivery schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the households with this dietary need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the households that speak this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the households whose postal code starts with this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every filter back to “Any” and empty the postal area; the search stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The households that match the search and the filters; Enter or a double-click opens one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::IntakeForm</name>
    <message>
        <source>Scan the barcode or type the item&apos;s name, then the quantity and the use-by date; Enter moves on and Enter on the date saves. Nothing else to save: each line is kept at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift&apos;s lines. Ctrl+Z undoes the last one; Enter on a line shows the item&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan, or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14, 3 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fri, 3w, 12/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date printed on the package: &quot;fri&quot;, &quot;3w&quot; (three weeks), &quot;12/5&quot;, &quot;2027-01&quot; (end of that month). Leave empty for things that keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it goes. Stays as chosen until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from. Stays as chosen until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which supplier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the line (Enter on the last field does the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item that is not in the catalog yet (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ite&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>keeps %n days</source>
        <translation>
            <numerusform>keeps %n day</numerusform>
            <numerusform>keeps %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>fresh: needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed: fri, 3w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a barcode or type the item&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items match: keep typing, or pick one with ↓ and Enter.</source>
        <translation>
            <numerusform>%n item matches: keep typing, or pick it with ↓ and Enter.</numerusform>
            <numerusform>%n items match: keep typing, or pick one with ↓ and Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item is called &quot;%1&quot;. Check the spelling, or add it with New item (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the catalog now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;3 cases&quot; = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First scan or type the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already past its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use-by date %1 is already past. Receive it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food past its date usually goes to disposal, not onto the shelf. Check the date on the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many: &quot;14&quot; or &quot;3 cases&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh food needs its use-by date: &quot;fri&quot;, &quot;5d&quot;, &quot;12/5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 × %2 → %3. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items match</source>
        <translation>
            <numerusform>%1 of %n item matches</numerusform>
            <numerusform>%1 of %n items match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below par (in red)</source>
        <translation>
            <numerusform>%n below par (in red)</numerusform>
            <numerusform>%n below par (in red)</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive stock, see what is on the shelves and what to give out first, and count. Every change is a recorded movement, so every number can be traced; Ctrl+Z undoes the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belo&amp;w par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give some to a walk-in visitor; the oldest dates go first (Ctrl+G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw &amp;away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record stock thrown away: spoiled, past its date, damaged, recalled (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stock to another place (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn undelivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put undelivered boxes back on the shelf, into their lot (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every movement of this item: when, who, where, why (Enter, Ctrl+H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search items, categories or places (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By place and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lot on every shelf, with its use-by date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items with less on hand than the pantry aims to keep (their par level), the emptiest first: what to ask suppliers and drives for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item is at or above its par level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use first (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belo&amp;w par (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Counts (%n open)</source>
        <translation>
            <numerusform>&amp;Counts (%n open)</numerusform>
            <numerusform>&amp;Counts (%n open)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lots that expire within %n days, and lots already past their date, soonest first. Give these out first; throw away what has spoiled (Ctrl+D). The number of days is set on the Settings page.</source>
        <translation>
            <numerusform>Lots that expire within %n day, and lots already past their date, soonest first. Give these out first; throw away what has spoiled (Ctrl+D). The number of days is set on the Settings page.</numerusform>
            <numerusform>Lots that expire within %n days, and lots already past their date, soonest first. Give these out first; throw away what has spoiled (Ctrl+D). The number of days is set on the Settings page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n are past their date.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n is past its date.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n are past their date.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing on the shelves expires within %n days.</source>
        <translation>
            <numerusform>Nothing on the shelves expires within %n day.</numerusform>
            <numerusform>Nothing on the shelves expires within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lines match</source>
        <translation>
            <numerusform>%1 of %n line matches</numerusform>
            <numerusform>%1 of %n lines match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n lines show less than zero.&lt;/b&gt; More went out than was recorded coming in (or a sync brought both sides). Count those shelves to set them right. &lt;a href=&quot;show&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n line shows less than zero.&lt;/b&gt; More went out than was recorded coming in (or a sync brought both sides). Count that shelf to set it right. &lt;a href=&quot;show&quot;&gt;Show it&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n lines show less than zero.&lt;/b&gt; More went out than was recorded coming in (or a sync brought both sides). Count those shelves to set them right. &lt;a href=&quot;show&quot;&gt;Show them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>give out %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throw away %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1. Ctrl+Shift+Z does it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done again: %1. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import items from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update catalog items from a spreadsheet&apos;s CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import items from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the food comes from: names, pickup days, addresses and contacts for collection days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line for each item, with all of it on hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item with what is on hand; Enter shows the item&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by place and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lot on every shelf with its use-by date; Enter shows the item&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots to give out first, the soonest to expire at the top; Enter shows the item&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items with less on hand than their par level, the emptiest first; Enter shows the item&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::ItemHistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below zero: count the shelves to set it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 movements, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n movements, newest first. Nothing is ever edited: a correction is a new movement.</source>
        <translation>
            <numerusform>%n movement. Nothing is ever edited: a correction is a new movement.</numerusform>
            <numerusform>%n movements, newest first. Nothing is ever edited: a correction is a new movement.</numerusform>
        </translation>
    </message>
    <message>
        <source>The movements of this item&apos;s stock, newest first: when, what, how much, where, which lot, who, why and a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::Labels</name>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water and drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n days (%1)</source>
        <translation>
            <numerusform>In %n day (%1)</numerusform>
            <numerusform>In %n days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago (%1)</source>
        <translation>
            <numerusform>%n day ago (%1)</numerusform>
            <numerusform>%n days ago (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thrown away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone on the inventory page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undelivered, back on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to a walk-in visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>reason: note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grocery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bakery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farm or garden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Church or temple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food bank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::LastEntriesModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>amount (as typed)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: a correction was posted, so this line no longer counts. Redo (Ctrl+Shift+Z) records it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was on shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::LotsModel</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books show less than zero here: more was given out, moved or thrown away than was recorded coming in (or a sync brought both sides). Count this shelf to set it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its date. Check it: throw it away if it is spoiled (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::MainWindow</name>
    <message>
        <source>This is the demo pantry: made-up households and stock, for practice. Nothing you do here touches a real pantry&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody is on shift.&lt;/b&gt; Type your name in “On shift” at the top right (Alt+S) and press Enter, so the changes you make are recorded under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on shift. Changes are recorded under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pantry file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Larder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Larder %1&lt;/h3&gt;&lt;p&gt;Stock, households and delivery routes for mutual-aid pantries. Larder works offline: a pantry&apos;s data stays in one file on this laptop.&lt;/p&gt;&lt;p&gt;Larder is free software, licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Larder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Household details are locked.&lt;/b&gt; Names, addresses, phones and notes are hidden; stock, counts, packing and check-in by route and stop number work. A coordinator unlocks them with the pantry&apos;s passphrase: File ▸ Unlock details (Ctrl+Shift+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This pantry has no passphrase.&lt;/b&gt; Anyone who copies the file or a backup can read who lives where. Give it one: File ▸ Protect with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household details were locked after a while without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more second(s) before trying again.</source>
        <translation>
            <numerusform>Wait %n more second before trying again.</numerusform>
            <numerusform>Wait %n more seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock household details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pantry&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n backup(s) taken before the passphrase still show names and addresses&lt;/b&gt; to anyone who copies them. &lt;a href=&quot;replace&quot;&gt;Replace them with a protected backup…&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n backup taken before the passphrase still shows names and addresses&lt;/b&gt; to anyone who copies it. &lt;a href=&quot;replace&quot;&gt;Replace it with a protected backup…&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n backups taken before the passphrase still show names and addresses&lt;/b&gt; to anyone who copies them. &lt;a href=&quot;replace&quot;&gt;Replace them with a protected backup…&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>This pantry is part of a network: type the network&apos;s passphrase. From now on it also seals every name, address, phone and note in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase seals every name, address, phone and note in this file, its backups and its sync files. It is also the passphrase of the pantry&apos;s network: other pantries that share data with this one use the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups taken before the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of this pantry were taken before it had its passphrase: anyone who copies them can read every name, address and phone.</source>
        <translation>
            <numerusform>%n backup of this pantry was taken before it had its passphrase: anyone who copies it can read every name, address and phone.</numerusform>
            <numerusform>%n backups of this pantry were taken before it had its passphrase: anyone who copies them can read every name, address and phone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them and take one protected backup now? The files:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete them and back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n unprotected backup(s); a protected backup was taken.</source>
        <translation>
            <numerusform>Deleted %n unprotected backup; a protected backup was taken.</numerusform>
            <numerusform>Deleted %n unprotected backups; a protected backup was taken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealing every name, address, phone and note with the passphrase… A pantry of thousands of households takes a minute or two; Larder is busy until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shift: &lt;b&gt;%1&lt;/b&gt;. What you change is recorded under this name; at the end of the shift, clear it at the top right (Alt+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a page shows it; Ctrl+1 to Ctrl+%1 go straight to one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::MembersPanel</name>
    <message>
        <source>Every laptop signs its changes with a key of its own; a file with a change its laptop did not sign is refused. To be sure a laptop is the one you think, compare its fingerprint here with the one on its own Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a lost, stolen or misused laptop: the other laptops refuse its new changes and its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made with its first sync file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet (vouched for by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop from before signed changes: its history reached this laptop signed by &quot;%1&quot;. Its own key comes with its next file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;?

Every laptop this one&apos;s sync files reach will refuse the changes it makes from now on, and its files. What it made before stays. This cannot be undone.

Revoking does not stop it reading new files: if it was lost or stolen, give the network a new key too (&quot;A laptop was lost…&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other laptops of the network with their fingerprints; choose one to revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::MovementsModel</name>
    <message>
        <source>Reversed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects an earlier movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was on shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot (use by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::NewItemDialog</name>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to the catalog. Only the name is needed; press Enter to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 is not in the catalog yet. Say what it is, then press Enter to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is, with the size: &quot;Diapers size 4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type it; may stay empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ase of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sold by the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units one case holds, so that &quot;3 cases&quot; can be typed at intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Perishable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed as the use-by date at intake; the date on the package wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh food:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount the pantry aims to keep; below it the item is listed under &quot;Below par&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;r level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each (a can, a pack, a loaf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nut-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diabetic-friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low sodium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the item is, with its size; the only field that is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group the item is filed under in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning this barcode at intake then finds the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the item is counted in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick for fresh food that spoils, to say how long it keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days it keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when this item suits a diet marked &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the item to the catalog (Enter does the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window without adding the item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::PackingDialog</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stock aside for every household&apos;s package, check what is short before anyone packs, then pack from the pick list. Stock set aside stays on the shelf until the outcomes are recorded: delivered boxes leave stock then, the others return to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets aside, first expiry first, what every package needs. Run it again after changing templates or stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in a package for each household size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households going without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for these households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages by stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no box templates in use yet, so nothing says what a package holds. Press &quot;Box templates…&quot; and add one for each household size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock was set aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock is set aside for every package. Pack from the pick list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a short item in the list, then what to give instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is no longer in the file (deleted, perhaps on another laptop). Close this window and choose the run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is closed: its outcomes are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing set aside yet: press &quot;Set aside stock&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock is set aside for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortages show here once stock is set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is short: every package has all its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to spare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing of the same kind suits them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1, stop %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on a route — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, use by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock is set aside, but not everything is there (short: %1). See what could stand in before packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now goes instead of %2 to the households that were short of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of %1, give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing set aside: see the Short tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items there is not enough of for every package, and the households going without; choose one to give something else instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item on hand to give instead of the short item chosen in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item chosen beside it instead, to the households short of the item chosen in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to take from each place to pack every package, with its use-by date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in each stop&apos;s package, and where each item is taken from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window; the stock set aside stays set aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::Page</name>
    <message>
        <source>&lt;b&gt;Names and addresses are locked on this laptop.&lt;/b&gt; %1 A coordinator unlocks them with the pantry&apos;s passphrase: File ▸ Unlock details (Ctrl+Shift+U).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::PassphraseDialog</name>
    <message>
        <source>Choose the pantry&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Write it down&lt;/b&gt; and keep the paper apart from the laptop (not in its bag). Without the passphrase nobody, not even Larder&apos;s makers, can read the household details again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six words chosen at random from Larder&apos;s list: about %1 bits, stronger than most passwords and easier to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again below, to be sure of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters: a few words that mean something to you and nothing to anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase: a few words that mean something to you and nothing to anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase the text above asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase once more, to be sure it was typed as meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase as it is typed, instead of hiding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this passphrase; possible once it is strong enough and typed the same twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window without using a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::PeoplePanel</name>
    <message>
        <source>Search volunteers by name, role or language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team calls them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish, English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a driver usually starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find their household, if they receive too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, then press Enter to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved when you leave a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer linked to a household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: they also receive deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes this person from the file. Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer on file; they may have been removed on another laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed. Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers boxes: drivers can be added to a distribution day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs the boxes for distribution days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives and records the stock that comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates the pantry&apos;s volunteers and distribution days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the jobs this person does at the pantry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form beside the list, to add a volunteer or driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who helps the pantry; choosing one shows their details in the form beside the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many boxes their vehicle carries; 0 means no vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked when this person usually helps on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take away the link to their household; the household stays on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick when they stop helping: they stay on file but leave the on-shift and driver lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person to the file (Enter in a field does the same).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::PeopleTableModel</name>
    <message>
        <source>%1 (not active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::PersonEditUndoCommand</name>
    <message>
        <source>change to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::PersonPresenceUndoCommand</name>
    <message>
        <source>adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::ReportFiguresModel</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came in, went out, was thrown away and delivered, from the ledger and the recorded outcomes: for the pantry&apos;s own records, its network and its suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;antry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure as a spreadsheet, without personal data; counts of fewer than %1 households are shown as &quot;&lt;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key figures and four charts on one page, to hand to the network or a supplier; no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the rows behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or press Enter, or double-click a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households served by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thrown away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given out by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the stock counts found against the ledger, and stock given out with no delivery behind it. Per shelf and item, never per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the counts found, by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given out with no delivery behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same period for every pantry whose records reached this laptop by sync, and for the network as a whole. A pantry&apos;s figures are its own ledger rows, distribution days and shelves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pantries in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a figure to see what it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts found missing (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the CSV file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can save in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-%1-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1. It holds no personal data; counts of fewer than %2 households are shown as &quot;&lt;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1. It holds no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · every figure from the ledger and the recorded outcomes; choose a figure to see what it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period every report covers; choosing one fills in its first and last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period; changing it makes the period custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period; changing it makes the period custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pantry whose figures are shown, or all the pantries in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure of the period; Enter or a double-click shows the rows behind one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the stops or stock movements that the chosen figure counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each week of the period: what was given out, received and thrown away, the households served and the deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many stops of the period ended with each outcome: the chart&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight, units and movements given out in each category during the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the counts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each item and shelf, how much the stock counts found missing or extra against the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item given out in the period with no delivery to account for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantries of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s figures for each pantry whose records reached this laptop, and for the whole network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::RouteMapWidget</name>
    <message>
        <source>Choose a route with stops to see its map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route map is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::RoutesTab</name>
    <message>
        <source>Plan routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the stops out between the drivers within their limits, keeping locked routes as they are (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected stop to another driver (Ctrl+M). Alt+Up and Alt+Down change its place on the route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked route stays as it is when you re-plan the rest (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stop in the route&apos;s list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a driver&apos;s route first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the drivers who came (Drivers tab), then press Plan routes (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a route to see its stops and map. Ctrl+M moves a stop, Alt+Up/Down reorders, Ctrl+L locks a route, Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) placed on routes, </source>
        <translation>
            <numerusform>%n stop placed on routes, </numerusform>
            <numerusform>%n stops placed on routes, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early: these are the best routes found so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) fit on no route: add a driver, raise a capacity or a limit, or move them by hand.</source>
        <translation>
            <numerusform>%n stop fits on no route: add a driver, raise a capacity or a limit, or move it by hand.</numerusform>
            <numerusform>%n stops fit on no route: add a driver, raise a capacity or a limit, or move them by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) without coordinates could not be planned.</source>
        <translation>
            <numerusform>%n stop without coordinates could not be planned.</numerusform>
            <numerusform>%n stops without coordinates could not be planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) placed by postal area: check them.</source>
        <translation>
            <numerusform>%n stop placed by postal area: check it.</numerusform>
            <numerusform>%n stops placed by postal area: check them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stops on no route have no map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the pantry&apos;s coordinates in Settings to mark the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) not on the map (no coordinates)</source>
        <translation>
            <numerusform>%n stop not on the map (no coordinates)</numerusform>
            <numerusform>%n stops not on the map (no coordinates)</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest route %1 min, shortest %2 min (%3 min apart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stop: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each driver&apos;s route with its stops, load and minutes; choosing one lists its stops and shows its map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops on the chosen route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen route&apos;s stops in order; Alt+Up and Alt+Down change a stop&apos;s place, Ctrl+M gives it to another driver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::RunDriversModel</name>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends at last stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes this driver&apos;s vehicle carries today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at home, but Larder has no coordinates for it: add them to the driver on the Households page, or start at the pantry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the route starts at the driver&apos;s home; otherwise at the pantry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the driver comes back to the pantry after the last stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest this driver can leave today, such as 11 or 11:30. Empty: when the routes leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this driver must be back (or done, when they end at the last stop), such as 2 pm. Empty: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::RunRoutesModel</name>
    <message>
        <source>Not on a route</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stops no driver could take within the limits, or not planned yet. Plan routes (Ctrl+R), add a driver, or move them by hand (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-planning keeps this route as it is (Ctrl+L unlocks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L locks the route: re-planning then leaves it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the route leaves, so that it reaches its households within their windows (Settings: routes leave from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::RunStopsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on a route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed by postal area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder does not know where this household is: it has no coordinates and no other household in its postal area has any. Add coordinates on the Households page, or move the stop to a route by hand (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coordinates of its own: planned at the centre of its postal area. Check its place on the route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes for this household. Type a number to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder does not know where this supplier is. Add its coordinates with Suppliers…, or move the stop to a route by hand (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes to collect here (room in the vehicle). Type a number to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this pantry file. Every change is saved the moment it is made; there is no Save button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantry name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the file&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots that expire within this many days are listed under Inventory → Use first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Use first&quot; lists lots expiring &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month first, as in the United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at intake, &quot;12/5&quot; is read as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes and route sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name on the papers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of route sheets and packing lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where drivers start and come back to, as printed on the sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone for drivers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number a driver calls with a problem, printed on every sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>41.8575, -87.6607 or a map link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the coordinates as &quot;41.8575, -87.6607&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roads are longer than a straight line by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road distance ÷ straight-line distance; 1.3 suits most towns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average driving &amp;speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for the minutes of each route, with the time at each stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes at each &amp;stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking, carrying the boxes, a word at the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most stops per driver (&amp;default):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in for each driver added to a day; 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a household with last time&apos;s &amp;driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth this much extra driving to keep a household with the driver who came last time; 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time to spend planning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer finds slightly shorter routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;initials instead of names, and no phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup copy of this file is made once a day when Larder opens it, in the folder next to it ending in &lt;tt&gt;.backups&lt;/tt&gt;; the last 7 days and 4 weeks are kept. Erased households are erased from those copies too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network passphrase that protects sync files is set on the Sync page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where routes start: &quot;41.8575, -87.6607&quot; or a map link copied from OpenStreetMap or Google Maps. Routes cannot be planned without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household closed for longer than this is erased: its name, address, phone and notes leave this file, its backups and, through sync, every laptop of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase households closed for &amp;more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase them now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closed household is past that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed household(s) are past that time, the oldest closed since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase closed households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 household(s) closed for more than %2 months?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their names, addresses, phones and notes leave this file, its backups at the next backup, and every laptop of the network at its next sync. This cannot be undone.&lt;br&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1 household(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this long without a key press or a click, the app locks names, addresses, phones and notes until a coordinator unlocks them with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock household details after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; here; &lt;b&gt;%3&lt;/b&gt; proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Another laptop of the network made these privacy settings weaker.&lt;/b&gt; They take effect on this laptop only when someone here accepts them; until then the stricter value stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the day among every driver who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing gives every driver stops and evens out their minutes and boxes, for a few more kilometres; fewest kilometres may send a driver home without a stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What route planning aims for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan routes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest a route leaves; a route whose first household wants its boxes later leaves later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes leave from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes &amp;leave from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them when possible (a stop may be late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always keep them (leave a stop off rather than late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households&apos; delivery windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households&apos; &amp;windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute late is worth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much extra driving planning accepts to save a minute of lateness, when windows are kept when possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact: one row a stop (about twelve a page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default when printing; the print preview can switch it for one print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language chosen above can be overridden for one start: set &lt;tt&gt;LARDER_LANG=es&lt;/tt&gt; before starting Larder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of Larder on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for this computer, whoever&apos;s pantry file is open. Larder starts in it the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of route sheets and packing lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver may read Spanish while the coordinator works in English. The print preview can choose another for one print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers &amp;print in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Larder speaks %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that holds this pantry&apos;s file, where its backups are kept too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a household&apos;s hours cannot all be kept, planning brings its stop late or leaves it off the routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route sheets then show each household by its initials, without phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper size Larder&apos;s printed sheets use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typed date such as 3/4 is read as March 4 rather than 3 April.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase now the households closed for longer than that, after asking; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::ShiftPicker</name>
    <message>
        <source>On &amp;shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on shift? Type your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick your name, or type it and press Enter if you are new. Every change you make is recorded under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the laptop with nobody on shift, for the next volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a scanned barcode, not a name. To receive stock, go to Inventory (Ctrl+2) and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are locked on this laptop. Whoever was on shift stays on shift; a new name can be typed once a coordinator unlocks (Ctrl+Shift+U). Stock, counts and packing work meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shift (name locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::StartDialog</name>
    <message>
        <source>Welcome to Larder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder keeps a pantry&apos;s stock, the households it serves and its delivery routes in one file on this laptop. Nothing leaves the laptop unless you export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new pantry file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty, for a pantry that is new to Larder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .larder file kept on this laptop, a USB stick or a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A made-up pantry with %n households, to look around safely. Nothing real is in it.</source>
        <translation>
            <numerusform>A made-up pantry with %n household, to look around safely. Nothing real is in it.</numerusform>
            <numerusform>A made-up pantry with %n households, to look around safely. Nothing real is in it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from another pantry&apos;s sync file and its passphrase, to share data with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes Larder without opening a pantry file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::Startup</name>
    <message>
        <source>Larder pantry files (*.larder);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Larder file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file needs a newer Larder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder cannot write here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not open the demo pantry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not open the file you asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder could not open the pantry file used last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Making a demo pantry with %n households…</source>
        <translation>
            <numerusform>Making a demo pantry with %n household…</numerusform>
            <numerusform>Making a demo pantry with %n households…</numerusform>
        </translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pantry file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this pantry called? Other pantries in your network will see this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the new pantry file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pantry file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync file from a pantry of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder sync files (*.lardersync);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the network&apos;s passphrase (ask the pantry that gave you the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synced folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy then lives outside this laptop, on every computer and server the folder is synced to (names, addresses and phones readable unless the pantry has a passphrase), and a file copied while Larder has it open can arrive damaged. Close Larder, move the file and its .backups folder to a folder on this laptop only, and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This pantry file is in a folder that %1 copies off this laptop:&lt;/b&gt; %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This pantry&apos;s backups are in a folder that %1 copies off this laptop:&lt;/b&gt; %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, addresses, phones and notes are kept sealed with this passphrase: someone who takes the laptop or copies the file cannot read them. Volunteers on shift do not need it (stock, counts and packing work without it); a coordinator types it to see or change the details. Pantries of one network share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::StockActionDialog</name>
    <message>
        <source>Give out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return undelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give &lt;b&gt;%1&lt;/b&gt; to a walk-in visitor. The oldest dates go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away &lt;b&gt;%1&lt;/b&gt; that cannot be given out. The reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; to another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put undelivered &lt;b&gt;%1&lt;/b&gt; back on the shelf, into the lot it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any place — oldest date first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 (was on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 or 2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: what was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no lot to return into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is none of this item on hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many: all of it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 on hand there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already there: choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leave the stock, recorded as thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 go back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to give it out from; any place takes the oldest dates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot it goes back into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place and lot it is taken from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place it goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place it goes back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many to give out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many to throw away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many go back on the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is thrown away; recorded with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong, in a few words; recorded with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this many were given out, the oldest dates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this many were thrown away, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this many moved to the chosen place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this many back into the chosen lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window without changing the stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::StockModel</name>
    <message>
        <source>Below par: %1 on hand, the pantry aims to keep %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par: the amount the pantry aims to keep on the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use first by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books show less than zero: more went out than was recorded coming in (or a sync brought both sides). Count it to set it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::StopsTab</name>
    <message>
        <source>&amp;Add a household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, street or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected household off this day (Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stop in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household is due this day. Add households above by name, street or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s), </source>
        <translation>
            <numerusform>%n stop, </numerusform>
            <numerusform>%n stops, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) in all.</source>
        <translation>
            <numerusform>%n box in all.</numerusform>
            <numerusform>%n boxes in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without coordinates: add them on the Households page, or place the stop on a route by hand (Ctrl+M).</source>
        <translation>
            <numerusform>%n without coordinates: add them on the Households page, or place the stop on a route by hand (Ctrl+M).</numerusform>
            <numerusform>%n without coordinates: add them on the Households page, or place the stops on a route by hand (Ctrl+M).</numerusform>
        </translation>
    </message>
    <message>
        <source>(already on this day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household to add matches &quot;%1&quot;. Check the spelling, or add the household on the Households page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supplier, or its address, coordinates and pickup days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a supplier&apos;s name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier has its pickup day on this day. Add suppliers above by name, or add their pickup days (Suppliers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n without coordinates: add them with Suppliers…, or place the stop on a route by hand (Ctrl+M).</source>
        <translation>
            <numerusform>%n without coordinates: add them with Suppliers…, or place the stop on a route by hand (Ctrl+M).</numerusform>
            <numerusform>%n without coordinates: add them with Suppliers…, or place the stops on a route by hand (Ctrl+M).</numerusform>
        </translation>
    </message>
    <message>
        <source>(not on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier to add matches &quot;%1&quot;. Check the spelling, or add the supplier first (Suppliers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stops of this day with their route and boxes; type a number in the Boxes column to change it, Delete takes the selected stop off the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(on another day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::StoreTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… nothing of the file being read is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::SuppliersDialog</name>
    <message>
        <source>not on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the pantry&apos;s food comes from. A collection day picks up from the suppliers whose pickup day it is, planned by their coordinates. Changes are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mercado El Sol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many boxes a pickup here usually fills: the room it takes in a vehicle on a collection day. Change it for one day on the Stops tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usual load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed for the driver, e.g. 2011 W Cermak Rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>41.8520, -87.6780 or a map link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the driver collects, for planning the routes: latitude and longitude, or a link copied from OpenStreetMap or Google Maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the driver should know: the door, the hours, crates to bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new supplier&apos;s name; it is saved when it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this supplier for the history, but offer it no more at intake or on collection days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this supplier active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another supplier is already called &quot;%1&quot;: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired: kept for the history, offered no more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every supplier, retired ones too; choosing one shows its details in the form beside the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form, to add a supplier; it is saved when it has a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier&apos;s name, as offered at intake and on collection days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of supplier it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked when a collection day on %1 picks up from this supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The street address, printed for the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the driver asks for at this supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number to call at this supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the driver should know about this supplier; saved when you leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window; every change is already saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::SyncImportsModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) to review</source>
        <translation>
            <numerusform>%n edit to review</numerusform>
            <numerusform>%n edits to review</numerusform>
        </translation>
    </message>
    <message>
        <source>sender&apos;s clock %1 h ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::SyncPage</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this pantry&apos;s changes with the other pantries of your network by file — a USB stick, a messaging app or a shared folder. No internet service is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes recorded on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other laptops heard from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edits to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the network passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange by file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a sync file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import sync files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every change, or only what one laptop lacks (from the last file it sent here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync when files arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to sync with the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to sync whenever files arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) to review</source>
        <translation>
            <numerusform>%n edit to review</numerusform>
            <numerusform>%n edits to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Edits to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same field was changed on two laptops that had not seen each other&apos;s change. Larder kept the newer one everywhere; check it, and keep it or put the other back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep what Larder chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the &amp;other value back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop belongs to a network: files it exports open only with the network&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network passphrase yet. Set one to start a network, or ask another pantry for its latest file and join it from the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone (all changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (only what it lacks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sync file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2: %n new change(s)</source>
        <translation>
            <numerusform>%1 from %2: %n new change</numerusform>
            <numerusform>%1 from %2: %n new changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n already here</numerusform>
            <numerusform>%n already here</numerusform>
        </translation>
    </message>
    <message>
        <source>Its clock is %1 hours ahead of this laptop&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the network&apos;s passphrase %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the network passphrase first (above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a sync file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder sync files (*.lardersync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to encrypt the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n change to %1.</numerusform>
            <numerusform>Wrote %n changes to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import sync files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder sync files (*.lardersync);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to open the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts over personal details show no values; exporting and importing ask for the network&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for your network. Every laptop of the network uses the same one: it seals the names, addresses, phones and notes in this pantry&apos;s file and encrypts the sync files. Larder never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the network passphrase first (above), or join a network from the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shared folder and set the network passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try refused files again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the refused files again at the next sync, for example after the network&apos;s passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused files will be read again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing received yet. Each file imported here, by hand or from the shared folder, is listed with the pantry that sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled. Nothing of it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the shared folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from the shared folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, refused on %2 and unchanged since: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The file being read changed nothing; the others are read at the next sync. This laptop&apos;s file was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new from the other laptops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing this laptop&apos;s file in the shared folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s file (%1) is up to date in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder that Syncthing, Nextcloud or a shared drive keeps in step between the laptops of the network. Choose the same folder on each laptop: each writes its own file there and reads the others&apos; whenever you sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each laptop writes its own file here and reads the others&apos;. This laptop&apos;s file is %1; the name tells nothing about the pantry, and the files open only with the network&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refused %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files in the folder were refused and are skipped until they change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop was lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the network a new key and passphrase, so a lost or stolen laptop opens nothing made from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larder will give the network a new key and a new passphrase, and seal every name, address, phone and note in this pantry again with it (a large pantry takes minutes).

Then export a sync file: each other laptop imports it and is asked for the new passphrase. The lost laptop, which knows only the old passphrase, opens nothing made from now on. What it held already it still holds: it is sealed with the old passphrase.

Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s new passphrase. Tell it to the other laptops&apos; coordinators in person, never with the sync file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Export a sync file now and bring it to the other laptops; each imports it with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Check the clocks.&lt;/b&gt; A file received recently was made on a laptop whose clock is %1 hours ahead of this one. Larder merged it correctly, but set the date and time right on both laptops: a file more than a day ahead is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The network&apos;s passphrase was changed on &quot;%1&quot;.&lt;/b&gt; The next time this pantry is locked, unlock it with the new passphrase: from then on only the new one opens it. Until then the old one still does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing every detail with the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is revoked. Export a sync file now: the other laptops learn it from the next file they import from this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the passphrase every laptop of the network shares: it seals personal details and encrypts the sync files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this pantry&apos;s changes in an encrypted file, to carry to the other laptops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sync files from the other laptops and merge their changes into this pantry&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder this laptop syncs through; Choose… changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shared folder this laptop syncs through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the other laptops&apos; new files from the shared folder, then write this laptop&apos;s file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Larder is open, import each file that arrives in the shared folder at once, and write this laptop&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each sync file imported here, with the pantry that sent it and how many changes it brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed on two laptops at once, with the value kept and the other one; choose one, then keep it or put the other value back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen edit as reviewed, keeping the value Larder kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the other laptop&apos;s value back in place of the one Larder kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::TemplatesDialog</name>
    <message>
        <source>Box templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in a household&apos;s package, by household size. Each household gets the template for its size; items that do not suit its diet are swapped when stock is set aside. Changes are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Small household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many boxes the package fills: drivers&apos; capacity counts boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template not in use is kept but given to nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of an item&apos;s name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name, such as &quot;Small household&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another template is already called &quot;%1&quot;: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest household size (%1) is below the smallest (%2): raise it, or choose &quot;no limit&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a quantity of 0: give at least 1, or remove the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template added: name it, set the household sizes and add its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the template &quot;%1&quot;? Households of its sizes get no package until another template covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of an item&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item in the catalog matches &quot;%1&quot;: check the spelling, or add the item on the Inventory page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in this template: change its quantity in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet: press &quot;New template&quot; to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template in use covers households of %1 people: they get no package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households of %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households of %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For households of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, boxes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every box template, those not in use too; choosing one shows it in the form beside the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a template for the sizes after the largest covered so far, ready to be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen template, after asking; households of its sizes get no package until another template covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s name; saved when you leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fewest people in a household this template is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most people in a household this template is for; &quot;no limit&quot; for any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in this template&apos;s package: each item with its quantity, which can be changed here, and unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of an item&apos;s name, then press Enter to add it to the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the item to add go in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the item typed beside it to the package, this many of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the item chosen in the list out of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window; every change is already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of this item go in the package; saved as you change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items below par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteers and drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lots on the shelf that expire within %n days, oldest first. Pack these before anything else.</source>
        <translation>
            <numerusform>Lots on the shelf that expire within %n day, oldest first. Pack these before anything else.</numerusform>
            <numerusform>Lots on the shelf that expire within %n days, oldest first. Pack these before anything else.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items with less on hand than the pantry aims to keep (its par level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item is at or above its par level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2. What needs attention first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n already past their date</source>
        <translation>
            <numerusform>and %n already past their date</numerusform>
            <numerusform>and %n already past their date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lots to use within %n days</source>
        <translation>
            <numerusform>lot to use within %n day</numerusform>
            <numerusform>lots to use within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing on the shelf expires within %n days.</source>
        <translation>
            <numerusform>Nothing on the shelf expires within %n day.</numerusform>
            <numerusform>Nothing on the shelf expires within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done — dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone has called or visited this household: take it off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries that did not arrive: nobody was home, or the address was wrong. Call or visit, fix the address if needed, then press Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up: every delivery arrived or was dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock, expiry dates and counts are all here; the follow-ups show no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen household&apos;s form on the Households page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pantry&apos;s address, and its place on the map (a map link copied from OpenStreetMap or Google Maps will do). Routes start there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: receive the first donation. Scan or type an item; one the catalog does not know yet is added with New item (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: add the households you deliver to, or import them from a spreadsheet (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: make a delivery day, add the drivers who came, plan the routes and print a sheet for each driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list goes away when every step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and offers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
