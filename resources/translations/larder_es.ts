<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
    <name>larder::Integrity</name>
    <message>
        <source>could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity_check found the file sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s integrity_check reports %n problem(s), first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>%1 on-hand total(s) differ from the ledger; first: item %2 at location %3, lot %4: ledger says %5, on hand says %6</source>
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
        <source>%1 record(s) have no operation, so no other laptop can learn of them; first: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of %1 record(s) was deleted before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted record(s) are back in the file; first: %2 %3</source>
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
        <source>Exit codes: 0 success; 1 failure, with one line on stderr saying what went wrong; 2 a usage error.</source>
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
</context>
<context>
    <name>larder::cli::FileCommands</name>
    <message>
        <source>init needs the pantry&apos;s name: add --site-name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for &quot;%2&quot; (site %3).</source>
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
        <source>Create a new, empty pantry file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a new Larder file with its own site id and network id. Refuses a file that already exists.</source>
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
        <source>Runs SQLite&apos;s integrity and foreign-key checks, then Larder&apos;s own: on-hand totals equal the stock ledger, this laptop&apos;s changes are numbered without gaps, no change is dated after the file&apos;s clock, every record and ledger row has its sync operations, nothing deleted is back, and the guard triggers are in place. Prints one line per check; exits 1 when any fails.</source>
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
    <name>larder::ui::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Plan a distribution day, split it into routes for the drivers who came, and print one route sheet per driver.</source>
        <translation>Planifica un día de reparto, divídelo en rutas para los conductores que vinieron e imprime una hoja de ruta por conductor.</translation>
    </message>
    <message>
        <source>active households</source>
        <translation>hogares activos</translation>
    </message>
    <message>
        <source>of them due every week</source>
        <translation>de ellos, cada semana</translation>
    </message>
    <message>
        <source>drivers with a vehicle</source>
        <translation>conductores con vehículo</translation>
    </message>
    <message>
        <source>boxes their vehicles can carry</source>
        <translation>cajas que caben en sus vehículos</translation>
    </message>
    <message>
        <source>What will be here</source>
        <translation>Lo que habrá aquí</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>Lo que puedes hacer ahora</translation>
    </message>
    <message>
        <source>Planning works from the household list and from each driver&apos;s vehicle capacity. Keep both up to date: the figures above show what planning would start from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Conductor</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>Días habituales</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Conductores</translation>
    </message>
    <message>
        <source>Choose the day and see which households are due by their schedules; pause the ones who called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build packages by household size, with dietary substitutions and a warning when stock is short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan routes for the drivers who showed up, within each vehicle&apos;s capacity and stop limit; move or lock stops by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a route sheet per driver and the packing lists, then record from the paper what was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdsModel</name>
    <message>
        <source>People in the household, children and seniors included.</source>
        <translation>Personas del hogar, incluidos niños y mayores.</translation>
    </message>
    <message>
        <source>Name they chose</source>
        <translation>Nombre elegido</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdsPage</name>
    <message>
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <source>The households this pantry delivers to, by the name each chose. Only what delivery needs is kept, and addresses never appear in this list.</source>
        <translation>Los hogares a los que esta despensa reparte, con el nombre que cada uno eligió. Solo se guarda lo que el reparto necesita, y las direcciones nunca aparecen en esta lista.</translation>
    </message>
    <message>
        <source>No households on file yet. Adding households arrives in a later version of Larder.</source>
        <translation>Todavía no hay hogares. Añadir hogares llegará en una versión posterior de Larder.</translation>
    </message>
    <message numerus="yes">
        <source>%n households on file</source>
        <translation>
            <numerusform>%n hogar registrado</numerusform>
            <numerusform>%n hogares registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>larder::ui::InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>What is on the shelves now, item by item. Stock changes only through recorded movements — received, distributed, counted — so every number can be traced.</source>
        <translation>Lo que hay ahora en los estantes, artículo por artículo. Las existencias solo cambian con movimientos registrados —recibido, repartido, contado—, así que cada número se puede rastrear.</translation>
    </message>
    <message>
        <source>Search items or categories (Ctrl+F)</source>
        <translation>Buscar artículos o categorías (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search inventory</source>
        <translation>Buscar en el inventario</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items match</source>
        <translation>
            <numerusform>%1 de %n artículo coincide</numerusform>
            <numerusform>%1 de %n artículos coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below par (in red)</source>
        <translation>
            <numerusform>%n bajo el mínimo (en rojo)</numerusform>
            <numerusform>%n bajo el mínimo (en rojo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>larder::ui::Labels</name>
    <message>
        <source>Food</source>
        <translation>Alimentos</translation>
    </message>
    <message>
        <source>Water and drinks</source>
        <translation>Agua y bebidas</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>Higiene</translation>
    </message>
    <message>
        <source>Baby</source>
        <translation>Bebé</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Ropa</translation>
    </message>
    <message>
        <source>School supplies</source>
        <translation>Material escolar</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Household goods</source>
        <translation>Artículos del hogar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 L</source>
        <translation>%1 L</translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n caja</numerusform>
            <numerusform>%n cajas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and unit, e.g. 3 packs</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Repartido</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Estropeado</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>When they ask</source>
        <translation>Cuando lo piden</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message numerus="yes">
        <source>In %n days (%1)</source>
        <translation>
            <numerusform>En %n día (%1)</numerusform>
            <numerusform>En %n días (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago (%1)</source>
        <translation>
            <numerusform>Hace %n día (%1)</numerusform>
            <numerusform>Hace %n días (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Conductor</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Empaquetado</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinación</translation>
    </message>
</context>
<context>
    <name>larder::ui::MainWindow</name>
    <message>
        <source>This is the demo pantry: made-up households and stock, for practice. Nothing you do here touches a real pantry&apos;s file.</source>
        <translation>Esta es la despensa de prueba: hogares y existencias inventados, para practicar. Nada de lo que hagas aquí toca el archivo de una despensa real.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody is on shift.&lt;/b&gt; Type your name in “On shift” at the top right (Alt+S) and press Enter, so the changes you make are recorded under it.</source>
        <translation>&lt;b&gt;No hay nadie de turno.&lt;/b&gt; Escribe tu nombre en «De turno», arriba a la derecha (Alt+T), y pulsa Intro, para que los cambios que hagas queden registrados con él.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>%1 is on shift. Changes are recorded under this name.</source>
        <translation>%1 está de turno. Los cambios quedan registrados con este nombre.</translation>
    </message>
    <message>
        <source>Could not add this name</source>
        <translation>No se pudo añadir este nombre</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New pantry file…</source>
        <translation>&amp;Nuevo archivo de despensa…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>Abrir la &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Larder</source>
        <translation>&amp;Acerca de Larder</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Larder — %1</source>
        <translation>Larder — %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Pantry: %1</source>
        <translation>Despensa: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Larder %1&lt;/h3&gt;&lt;p&gt;Stock, households and delivery routes for mutual-aid pantries. Larder works offline: a pantry&apos;s data stays in one file on this laptop.&lt;/p&gt;&lt;p&gt;Larder is free software, licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Larder %1&lt;/h3&gt;&lt;p&gt;Existencias, hogares y rutas de reparto para despensas de ayuda mutua. Larder funciona sin conexión: los datos de una despensa se quedan en un archivo de este portátil.&lt;/p&gt;&lt;p&gt;Larder es software libre, bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.&lt;/p&gt;&lt;p&gt;Hecho con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Larder</source>
        <translation>Acerca de Larder</translation>
    </message>
</context>
<context>
    <name>larder::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Figures for the pantry&apos;s own records and for funders: what came in, what went out, what spoiled, and how many households were served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of movement</source>
        <translation>Tipo de movimiento</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>Different items</source>
        <translation>Artículos distintos</translation>
    </message>
    <message numerus="yes">
        <source>Stock ledger, last %n days</source>
        <translation>
            <numerusform>Registro de existencias, último día</numerusform>
            <numerusform>Registro de existencias, últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be here</source>
        <translation>Lo que habrá aquí</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>Lo que puedes hacer ahora</translation>
    </message>
    <message numerus="yes">
        <source>The table above counts every movement in the stock ledger over the last %n days. For scripts, &lt;tt&gt;larder-cli --db FILE stats --json&lt;/tt&gt; prints the number of rows per table.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Totals by month and category: received, distributed, spoiled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households and people served, without naming anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a spreadsheet (CSV) or a printable PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>About this pantry file. Every change is saved the moment it is made; there is no Save button.</source>
        <translation>Sobre este archivo de despensa. Cada cambio se guarda en el momento en que se hace; no hay botón de Guardar.</translation>
    </message>
    <message>
        <source>Pantry name</source>
        <translation>Nombre de la despensa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>This laptop&apos;s id</source>
        <translation>Identificador de este portátil</translation>
    </message>
    <message>
        <source>Network id</source>
        <translation>Identificador de la red</translation>
    </message>
    <message>
        <source>File format version</source>
        <translation>Versión del formato del archivo</translation>
    </message>
    <message>
        <source>Larder version</source>
        <translation>Versión de Larder</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show the file&apos;s folder</source>
        <translation>Mostrar la carpeta del archivo</translation>
    </message>
    <message>
        <source>What will be here</source>
        <translation>Lo que habrá aquí</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>Lo que puedes hacer ahora</translation>
    </message>
    <message>
        <source>Back up the file above by copying it while Larder is closed. The language follows this computer&apos;s; set &lt;tt&gt;LARDER_LANG=es&lt;/tt&gt; before starting Larder to use Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network passphrase that protects sync files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long closed households are kept before they are erased everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing: paper size and type size for route sheets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::ShiftPicker</name>
    <message>
        <source>On &amp;shift:</source>
        <translation>De &amp;turno:</translation>
    </message>
    <message>
        <source>Who is on shift? Type your name</source>
        <translation>¿Quién está de turno? Escribe tu nombre</translation>
    </message>
    <message>
        <source>Who is on shift</source>
        <translation>Quién está de turno</translation>
    </message>
    <message>
        <source>Pick your name, or type it and press Enter if you are new. Every change you make is recorded under this name.</source>
        <translation>Elige tu nombre, o escríbelo y pulsa Intro si eres nuevo. Cada cambio que hagas queda registrado con este nombre.</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation>Terminar turno</translation>
    </message>
    <message>
        <source>Leave the laptop with nobody on shift, for the next volunteer.</source>
        <translation>Deja el portátil sin nadie de turno, para el siguiente voluntario.</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Escribe primero tu nombre.</translation>
    </message>
</context>
<context>
    <name>larder::ui::StartDialog</name>
    <message>
        <source>Welcome to Larder</source>
        <translation>Te damos la bienvenida a Larder</translation>
    </message>
    <message>
        <source>Larder keeps a pantry&apos;s stock, the households it serves and its delivery routes in one file on this laptop. Nothing leaves the laptop unless you export it.</source>
        <translation>Larder guarda las existencias de una despensa, los hogares a los que sirve y sus rutas de reparto en un archivo de este portátil. Nada sale del portátil a menos que lo exportes.</translation>
    </message>
    <message>
        <source>Create a new pantry file…</source>
        <translation>Crear un archivo de despensa nuevo…</translation>
    </message>
    <message>
        <source>Start empty, for a pantry that is new to Larder.</source>
        <translation>Empieza vacío, para una despensa que aún no usa Larder.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <source>A .larder file kept on this laptop, a USB stick or a backup.</source>
        <translation>Un archivo .larder de este portátil, de una memoria USB o de una copia de seguridad.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar con datos de ejemplo</translation>
    </message>
    <message numerus="yes">
        <source>A made-up pantry with %n households, to look around safely. Nothing real is in it.</source>
        <translation>
            <numerusform>Una despensa inventada con %n hogar, para explorar sin riesgo. No contiene nada real.</numerusform>
            <numerusform>Una despensa inventada con %n hogares, para explorar sin riesgo. No contiene nada real.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>larder::ui::Startup</name>
    <message>
        <source>Larder pantry files (*.larder);;All files (*)</source>
        <translation>Archivos de despensa de Larder (*.larder);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This is not a Larder file</source>
        <translation>Este no es un archivo de Larder</translation>
    </message>
    <message>
        <source>This file needs a newer Larder</source>
        <translation>Este archivo necesita un Larder más reciente</translation>
    </message>
    <message>
        <source>Larder cannot write here</source>
        <translation>Larder no puede escribir aquí</translation>
    </message>
    <message>
        <source>This file is already open</source>
        <translation>Este archivo ya está abierto</translation>
    </message>
    <message>
        <source>This file already exists</source>
        <translation>Este archivo ya existe</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>No se encuentra el archivo</translation>
    </message>
    <message>
        <source>Larder could not open the file</source>
        <translation>Larder no pudo abrir el archivo</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Larder could not open the demo pantry.</source>
        <translation>Larder no pudo abrir la despensa de prueba.</translation>
    </message>
    <message>
        <source>Larder could not open the file you asked for.</source>
        <translation>Larder no pudo abrir el archivo que pediste.</translation>
    </message>
    <message>
        <source>Larder could not open the pantry file used last time.</source>
        <translation>Larder no pudo abrir el archivo de despensa de la última vez.</translation>
    </message>
    <message numerus="yes">
        <source>Making a demo pantry with %n households…</source>
        <translation>
            <numerusform>Creando una despensa de prueba con %n hogar…</numerusform>
            <numerusform>Creando una despensa de prueba con %n hogares…</numerusform>
        </translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar con datos de ejemplo</translation>
    </message>
    <message>
        <source>New pantry file</source>
        <translation>Nuevo archivo de despensa</translation>
    </message>
    <message>
        <source>What is this pantry called? Other pantries in your network will see this name.</source>
        <translation>¿Cómo se llama esta despensa? Las otras despensas de tu red verán este nombre.</translation>
    </message>
    <message>
        <source>pantry</source>
        <translation>despensa</translation>
    </message>
    <message>
        <source>Where to keep the new pantry file</source>
        <translation>Dónde guardar el nuevo archivo de despensa</translation>
    </message>
    <message>
        <source>Open a pantry file</source>
        <translation>Abrir un archivo de despensa</translation>
    </message>
</context>
<context>
    <name>larder::ui::StockModel</name>
    <message>
        <source>Below par: %1 on hand, the pantry aims to keep %2.</source>
        <translation>Bajo el mínimo: hay %1, la despensa quiere tener %2.</translation>
    </message>
    <message>
        <source>Par: the amount the pantry aims to keep on the shelf.</source>
        <translation>Mínimo: la cantidad que la despensa quiere tener en el estante.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En existencia</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Use first by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Share this pantry&apos;s changes with the other pantries of your network by file — a USB stick, a messaging app or a shared folder. No internet service is involved.</source>
        <translation>Comparte los cambios de esta despensa con las otras despensas de tu red mediante un archivo: una memoria USB, una aplicación de mensajería o una carpeta compartida. No interviene ningún servicio de internet.</translation>
    </message>
    <message>
        <source>changes recorded on this laptop</source>
        <translation>cambios registrados en este portátil</translation>
    </message>
    <message>
        <source>other laptops heard from</source>
        <translation>otros portátiles de los que hay noticias</translation>
    </message>
    <message>
        <source>This pantry</source>
        <translation>Esta despensa</translation>
    </message>
    <message>
        <source>This laptop&apos;s id</source>
        <translation>Identificador de este portátil</translation>
    </message>
    <message>
        <source>Network id</source>
        <translation>Identificador de la red</translation>
    </message>
    <message>
        <source>What will be here</source>
        <translation>Lo que habrá aquí</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>Lo que puedes hacer ahora</translation>
    </message>
    <message>
        <source>Nothing to do: every change is already recorded with who made it and when, ready to be shared. To keep a backup, close Larder and copy the pantry file shown in Settings to a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Export&lt;/b&gt; a sync file, encrypted with your network&apos;s passphrase, to carry to another pantry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import&lt;/b&gt; a file from another pantry: in any order, even twice, every laptop ends up agreeing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See edits of the same record made on two laptops, to review which one stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>larder::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>active households</source>
        <translation>hogares activos</translation>
    </message>
    <message>
        <source>items in the catalog</source>
        <translation>artículos en el catálogo</translation>
    </message>
    <message>
        <source>items below par</source>
        <translation>artículos bajo el mínimo</translation>
    </message>
    <message>
        <source>volunteers and drivers</source>
        <translation>voluntarios y conductores</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Usar antes de</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En existencia</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Use first</source>
        <translation>Usar primero</translation>
    </message>
    <message numerus="yes">
        <source>Lots on the shelf that expire within %n days, oldest first. Pack these before anything else.</source>
        <translation>
            <numerusform>Lotes en los estantes que caducan en %n día, los más antiguos primero. Empaquétalos antes que nada.</numerusform>
            <numerusform>Lotes en los estantes que caducan en %n días, los más antiguos primero. Empaquétalos antes que nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on the shelf expires within the week.</source>
        <translation>Nada de lo que hay en los estantes caduca esta semana.</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Quedan pocos</translation>
    </message>
    <message>
        <source>Items with less on hand than the pantry aims to keep (its par level).</source>
        <translation>Artículos con menos existencias de las que la despensa quiere tener (su mínimo).</translation>
    </message>
    <message>
        <source>Every item is at or above its par level.</source>
        <translation>Todos los artículos están en su mínimo o por encima.</translation>
    </message>
    <message>
        <source>%1 at %2. What needs attention first.</source>
        <translation>%1 en %2. Lo que necesita atención primero.</translation>
    </message>
    <message numerus="yes">
        <source>and %n already past their date</source>
        <translation>
            <numerusform>y %n ya caducado</numerusform>
            <numerusform>y %n ya caducados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lots to use within %n days</source>
        <translation>
            <numerusform>lotes para usar en %n día</numerusform>
            <numerusform>lotes para usar en %n días</numerusform>
        </translation>
    </message>
</context>
</TS>
