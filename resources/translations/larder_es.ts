<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Context</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 debe ser un número entero de %2 a %3, no &quot;%4&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 0 to %2, not &quot;%3&quot;</source>
        <translation>--%1 debe ser un número entero de 0 a %2, no &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>LARDER_KDF must be &quot;moderate&quot; (the default) or &quot;minimal&quot; (for tests only), not &quot;%1&quot;</source>
        <translation>LARDER_KDF debe ser &quot;moderate&quot; (el predeterminado) o &quot;minimal&quot; (solo para pruebas), no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--paper must be letter or a4, not &quot;%1&quot;</source>
        <translation>--paper debe ser letter o a4, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>LARDER_KDF=minimal works only in a build made for tests; this Larder always uses the moderate cost. Unset LARDER_KDF.</source>
        <translation>LARDER_KDF=minimal solo funciona en una compilación hecha para pruebas; este Larder siempre usa el costo moderado. Quite LARDER_KDF.</translation>
    </message>
    <message>
        <source>give either --period or --from and --to, not both</source>
        <translation>indique --period, o --from y --to, pero no ambos</translation>
    </message>
    <message>
        <source>--period must be one of %1, not &quot;%2&quot;</source>
        <translation>--period debe ser uno de %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--from and --to are required (or --period): the period&apos;s first and last day</source>
        <translation>--from y --to son obligatorios (o --period): el primer y el último día del período</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;</source>
        <translation>--lang debe ser uno de %1, no &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>larder::Backups</name>
    <message>
        <source>Check that the disk is not full and that the folder %1 can be written to, then try again.</source>
        <translation>Revise que el disco no esté lleno y que se pueda escribir en la carpeta %1, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Larder could not create the backups folder.</source>
        <translation>Larder no pudo crear la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Larder could not write a backup (%1).</source>
        <translation>Larder no pudo escribir una copia de seguridad (%1).</translation>
    </message>
    <message>
        <source>Larder could not name the new backup.</source>
        <translation>Larder no pudo ponerle nombre a la nueva copia de seguridad.</translation>
    </message>
    <message>
        <source>Larder could not delete an old backup.</source>
        <translation>Larder no pudo borrar una copia de seguridad antigua.</translation>
    </message>
    <message>
        <source>Larder could not read the deletions to apply to backups (%1).</source>
        <translation>Larder no pudo leer los borrados que hay que aplicar a las copias de seguridad (%1).</translation>
    </message>
    <message>
        <source>This file in the backups folder is not a Larder file, so Larder cannot scrub it.</source>
        <translation>Este archivo de la carpeta de copias de seguridad no es un archivo de Larder, así que Larder no puede limpiarlo.</translation>
    </message>
    <message>
        <source>Move it out of the backups folder.</source>
        <translation>Sáquelo de la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Larder could not replace a backup with its scrubbed copy.</source>
        <translation>Larder no pudo reemplazar una copia de seguridad por su copia limpia.</translation>
    </message>
    <message>
        <source>Larder could not remove deleted records from a backup (%1).</source>
        <translation>Larder no pudo quitar los registros borrados de una copia de seguridad (%1).</translation>
    </message>
    <message>
        <source>Delete this backup by hand if it cannot be opened; the others are unaffected.</source>
        <translation>Borre esta copia de seguridad a mano si no se puede abrir; las demás no se ven afectadas.</translation>
    </message>
    <message>
        <source>The pantry is locked: unlock it first, so the new backup is taken with every value sealed.</source>
        <translation>La despensa está bloqueada: desbloquéela primero, para que la nueva copia se haga con todos los valores sellados.</translation>
    </message>
    <message>
        <source>This pantry has no passphrase yet, so a new backup would be as readable as the old ones.</source>
        <translation>Esta despensa aún no tiene frase de contraseña, así que una copia nueva sería tan legible como las viejas.</translation>
    </message>
    <message>
        <source>Give the pantry its passphrase (or unlock it), then replace the backups.</source>
        <translation>Dé a la despensa su frase de contraseña (o desbloquéela) y luego reemplace las copias.</translation>
    </message>
    <message>
        <source>Larder could not delete an unprotected backup.</source>
        <translation>Larder no pudo borrar una copia de seguridad sin proteger.</translation>
    </message>
</context>
<context>
    <name>larder::Error</name>
    <message>
        <source>The household details are locked on this laptop.</source>
        <translation>Los datos de los hogares están bloqueados en esta computadora.</translation>
    </message>
    <message>
        <source>A coordinator unlocks them with the pantry&apos;s passphrase (larder-cli: add --passphrase-file FILE).</source>
        <translation>Una persona coordinadora los desbloquea con la frase de paso de la despensa (larder-cli: añada --passphrase-file ARCHIVO).</translation>
    </message>
</context>
<context>
    <name>larder::Integrity</name>
    <message>
        <source>could not run: %1</source>
        <translation>no se pudo ejecutar: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity_check found the file sound</source>
        <translation>el integrity_check de SQLite encontró el archivo en buen estado</translation>
    </message>
    <message>
        <source>%1 %2 refers to a missing %3</source>
        <translation>%1 %2 hace referencia a un %3 que no existe</translation>
    </message>
    <message>
        <source>every reference between tables points to an existing row</source>
        <translation>cada referencia entre tablas apunta a una fila existente</translation>
    </message>
    <message>
        <source>%1 broken reference(s); first: %2</source>
        <translation>%1 referencia(s) rota(s); la primera: %2</translation>
    </message>
    <message>
        <source>%1 on-hand total(s) equal the sum of the ledger</source>
        <translation>%1 total(es) de existencias coinciden con la suma del registro</translation>
    </message>
    <message>
        <source>no movements</source>
        <translation>sin movimientos</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>sin total</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>this site&apos;s %1 operation(s) are numbered 1 to %1 without a gap</source>
        <translation>las %1 operación(es) de este sitio están numeradas de 1 a %1 sin huecos</translation>
    </message>
    <message>
        <source>the first is %1, not 1</source>
        <translation>la primera es %1, no 1</translation>
    </message>
    <message>
        <source>%1 operation(s) are missing, first seq %2</source>
        <translation>faltan %1 operación(es); la primera secuencia es %2</translation>
    </message>
    <message>
        <source>the file&apos;s counter says %1 but the highest is %2</source>
        <translation>el contador del archivo dice %1, pero la más alta es %2</translation>
    </message>
    <message>
        <source>this site has %1 operation(s): %2</source>
        <translation>este sitio tiene %1 operación(es): %2</translation>
    </message>
    <message>
        <source>no operation is later than the file&apos;s clock (%1)</source>
        <translation>ninguna operación es posterior al reloj del archivo (%1)</translation>
    </message>
    <message>
        <source>%1 operation(s) are later than the file&apos;s clock (%2); latest: site %3, seq %4 at %5</source>
        <translation>%1 operación(es) son posteriores al reloj del archivo (%2); la última: sitio %3, secuencia %4 a las %5</translation>
    </message>
    <message>
        <source>each of %1 record(s) has its operations</source>
        <translation>cada uno de los %1 registro(s) tiene sus operaciones</translation>
    </message>
    <message>
        <source>none of %1 record(s) was deleted before</source>
        <translation>ninguno de los %1 registro(s) se había borrado antes</translation>
    </message>
    <message>
        <source>each of %1 ledger row(s) has its operation</source>
        <translation>cada una de las %1 fila(s) del registro tiene su operación</translation>
    </message>
    <message>
        <source>%1 ledger row(s) have no operation; first: %2 %3</source>
        <translation>%1 fila(s) del registro no tienen operación; la primera: %2 %3</translation>
    </message>
    <message>
        <source>all %1 guard triggers are in place</source>
        <translation>los %1 disparadores de protección están en su lugar</translation>
    </message>
    <message>
        <source>%1 guard trigger(s) are missing, so tools can change data without Larder; first: %2</source>
        <translation>faltan %1 disparador(es) de protección, así que otras herramientas pueden cambiar los datos sin pasar por Larder; el primero: %2</translation>
    </message>
    <message>
        <source>this pantry has no passphrase yet: nothing is sealed</source>
        <translation>esta despensa aún no tiene frase de paso: nada está sellado</translation>
    </message>
    <message>
        <source>not checked: the details are locked (add --passphrase-file)</source>
        <translation>sin revisar: los datos están bloqueados (añada --passphrase-file)</translation>
    </message>
    <message>
        <source>all %1 sealed value(s) open in their place</source>
        <translation>los %1 valores sellados se abren en su lugar</translation>
    </message>
    <message>
        <source>%1 sealed value(s) do not open where they are (moved or damaged; they read as empty); first: %2</source>
        <translation>%1 valores sellados no se abren donde están (movidos o dañados; se leen vacíos); el primero: %2</translation>
    </message>
    <message>
        <source>%1 personal value(s) are stored plain in a pantry that has a passphrase (written by another program); first: %2</source>
        <translation>%1 dato(s) personal(es) están guardados sin sellar en una despensa que tiene frase de contraseña (escritos por otro programa); el primero: %2</translation>
    </message>
    <message>
        <source>each ledger row was written by its own operation</source>
        <translation>cada fila del registro la escribió su propia operación</translation>
    </message>
    <message>
        <source>%1 ledger row(s) and %2 operation(s) naming ledger rows: an operation names no row, or one row twice</source>
        <translation>%1 fila(s) del registro y %2 operación(es) que nombran filas del registro: una operación no nombra ninguna fila, o nombra una fila dos veces</translation>
    </message>
    <message>
        <source>%1 ledger row(s) differ from their operation (another laptop&apos;s number carries other contents); first: stock_movements %2</source>
        <translation>%1 fila(s) del registro difieren de su operación (el número de otra computadora lleva otro contenido); la primera: stock_movements %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 record(s) differ from their winning operations; first: %2</source>
        <translation>%1 registro(s) difieren de sus operaciones ganadoras; el primero: %2</translation>
    </message>
    <message>
        <source>%1 record(s) have operations but no row (waiting for fields that have not arrived, or lost); first: %2</source>
        <translation>%1 registro(s) tienen operaciones pero ninguna fila (esperan campos que todavía no han llegado, o se perdieron); el primero: %2</translation>
    </message>
    <message>
        <source>%1 record(s) have no operation; first: %2</source>
        <translation>%1 registro(s) no tienen operación; el primero: %2</translation>
    </message>
    <message>
        <source>each of %1 record(s) equals its rebuild from its operations</source>
        <translation>cada uno de los %1 registro(s) es igual a su reconstrucción a partir de sus operaciones</translation>
    </message>
    <message>
        <source>every operation&apos;s laptop, person and field are named</source>
        <translation>cada operación nombra su computadora, su persona y su campo</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick_check found the file sound (--thorough also compares every index with its table)</source>
        <translation>el quick_check de SQLite encontró el archivo en buen estado (--thorough también compara cada índice con su tabla)</translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s %1 reports %n problem(s), first: %2</source>
        <translation>
            <numerusform>el %1 de SQLite informa de %n problema, el primero: %2</numerusform>
            <numerusform>el %1 de SQLite informa de %n problemas, el primero: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1 at location %2, lot %3: ledger says %4, on hand says %5</source>
        <translation>artículo %1 en el lugar %2, lote %3: el registro dice %4, las existencias dicen %5</translation>
    </message>
    <message>
        <source>%1 on-hand total(s) differ from the ledger; first: %2</source>
        <translation>%1 total(es) de existencias no coinciden con el registro; el primero: %2</translation>
    </message>
    <message>
        <source>site %1, seq %2</source>
        <translation>sitio %1, número %2</translation>
    </message>
    <message>
        <source>%1 operation(s) name a laptop, person or field the file does not know; first: %2</source>
        <translation>%1 operación(es) nombran una computadora, persona o campo que el archivo no conoce; la primera: %2</translation>
    </message>
    <message>
        <source>%1 record(s) have no operation, so no other laptop can learn of them; first: %2</source>
        <translation>%1 registro(s) no tienen operación, así que ninguna otra computadora puede enterarse de ellos; el primero: %2</translation>
    </message>
    <message>
        <source>%1 deleted record(s) are back in the file; first: %2</source>
        <translation>%1 registro(s) borrados están de vuelta en el archivo; el primero: %2</translation>
    </message>
    <message>
        <source>not checked: the details are locked or have no passphrase</source>
        <translation>no comprobado: los datos están bloqueados o no tienen frase de contraseña</translation>
    </message>
    <message>
        <source>each of %1 personal value(s) kept for its insert is the one inserted</source>
        <translation>cada uno de los %1 dato(s) personales guardados para su alta es el que se dio de alta</translation>
    </message>
    <message>
        <source>%1 personal value(s) differ from the insert that wrote them (changed behind Larder&apos;s back); first: %2</source>
        <translation>%1 dato(s) personales difieren del alta que los escribió (cambiados a espaldas de Larder); el primero: %2</translation>
    </message>
</context>
<context>
    <name>larder::KeyRing</name>
    <message>
        <source>The pantry&apos;s wrapped key is damaged, so its household details cannot be opened.</source>
        <translation>La clave protegida de la despensa está dañada, así que los datos de los hogares no se pueden abrir.</translation>
    </message>
    <message>
        <source>Nothing was changed. Open a backup, or join the network again from another laptop&apos;s sync file.</source>
        <translation>No se cambió nada. Abra una copia de seguridad, o vuelva a unirse a la red con el archivo de sincronización de otra computadora.</translation>
    </message>
    <message>
        <source>The encryption library did not start.</source>
        <translation>La biblioteca de cifrado no arrancó.</translation>
    </message>
    <message>
        <source>Not enough memory to hold the pantry&apos;s key.</source>
        <translation>No hay memoria suficiente para guardar la clave de la despensa.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the passphrase.</source>
        <translation>No hay memoria suficiente para proteger la frase de paso.</translation>
    </message>
    <message>
        <source>Not enough memory to check the passphrase.</source>
        <translation>No hay memoria suficiente para comprobar la frase de paso.</translation>
    </message>
    <message>
        <source>That is not this pantry&apos;s passphrase.</source>
        <translation>Esa no es la frase de paso de esta despensa.</translation>
    </message>
    <message>
        <source>Check capitals and spaces, and try again.</source>
        <translation>Revise mayúsculas y espacios, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The household details are locked.</source>
        <translation>Los datos de los hogares están bloqueados.</translation>
    </message>
    <message>
        <source>Unlock with the current passphrase first.</source>
        <translation>Desbloquee primero con la frase de paso actual.</translation>
    </message>
    <message>
        <source>The wrapped key asks for a key derivation Larder never uses (%1 passes, %2 MiB of memory), so it was not tried.</source>
        <translation>La clave protegida pide una derivación de clave que Larder nunca usa (%1 pasadas, %2 MiB de memoria), así que no se probó.</translation>
    </message>
    <message>
        <source>It was not made by this Larder, or it was altered. Nothing was changed.</source>
        <translation>No la hizo este Larder, o se alteró. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>larder::PrivacySettings</name>
    <message>
        <source>Route sheets show initials only, no phone numbers</source>
        <translation>Las hojas de ruta muestran solo iniciales, sin teléfonos</translation>
    </message>
    <message>
        <source>Months a closed household is kept before it is erased</source>
        <translation>Meses que se guarda un hogar cerrado antes de borrarlo</translation>
    </message>
    <message>
        <source>Minutes without use before the details lock</source>
        <translation>Minutos sin uso antes de bloquear los datos</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting that waits for confirmation.</source>
        <translation>&quot;%1&quot; no es un ajuste que espere confirmación.</translation>
    </message>
</context>
<context>
    <name>larder::Store</name>
    <message>
        <source>Nothing was saved. If this keeps happening, run &quot;larder-cli --db FILE check&quot; and ask for help.</source>
        <translation>No se guardó nada. Si esto sigue pasando, ejecute &quot;larder-cli --db FILE check&quot; y pida ayuda.</translation>
    </message>
    <message>
        <source>This file is already open in another running Larder (process %1 on %2).</source>
        <translation>Este archivo ya está abierto en otro Larder en marcha (proceso %1 en %2).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <source>Close it there first: only one Larder can change a file at a time.</source>
        <translation>Ciérrelo allí primero: solo un Larder a la vez puede cambiar un archivo.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so Larder cannot keep its files there.</source>
        <translation>La carpeta %1 es de solo lectura, así que Larder no puede guardar allí sus archivos.</translation>
    </message>
    <message>
        <source>Copy the file to a folder you can write to (such as Documents) and open it there.</source>
        <translation>Copie el archivo a una carpeta en la que se pueda escribir (como Documentos) y ábralo allí.</translation>
    </message>
    <message>
        <source>Larder could not lock the file.</source>
        <translation>Larder no pudo bloquear el archivo.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and try again.</source>
        <translation>Revise que el disco no esté lleno y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This file already exists.</source>
        <translation>Este archivo ya existe.</translation>
    </message>
    <message>
        <source>Choose another name, or open the file instead.</source>
        <translation>Elija otro nombre, o abra el archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Create the folder first, or choose another place.</source>
        <translation>Cree primero la carpeta, o elija otro lugar.</translation>
    </message>
    <message>
        <source>The pantry needs a name.</source>
        <translation>La despensa necesita un nombre.</translation>
    </message>
    <message>
        <source>Give the site a name, such as &quot;Eastside pantry&quot;.</source>
        <translation>Póngale un nombre al sitio, como &quot;Despensa del Este&quot;.</translation>
    </message>
    <message>
        <source>Larder cannot create a file here (%1).</source>
        <translation>Larder no puede crear un archivo aquí (%1).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents.</source>
        <translation>Elija una carpeta en la que se pueda escribir, como Documentos.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Este archivo no existe.</translation>
    </message>
    <message>
        <source>Check the name and folder, or create a new pantry file.</source>
        <translation>Revise el nombre y la carpeta, o cree un archivo de despensa nuevo.</translation>
    </message>
    <message>
        <source>Larder may not read this file (%1).</source>
        <translation>Larder no tiene permiso para leer este archivo (%1).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Revise los permisos del archivo.</translation>
    </message>
    <message>
        <source>This is not a Larder file (it is not a database at all).</source>
        <translation>Este no es un archivo de Larder (ni siquiera es una base de datos).</translation>
    </message>
    <message>
        <source>Open a file that Larder made, usually ending in .larder.</source>
        <translation>Abra un archivo creado por Larder, que normalmente termina en .larder.</translation>
    </message>
    <message>
        <source>This is a database, but not one of Larder&apos;s.</source>
        <translation>Es una base de datos, pero no de Larder.</translation>
    </message>
    <message>
        <source>This file is read-only.</source>
        <translation>Este archivo es de solo lectura.</translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to, or change its permissions, and open it again.</source>
        <translation>Cópielo a una carpeta en la que se pueda escribir, o cambie sus permisos, y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>This file was made by a newer Larder (file version %1; this Larder reads up to version %2).</source>
        <translation>Este archivo lo hizo un Larder más reciente (versión de archivo %1; este Larder lee hasta la versión %2).</translation>
    </message>
    <message>
        <source>Update Larder on this computer to open it. The file has not been changed.</source>
        <translation>Actualice Larder en esta computadora para abrirlo. El archivo no se ha cambiado.</translation>
    </message>
    <message>
        <source>Larder could not switch the file to write-ahead logging.</source>
        <translation>Larder no pudo pasar el archivo al registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <source>Move the file to a local folder you can write to.</source>
        <translation>Mueva el archivo a una carpeta local en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a Larder file (%1).</source>
        <translation>Este archivo está dañado o no es un archivo de Larder (%1).</translation>
    </message>
    <message>
        <source>Open a backup or the latest sync file instead.</source>
        <translation>Abra una copia de seguridad o el último archivo de sincronización.</translation>
    </message>
    <message>
        <source>Larder cannot write next to this file (%1).</source>
        <translation>Larder no puede escribir junto a este archivo (%1).</translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to and open it there.</source>
        <translation>Cópielo a una carpeta en la que se pueda escribir y ábralo allí.</translation>
    </message>
    <message>
        <source>This file is already open in another running Larder.</source>
        <translation>Este archivo ya está abierto en otro Larder en marcha.</translation>
    </message>
    <message>
        <source>This file holds schema code that Larder did not make (%1): it could copy household details where nothing erases them.</source>
        <translation>Este archivo contiene código de esquema que Larder no creó (%1): podría copiar datos de los hogares a un lugar donde nada los borra.</translation>
    </message>
    <message>
        <source>Nothing was changed. Open a backup, or have someone you trust remove it with the sqlite3 tool.</source>
        <translation>No se cambió nada. Abra una copia de seguridad, o pida a alguien de confianza que lo quite con la herramienta sqlite3.</translation>
    </message>
    <message>
        <source>This pantry has no network passphrase yet.</source>
        <translation>Esta despensa aún no tiene frase de paso de red.</translation>
    </message>
    <message>
        <source>Give it one with &quot;larder-cli passphrase set&quot; or in the app, or join a network.</source>
        <translation>Dele una con &quot;larder-cli passphrase set&quot; o en la aplicación, o únase a una red.</translation>
    </message>
    <message>
        <source>That is not this network&apos;s passphrase.</source>
        <translation>Esa no es la frase de paso de esta red.</translation>
    </message>
    <message>
        <source>Check capitals and spaces, and try again.</source>
        <translation>Revise mayúsculas y espacios, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This pantry has no passphrase to change yet.</source>
        <translation>Esta despensa aún no tiene frase de paso que cambiar.</translation>
    </message>
    <message>
        <source>Give it its first one instead.</source>
        <translation>Dele primero su frase de paso.</translation>
    </message>
    <message>
        <source>This pantry already has a passphrase.</source>
        <translation>Esta despensa ya tiene frase de paso.</translation>
    </message>
    <message>
        <source>Change it instead.</source>
        <translation>Cámbiela en su lugar.</translation>
    </message>
    <message>
        <source>That is not this pantry&apos;s passphrase.</source>
        <translation>Esa no es la frase de paso de esta despensa.</translation>
    </message>
</context>
<context>
    <name>larder::Writer</name>
    <message>
        <source>Internal error: %1 cannot be written this way.</source>
        <translation>Error interno: %1 no se puede escribir de esta manera.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>&quot;%1&quot; no es un valor válido para %2.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Escriba un número.</translation>
    </message>
    <message>
        <source>This record was deleted and cannot be brought back.</source>
        <translation>Este registro se borró y no se puede recuperar.</translation>
    </message>
    <message>
        <source>Internal error: %1 has no column %2.</source>
        <translation>Error interno: %1 no tiene la columna %2.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted on another laptop.</source>
        <translation>Este registro ya no existe; quizás se borró en otra computadora.</translation>
    </message>
    <message>
        <source>Reload the list and try again.</source>
        <translation>Vuelva a cargar la lista e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted already.</source>
        <translation>Este registro ya no existe; quizás ya se borró.</translation>
    </message>
    <message>
        <source>Internal error: %1.%2 names a missing %3 (%4).</source>
        <translation>Error interno: %1.%2 nombra un registro de %3 que no existe (%4).</translation>
    </message>
</context>
<context>
    <name>larder::cli::BackupCommands</name>
    <message>
        <source>the backups folder (default: FILE.backups next to the file)</source>
        <translation>la carpeta de copias de seguridad (predeterminada: FILE.backups junto al archivo)</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Copia de seguridad escrita: %1</translation>
    </message>
    <message>
        <source>Old backup deleted: %1</source>
        <translation>Copia de seguridad antigua borrada: %1</translation>
    </message>
    <message>
        <source>Deleted records removed from: %1</source>
        <translation>Registros borrados quitados de: %1</translation>
    </message>
    <message>
        <source>No backups in %1 yet.</source>
        <translation>Todavía no hay copias de seguridad en %1.</translation>
    </message>
    <message>
        <source>This backup does not exist.</source>
        <translation>Esta copia de seguridad no existe.</translation>
    </message>
    <message>
        <source>List the backups with &quot;larder-cli --db FILE backup list&quot;.</source>
        <translation>Vea la lista de copias de seguridad con &quot;larder-cli --db FILE backup list&quot;.</translation>
    </message>
    <message>
        <source>This file already exists; restoring never overwrites a file.</source>
        <translation>Este archivo ya existe; una restauración nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>Choose a new name for the restored copy.</source>
        <translation>Elija un nombre nuevo para la copia restaurada.</translation>
    </message>
    <message>
        <source>Larder could not copy the backup here.</source>
        <translation>Larder no pudo copiar aquí la copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents.</source>
        <translation>Elija una carpeta en la que se pueda escribir, como Documentos.</translation>
    </message>
    <message>
        <source>Restored as %1. Open that file in Larder; the backup is unchanged.</source>
        <translation>Restaurada como %1. Abra ese archivo en Larder; la copia de seguridad no cambió.</translation>
    </message>
    <message>
        <source>List the backups of a pantry file, newest first.</source>
        <translation>Lista las copias de seguridad de un archivo de despensa, la más reciente primero.</translation>
    </message>
    <message>
        <source>Prints when each backup was taken, its size and its path.</source>
        <translation>Muestra cuándo se hizo cada copia de seguridad, su tamaño y su ruta.</translation>
    </message>
    <message>
        <source>Copy a backup to a new pantry file.</source>
        <translation>Copia una copia de seguridad a un archivo de despensa nuevo.</translation>
    </message>
    <message>
        <source>Copies BACKUP to FILE (which must not exist) and opens it once: the copy takes a new site id, so it syncs as a laptop of its own. The live file and the backup are not changed.</source>
        <translation>Copia BACKUP a FILE (que no debe existir) y lo abre una vez: la copia toma un identificador de sitio nuevo, así que se sincroniza como una computadora aparte. El archivo en uso y la copia de seguridad no cambian.</translation>
    </message>
    <message>
        <source>Take a backup of a pantry file now, and rotate old backups.</source>
        <translation>Hace ahora una copia de seguridad de un archivo de despensa y rota las copias antiguas.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the file to FILE.backups/ (or --folder), named by the time it was taken. Then rotation keeps the newest backup of each of the last 7 days and of each of the last 4 weeks (or, with --keep N, the newest N), deletes the rest, and removes from every kept backup the households and people deleted or purged since it was taken. Larder takes one automatically when it opens a file whose newest backup is older than a day.</source>
        <translation>Escribe una copia coherente del archivo en FILE.backups/ (o --folder), con el nombre de la hora en que se hizo. Luego la rotación conserva la copia más reciente de cada uno de los últimos 7 días y de cada una de las últimas 4 semanas (o, con --keep N, las N más recientes), borra las demás y quita de cada copia conservada los hogares y las personas borrados o purgados desde que se hizo. Larder hace una automáticamente al abrir un archivo cuya copia más reciente tiene más de un día.</translation>
    </message>
    <message>
        <source>keep exactly the newest N backups</source>
        <translation>conservar exactamente las N copias más recientes</translation>
    </message>
    <message>
        <source>(not protected: taken before the passphrase)</source>
        <translation>(sin proteger: hecha antes de la frase de contraseña)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still show names and addresses to anyone who copies them; replace them with &quot;backup replace-unprotected&quot;.</source>
        <translation>
            <numerusform>%n copia de seguridad todavía muestra nombres y direcciones a quien la copie; reemplácela con &quot;backup replace-unprotected&quot;.</numerusform>
            <numerusform>%n copias de seguridad todavía muestran nombres y direcciones a quien las copie; reemplácelas con &quot;backup replace-unprotected&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every backup in %1 is protected; nothing to replace.</source>
        <translation>Todas las copias en %1 están protegidas; no hay nada que reemplazar.</translation>
    </message>
    <message>
        <source>Would delete: %1</source>
        <translation>Se borraría: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted. These %n backup(s) were taken before the passphrase and show names and addresses; run again with --confirm to delete them and take one protected backup instead.</source>
        <translation>
            <numerusform>No se borró nada. Esta %n copia se hizo antes de la frase de contraseña y muestra nombres y direcciones; vuelva a ejecutar con --confirm para borrarla y hacer una copia protegida en su lugar.</numerusform>
            <numerusform>No se borró nada. Estas %n copias se hicieron antes de la frase de contraseña y muestran nombres y direcciones; vuelva a ejecutar con --confirm para borrarlas y hacer una copia protegida en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Borrada: %1</translation>
    </message>
    <message>
        <source>Protected backup written: %1</source>
        <translation>Copia protegida escrita: %1</translation>
    </message>
    <message>
        <source>Delete the backups taken before the passphrase; take a protected one.</source>
        <translation>Borrar las copias hechas antes de la frase de contraseña; hacer una protegida.</translation>
    </message>
    <message>
        <source>Backups taken before the pantry had its passphrase hold every name, address and phone in plain form. Without --confirm this lists them and changes nothing; with --confirm it overwrites and deletes them and takes a new backup, sealed like the file. Needs the passphrase (the new backup is taken unlocked).</source>
        <translation>Las copias hechas antes de que la despensa tuviera su frase de contraseña guardan cada nombre, dirección y teléfono sin cifrar. Sin --confirm las enumera y no cambia nada; con --confirm las sobrescribe y las borra y hace una copia nueva, sellada como el archivo. Necesita la frase de contraseña (la copia nueva se hace desbloqueada).</translation>
    </message>
    <message>
        <source>delete them (without it: only list them)</source>
        <translation>borrarlas (sin esto: solo enumerarlas)</translation>
    </message>
</context>
<context>
    <name>larder::cli::Cli</name>
    <message>
        <source>show this help</source>
        <translation>mostrar esta ayuda</translation>
    </message>
    <message>
        <source>the pantry file to work on</source>
        <translation>el archivo de despensa con el que trabajar</translation>
    </message>
    <message>
        <source>%1: %2; see %3 --help</source>
        <translation>%1: %2; vea %3 --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opción desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se dio ningún comando</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no pantry file given: add --db FILE</source>
        <translation>no se dio ningún archivo de despensa: agregue --db FILE</translation>
    </message>
    <message>
        <source>Usage: %1 --db FILE COMMAND [OPTIONS]</source>
        <translation>Uso: %1 --db FILE COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Larder&apos;s command-line tool: the same pantry file as the Larder app, without the window, for coordinators&apos; scripts and for tests.</source>
        <translation>La herramienta de línea de comandos de Larder: el mismo archivo de despensa que la aplicación Larder, sin la ventana, para los scripts de quienes coordinan y para pruebas.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s own</source>
        <translation>mostrar esta ayuda; COMMAND --help muestra la de un comando</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot; (there are: %3)</source>
        <translation>comando de %1 desconocido &quot;%2&quot; (hay: %3)</translation>
    </message>
    <message>
        <source>%1 is missing: give it after &quot;%2&quot;</source>
        <translation>falta %1: póngalo después de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1 %2 COMMAND --help&quot; shows a command&apos;s own options.</source>
        <translation>&quot;%1 %2 COMMAND --help&quot; muestra las opciones de un comando.</translation>
    </message>
    <message>
        <source>%1: LARDER_NOW must be a date and time such as 2026-03-01T12:00:00Z, not &quot;%2&quot;; unset it to use the computer&apos;s clock</source>
        <translation>%1: LARDER_NOW debe ser una fecha y hora como 2026-03-01T12:00:00Z, no &quot;%2&quot;; quítela para usar el reloj de la computadora</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 failure, with the last line on stderr saying what went wrong; 2 a usage error. Data goes to stdout; warnings and problems go to stderr.</source>
        <translation>Códigos de salida: 0 éxito; 1 fallo, con la última línea en stderr diciendo qué salió mal; 2 un error de uso. Los datos van a stdout; los avisos y problemas van a stderr.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>a date and time (2026-03-01T12:00:00Z) to use as now instead of the computer&apos;s clock, for scripts and tests that need the same dates on any day</source>
        <translation>una fecha y hora (2026-03-01T12:00:00Z) para usar como ahora en lugar del reloj de la computadora, para scripts y pruebas que necesitan las mismas fechas cualquier día</translation>
    </message>
    <message>
        <source>the language of messages and papers: en, es or ar (else the system&apos;s, from LANG)</source>
        <translation>el idioma de los mensajes y los papeles: en, es o ar (si no, el del sistema, según LANG)</translation>
    </message>
</context>
<context>
    <name>larder::cli::CliSupport</name>
    <message>
        <source>--%1 is required: add --%1 %2</source>
        <translation>--%1 es obligatorio: agregue --%1 %2</translation>
    </message>
    <message>
        <source>give --%1 or --%2, not both</source>
        <translation>indique --%1 o --%2, no los dos</translation>
    </message>
    <message>
        <source>--%1 goes with --%2</source>
        <translation>--%1 va con --%2</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>mostrar JSON para scripts</translation>
    </message>
</context>
<context>
    <name>larder::cli::FileCommands</name>
    <message>
        <source>init needs the pantry&apos;s name: add --site-name NAME</source>
        <translation>init necesita el nombre de la despensa: agregue --site-name NAME</translation>
    </message>
    <message>
        <source>This file already exists, and demo only makes new files.</source>
        <translation>Este archivo ya existe, y demo solo crea archivos nuevos.</translation>
    </message>
    <message>
        <source>Give a name that does not exist yet; your file was not changed.</source>
        <translation>Dé un nombre que todavía no exista; su archivo no cambió.</translation>
    </message>
    <message>
        <source>Making demo data: %1%</source>
        <translation>Creando datos de prueba: %1%</translation>
    </message>
    <message>
        <source>Made demo pantry %1: %2 locations, %3 items, %4 suppliers, %5 households, %6 people, %7 stock movements (%8 s).</source>
        <translation>Despensa de prueba %1 creada: %2 lugares, %3 artículos, %4 proveedores, %5 hogares, %6 personas, %7 movimientos de existencias (%8 s).</translation>
    </message>
    <message>
        <source>the pantry&apos;s name, as other laptops will see it</source>
        <translation>el nombre de la despensa, tal como lo verán otras computadoras</translation>
    </message>
    <message>
        <source>Create a new pantry file filled with realistic demo data.</source>
        <translation>Crea un archivo de despensa nuevo lleno de datos de prueba realistas.</translation>
    </message>
    <message>
        <source>Makes a demo pantry in Chicago&apos;s Pilsen and Little Village: locations, about 150 catalog items, suppliers with pickup days, households on real streets with coordinates, volunteers and drivers, and weeks of stock history. The same seed on the same day gives the same data. Refuses a file that already exists.</source>
        <translation>Crea una despensa de prueba en Pilsen y La Villita, en Chicago: lugares, unos 150 artículos de catálogo, proveedores con días de recolección, hogares en calles reales con coordenadas, voluntarios y conductores, y semanas de historial de existencias. La misma semilla el mismo día da los mismos datos. Rechaza un archivo que ya existe.</translation>
    </message>
    <message>
        <source>households to make (default 300)</source>
        <translation>hogares que crear (predeterminado 300)</translation>
    </message>
    <message>
        <source>seed for the random choices (default 1)</source>
        <translation>semilla para las elecciones al azar (predeterminada 1)</translation>
    </message>
    <message>
        <source>stock movements to make (default 0: a realistic number)</source>
        <translation>movimientos de existencias que crear (predeterminado 0: un número realista)</translation>
    </message>
    <message>
        <source>weeks of history (default 6)</source>
        <translation>semanas de historial (predeterminado 6)</translation>
    </message>
    <message>
        <source>Created %1 for &quot;%2&quot; (site %3) in network %4, joined from %5: %6 changes from &quot;%7&quot;.</source>
        <translation>Se creó %1 para &quot;%2&quot; (sitio %3) en la red %4, unida a partir de %5: %6 cambios de &quot;%7&quot;.</translation>
    </message>
    <message>
        <source>--join needs a sync file from a laptop of the network</source>
        <translation>--join necesita un archivo de sincronización de una computadora de la red</translation>
    </message>
    <message>
        <source>joining needs the network&apos;s passphrase: add --passphrase-file P</source>
        <translation>para unirse hace falta la contraseña de la red: agregue --passphrase-file P</translation>
    </message>
    <message>
        <source>Created %1 for &quot;%2&quot; (site %3) and a new network %4 with its passphrase. Other laptops join it from a sync file this one exports.</source>
        <translation>Se creó %1 para &quot;%2&quot; (sitio %3) y una red nueva %4 con su contraseña. Otras computadoras se unen con un archivo de sincronización que esta exporte.</translation>
    </message>
    <message>
        <source>Create a new pantry file, a new network, or join one.</source>
        <translation>Crea un archivo de despensa nuevo, una red nueva, o se une a una.</translation>
    </message>
    <message>
        <source>join the network of this sync file instead of starting one</source>
        <translation>unirse a la red de este archivo de sincronización en lugar de empezar una</translation>
    </message>
    <message>
        <source>a new pantry needs a passphrase, which seals its names, addresses, phones and notes: add --passphrase-file P (a file whose first line is the passphrase; at least 12 characters, e.g. four or five words)</source>
        <translation>una despensa nueva necesita una frase de contraseña, que sella sus nombres, direcciones, teléfonos y notas: añada --passphrase-file P (un archivo cuya primera línea es la frase; al menos 12 caracteres, p. ej. cuatro o cinco palabras)</translation>
    </message>
    <message>
        <source>Makes a new Larder file with its own site id and network id, protected by the passphrase (the first line of the --passphrase-file): it seals every name, address, phone and note, and it is what the laptops of the pantry&apos;s sync network share. A passphrase needs at least 12 characters and must not be a common password or the pantry&apos;s name. With --join FILE it instead joins the network of FILE, a sync file exported by one of its laptops, with that network&apos;s passphrase, and imports what that file holds. Refuses a file that already exists; a failed init leaves no file. </source>
        <translation>Crea un archivo de Larder nuevo con su propio id de sitio e id de red, protegido por la frase de contraseña (la primera línea del --passphrase-file): sella cada nombre, dirección, teléfono y nota, y es lo que comparten los portátiles de la red de sincronización de la despensa. Una frase necesita al menos 12 caracteres y no puede ser una contraseña común ni el nombre de la despensa. Con --join ARCHIVO se une en cambio a la red de ARCHIVO, un archivo de sincronización exportado por uno de sus portátiles, con la frase de esa red, e importa lo que contiene. No acepta un archivo que ya existe; un init fallido no deja archivo. </translation>
    </message>
</context>
<context>
    <name>larder::cli::InspectCommands</name>
    <message>
        <source>%1 of %2 checks failed (%3).</source>
        <translation>Fallaron %1 de %2 comprobaciones (%3).</translation>
    </message>
    <message>
        <source>Keep this file as it is, open the latest backup or sync file instead, and show this output to whoever helps you.</source>
        <translation>Deje este archivo como está, abra en su lugar la última copia de seguridad o el último archivo de sincronización, y muestre esta salida a quien le ayude.</translation>
    </message>
    <message>
        <source>Larder could not count the rows (%1).</source>
        <translation>Larder no pudo contar las filas (%1).</translation>
    </message>
    <message>
        <source>Run &quot;larder-cli --db FILE check&quot; to see what is wrong.</source>
        <translation>Ejecute &quot;larder-cli --db FILE check&quot; para ver qué está mal.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>%1 (site &quot;%2&quot;, schema version %3)</source>
        <translation>%1 (sitio &quot;%2&quot;, versión de esquema %3)</translation>
    </message>
    <message>
        <source>Check a pantry file for damage and broken rules.</source>
        <translation>Revisa un archivo de despensa en busca de daños y reglas rotas.</translation>
    </message>
    <message>
        <source>Count the rows in each table.</source>
        <translation>Cuenta las filas de cada tabla.</translation>
    </message>
    <message>
        <source>Prints the number of rows in every table of the file, as a table or, with --json, as {&quot;tables&quot;: {&quot;items&quot;: N, ...}}.</source>
        <translation>Muestra el número de filas de cada tabla del archivo, como tabla o, con --json, como {&quot;tables&quot;: {&quot;items&quot;: N, ...}}.</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>mostrar JSON para scripts</translation>
    </message>
    <message>
        <source>Warning: %1 is in a folder that %2 copies off this laptop: %3. A copy lives on every computer and server that folder is synced to, and a file copied while open can arrive damaged. Move the pantry file and its .backups folder to a folder on this laptop only.</source>
        <translation>Aviso: %1 está en una carpeta que %2 copia fuera de este portátil: %3. Una copia vive en cada computadora y servidor con los que se sincroniza esa carpeta, y un archivo copiado mientras está abierto puede llegar dañado. Mueva el archivo de la despensa y su carpeta .backups a una carpeta solo de este portátil.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s quick_check (with --thorough its integrity_check, which also compares every index with its table and takes several times longer on a large file) and its foreign-key check, then Larder&apos;s own: every on-hand total (per item, location and lot) equals the sum of its stock movements, this laptop&apos;s changes are numbered without gaps, no change is dated after the file&apos;s clock, every record and ledger row has its sync operations, nothing deleted is back, and the guard triggers are in place; with --passphrase-file, every sealed personal value opens where it is; every record equals its rebuild from its winning operations. Prints one line per check; exits 1 when any fails. Warns on stderr when the file or its backups folder is in a folder that Dropbox, OneDrive, Google Drive, iCloud Drive, Nextcloud or another sync client copies off the laptop.</source>
        <translation>Ejecuta el quick_check de SQLite (con --thorough su integrity_check, que además compara cada índice con su tabla y tarda varias veces más en un archivo grande) y su comprobación de claves foráneas, y luego las de Larder: cada total en existencia (por artículo, lugar y lote) es igual a la suma de sus movimientos, los cambios de este portátil están numerados sin huecos, ningún cambio tiene fecha posterior al reloj del archivo, cada registro y fila del libro tiene sus operaciones de sincronización, nada borrado ha vuelto y los disparadores de protección están en su sitio; con --passphrase-file, cada dato personal sellado se abre donde está; cada registro es igual a su reconstrucción a partir de sus operaciones ganadoras. Imprime una línea por comprobación; sale con 1 cuando alguna falla. Avisa en stderr cuando el archivo o su carpeta de copias está en una carpeta que Dropbox, OneDrive, Google Drive, iCloud Drive, Nextcloud u otro cliente de sincronización copia fuera del portátil.</translation>
    </message>
    <message>
        <source>also compare every index with its table</source>
        <translation>comparar también cada índice con su tabla</translation>
    </message>
</context>
<context>
    <name>larder::cli::PackageCommands</name>
    <message>
        <source>the run&apos;s day, YYYY-MM-DD</source>
        <translation>el día del reparto, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the run&apos;s id, when the day has several runs</source>
        <translation>el identificador del reparto, cuando el día tiene varios</translation>
    </message>
    <message>
        <source>--run: there is no run %1.</source>
        <translation>--run: no existe el reparto %1.</translation>
    </message>
    <message>
        <source>Give the day instead: --date YYYY-MM-DD.</source>
        <translation>Indique mejor el día: --date AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date.</source>
        <translation>--date: &quot;%1&quot; no es una fecha.</translation>
    </message>
    <message>
        <source>Type it as YYYY-MM-DD, such as %1.</source>
        <translation>Escríbala como AAAA-MM-DD, por ejemplo %1.</translation>
    </message>
    <message>
        <source>--date: there is no delivery or pickup run on %1.</source>
        <translation>--date: no hay reparto de entrega ni de recogida el %1.</translation>
    </message>
    <message>
        <source>Check the day, or create the run first.</source>
        <translation>Revise el día, o cree primero el reparto.</translation>
    </message>
    <message>
        <source>--date: %1 has %2 runs.</source>
        <translation>--date: el %1 tiene %2 repartos.</translation>
    </message>
    <message>
        <source>Name one with --run: %1.</source>
        <translation>Indique uno con --run: %1.</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>No box templates yet.</source>
        <translation>Todavía no hay plantillas de caja.</translation>
    </message>
    <message>
        <source>%1 (household size %2, boxes: %3)</source>
        <translation>%1 (tamaño del hogar %2, cajas: %3)</translation>
    </message>
    <message>
        <source>[retired]</source>
        <translation>[retirada]</translation>
    </message>
    <message>
        <source>Nothing is short: every package is complete.</source>
        <translation>No falta nada: todos los paquetes están completos.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>item</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>necesario</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>for whom</source>
        <translation>para quién</translation>
    </message>
    <message>
        <source>substitutes</source>
        <translation>sustitutos</translation>
    </message>
    <message>
        <source>Set aside %1 units for %2 packages.</source>
        <translation>Se apartaron %1 unidades para %2 paquetes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands in for &quot;%2&quot; where it was short.</source>
        <translation>&quot;%1&quot; reemplaza a &quot;%2&quot; donde faltaba.</translation>
    </message>
    <message>
        <source>Nothing is set aside for this run yet: run packages allocate first.</source>
        <translation>Todavía no hay nada apartado para este reparto: ejecute primero packages allocate.</translation>
    </message>
    <message>
        <source>  quantity</source>
        <translation>  cantidad</translation>
    </message>
    <message>
        <source>use by</source>
        <translation>vence</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(sin lugar)</translation>
    </message>
    <message>
        <source>name what to do: packages allocate, shortages, substitute or picklist</source>
        <translation>indique qué hacer: packages allocate, shortages, substitute o picklist</translation>
    </message>
    <message>
        <source>The run is the day&apos;s delivery or pickup run (--date), or --run ID when the day has several.</source>
        <translation>El reparto es el reparto de entrega o de recogida del día (--date), o --run ID cuando el día tiene varios.</translation>
    </message>
    <message>
        <source>List the box templates: what a package holds, by household size.</source>
        <translation>Lista las plantillas de caja: lo que lleva un paquete, según el tamaño del hogar.</translation>
    </message>
    <message>
        <source>Lists the active box templates, smallest households first, with their items and quantities; --all adds retired ones. A household gets the template whose size range holds its size (the narrowest when several do). --json prints {&quot;templates&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;min_size&quot;, &quot;max_size&quot; (null: no limit), &quot;boxes&quot;, &quot;active&quot;, &quot;lines&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;quantity&quot;}]}]}.</source>
        <translation>Lista las plantillas de caja activas, primero las de hogares más pequeños, con sus artículos y cantidades; --all agrega las retiradas. Un hogar recibe la plantilla cuyo rango de tamaños incluye el suyo (la más estrecha si hay varias). --json muestra {&quot;templates&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;min_size&quot;, &quot;max_size&quot; (null: sin límite), &quot;boxes&quot;, &quot;active&quot;, &quot;lines&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;quantity&quot;}]}]}.</translation>
    </message>
    <message>
        <source>include retired templates</source>
        <translation>incluir las plantillas retiradas</translation>
    </message>
    <message>
        <source>List the box templates.</source>
        <translation>Lista las plantillas de caja.</translation>
    </message>
    <message>
        <source>Packages of a run: allocate, shortages, substitute, picklist.</source>
        <translation>Paquetes de un reparto: allocate, shortages, substitute, picklist.</translation>
    </message>
    <message>
        <source>Sets stock aside for a run&apos;s households and shows what it lacks. allocate chooses each household&apos;s package (its template, with items that do not suit its dietary tags replaced) and sets stock aside first expiry first out; shortages lists what could not be set aside; substitute puts another item in its place; picklist says what to take from where.</source>
        <translation>Aparta existencias para los hogares de un reparto y muestra lo que falta. allocate elige el paquete de cada hogar (su plantilla, con los artículos que no van con sus etiquetas de dieta reemplazados) y aparta existencias, primero lo que vence antes; shortages lista lo que no se pudo apartar; substitute pone otro artículo en su lugar; picklist dice qué tomar y de dónde.</translation>
    </message>
    <message>
        <source>Set stock aside for every household of a run.</source>
        <translation>Aparta existencias para cada hogar de un reparto.</translation>
    </message>
    <message>
        <source>Sets stock aside for every stop of the run that has no outcome yet: first expiry first out across lots and locations (no expiry last, lots that expire before the run&apos;s day never), never more than is on hand and not set aside for another open run. Allocating again replaces what was set aside before, except what was added by hand and what stops with an outcome had. Then prints the shortages: item, needed, available, for whom and the substitutes that suit them. --json prints {&quot;run_id&quot;, &quot;stops&quot;, &quot;units&quot;, &quot;shortages&quot;: [...]} as packages shortages does. </source>
        <translation>Aparta existencias para cada parada del reparto que todavía no tiene resultado: primero lo que vence antes, entre lotes y lugares (lo que no vence al final; nunca lotes que vencen antes del día del reparto), nunca más de lo que hay y no está apartado para otro reparto abierto. Asignar de nuevo reemplaza lo apartado antes, salvo lo que se agregó a mano y lo que tenían las paradas con resultado. Luego muestra lo que falta: artículo, necesario, disponible, para quién y los sustitutos que les sirven. --json muestra {&quot;run_id&quot;, &quot;stops&quot;, &quot;units&quot;, &quot;shortages&quot;: [...]} como packages shortages. </translation>
    </message>
    <message>
        <source>What a run&apos;s packages lack, and what could stand in.</source>
        <translation>Lo que les falta a los paquetes de un reparto, y lo que podría reemplazarlo.</translation>
    </message>
    <message>
        <source>Lists each item the run needs more of than was set aside: how many the run needs, how many are available (on hand and not set aside for another run), the households short of it and up to five items of the same category that suit them all, most on hand first. --json prints {&quot;run_id&quot;, &quot;shortages&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;unit&quot;, &quot;needed&quot;, &quot;available&quot;, &quot;stop_ids&quot;, &quot;households&quot;, &quot;substitutes&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;available&quot;}]}]}. </source>
        <translation>Lista cada artículo del que el reparto necesita más de lo que se apartó: cuánto necesita el reparto, cuánto hay disponible (en existencias y sin apartar para otro reparto), los hogares a los que les falta y hasta cinco artículos de la misma categoría que les sirven a todos, primero los que tienen más existencias. --json muestra {&quot;run_id&quot;, &quot;shortages&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;unit&quot;, &quot;needed&quot;, &quot;available&quot;, &quot;stop_ids&quot;, &quot;households&quot;, &quot;substitutes&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;available&quot;}]}]}. </translation>
    </message>
    <message>
        <source>Put another item in place of one that is short.</source>
        <translation>Pone otro artículo en lugar de uno que falta.</translation>
    </message>
    <message>
        <source>Sets SUBSTITUTE aside, one for one, for the households of the run that lack ITEM. Refused when it does not suit one of them (a halal household never gets pork) or none of it is free. Items are found by barcode, id, whole name or words only one name holds. </source>
        <translation>Aparta SUBSTITUTE, uno por uno, para los hogares del reparto a los que les falta ITEM. Se rechaza cuando no le sirve a alguno de ellos (un hogar halal nunca recibe cerdo) o no queda nada libre. Los artículos se buscan por código de barras, identificador, nombre completo o palabras que solo tiene un nombre. </translation>
    </message>
    <message>
        <source>What to take from where to pack a run.</source>
        <translation>Qué tomar y de dónde para empacar un reparto.</translation>
    </message>
    <message>
        <source>Lists what is set aside for the run, by location, then item, then use-by date: the packers&apos; list. --json prints {&quot;run_id&quot;, &quot;pick&quot;: [{&quot;location&quot;, &quot;item&quot;, &quot;unit&quot;, &quot;lot_id&quot;, &quot;expiry&quot;, &quot;quantity&quot;, ...}]}. </source>
        <translation>Lista lo apartado para el reparto, por lugar, luego artículo, luego fecha de vencimiento: la lista de quienes empacan. --json muestra {&quot;run_id&quot;, &quot;pick&quot;: [{&quot;location&quot;, &quot;item&quot;, &quot;unit&quot;, &quot;lot_id&quot;, &quot;expiry&quot;, &quot;quantity&quot;, ...}]}. </translation>
    </message>
</context>
<context>
    <name>larder::cli::Passphrase</name>
    <message>
        <source>The passphrase file cannot be read (%1).</source>
        <translation>No se puede leer el archivo de la contraseña (%1).</translation>
    </message>
    <message>
        <source>Write the network&apos;s passphrase on the first line of a file only you can read, and give its name.</source>
        <translation>Escriba la contraseña de la red en la primera línea de un archivo que solo usted pueda leer, e indique su nombre.</translation>
    </message>
    <message>
        <source>The passphrase file is empty (its first line holds no passphrase).</source>
        <translation>El archivo de la contraseña está vacío (su primera línea no tiene contraseña).</translation>
    </message>
    <message>
        <source>Write the network&apos;s passphrase on its first line.</source>
        <translation>Escriba la contraseña de la red en su primera línea.</translation>
    </message>
</context>
<context>
    <name>larder::cli::PassphraseCommands</name>
    <message>
        <source>a file whose first line is the new passphrase</source>
        <translation>un archivo cuya primera línea es la nueva frase de paso</translation>
    </message>
    <message>
        <source>%1 is protected: names, addresses, phones and notes are sealed with its passphrase. Keep the passphrase somewhere safe: without it they cannot be read.</source>
        <translation>%1 está protegido: nombres, direcciones, teléfonos y notas están sellados con su frase de paso. Guarde la frase de paso en un lugar seguro: sin ella no se pueden leer.</translation>
    </message>
    <message>
        <source>the new passphrase is needed: add --new-passphrase-file Q</source>
        <translation>se necesita la nueva frase de paso: añada --new-passphrase-file Q</translation>
    </message>
    <message>
        <source>The passphrase of %1 is changed. The household details were not re-encrypted: the same key is now wrapped with the new passphrase.</source>
        <translation>La frase de paso de %1 ha cambiado. Los datos de los hogares no se volvieron a cifrar: la misma clave queda ahora protegida con la nueva frase de paso.</translation>
    </message>
    <message>
        <source>Give the pantry its first passphrase and seal its personal details.</source>
        <translation>Dar a la despensa su primera frase de paso y sellar sus datos personales.</translation>
    </message>
    <message>
        <source>Makes the pantry&apos;s data key, wraps it with the passphrase and, in one transaction, seals every name, address, phone and note in the file, its log and open conflicts; values that newer ones replaced are erased. A pantry of a network made before this version must be given the network&apos;s passphrase.</source>
        <translation>Crea la clave de datos de la despensa, la protege con la frase de paso y, en una sola transacción, sella cada nombre, dirección, teléfono y nota del archivo, de su registro y de los conflictos abiertos; se borran los valores que otros más nuevos reemplazaron. A una despensa de una red creada antes de esta versión hay que darle la frase de paso de la red.</translation>
    </message>
    <message>
        <source>Change the pantry&apos;s passphrase.</source>
        <translation>Cambiar la frase de paso de la despensa.</translation>
    </message>
    <message>
        <source>Wraps the pantry&apos;s data key with a new passphrase. Nothing else in the file changes.</source>
        <translation>Protege la clave de datos de la despensa con una nueva frase de paso. Nada más cambia en el archivo.</translation>
    </message>
    <message>
        <source>Protect the pantry&apos;s personal details with a passphrase.</source>
        <translation>Proteger los datos personales de la despensa con una frase de paso.</translation>
    </message>
    <message>
        <source>The network&apos;s key of %1 is rotated: every household detail is sealed again with a new key under the new passphrase. Export a sync file now; each other laptop imports it with --passphrase-file (its current passphrase) and --new-passphrase-file (the new one). A lost laptop opens nothing made from now on.</source>
        <translation>La clave de la red de %1 se cambió por una nueva: cada dato de los hogares se vuelve a sellar con una clave nueva bajo la nueva frase de paso. Exporte ahora un archivo de sincronización; cada una de las otras computadoras lo importa con --passphrase-file (su frase de paso actual) y --new-passphrase-file (la nueva). Una computadora perdida no abre nada de lo que se haga a partir de ahora.</translation>
    </message>
    <message>
        <source>Give the network a new key and passphrase, when a laptop is lost.</source>
        <translation>Dar a la red una clave y una frase de paso nuevas, cuando se pierde una computadora.</translation>
    </message>
    <message>
        <source>Makes a new data key, wraps it with the new passphrase and seals every personal value in the file, its log and open conflicts again with it, then compacts the file so nothing under the old key stays. Sync files made from now on carry the new key; the other laptops take it when they import one with the new passphrase, and a lost laptop, knowing only the old passphrase, opens none of them.</source>
        <translation>Crea una clave de datos nueva, la protege con la nueva frase de paso y vuelve a sellar con ella cada dato personal del archivo, de su registro y de los conflictos abiertos; luego compacta el archivo para que no quede nada bajo la clave antigua. Los archivos de sincronización hechos a partir de ahora llevan la clave nueva; las otras computadoras la toman cuando importan uno con la nueva frase de paso, y una computadora perdida, que solo conoce la frase de paso antigua, no abre ninguno de ellos.</translation>
    </message>
    <message>
        <source>Give a subcommand: set (the first passphrase), change, or rotate (a new key and passphrase for the network, when a laptop is lost). %1</source>
        <translation>Indique un subcomando: set (la primera frase de paso), change o rotate (una clave y una frase de paso nuevas para la red, cuando se pierde una computadora). %1</translation>
    </message>
    <message>
        <source>give a subcommand: set, change or rotate</source>
        <translation>indique un subcomando: set, change o rotate</translation>
    </message>
</context>
<context>
    <name>larder::cli::PeopleCommands</name>
    <message>
        <source>--key must be one of %1, not &quot;%2&quot;</source>
        <translation>--key debe ser uno de %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--map takes HEADER=field (or HEADER=- to skip a column), not &quot;%1&quot;</source>
        <translation>--map acepta ENCABEZADO=campo (o ENCABEZADO=- para omitir una columna), no &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Read %1: %2, separated by %3, %n row(s).</source>
        <translation>
            <numerusform>Leído %1: %2, separado por %3, %n fila.</numerusform>
            <numerusform>Leído %1: %2, separado por %3, %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Rows matched on: %1.</source>
        <translation>Filas emparejadas por: %1.</translation>
    </message>
    <message>
        <source>Warning: row %1: %2</source>
        <translation>Aviso: fila %1: %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file: nothing was imported.</source>
        <translation>
            <numerusform>%n problema en el archivo: no se importó nada.</numerusform>
            <numerusform>%n problemas en el archivo: no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the rows listed above (or choose columns with --map) and run the import again.</source>
        <translation>Corrija las filas indicadas arriba (o elija columnas con --map) y vuelva a ejecutar la importación.</translation>
    </message>
    <message>
        <source>Dry run: %1 to add, %2 to update, %3 unchanged. Nothing was written.</source>
        <translation>Prueba: %1 para agregar, %2 para actualizar, %3 sin cambios. No se escribió nada.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Importado: %1 agregados, %2 actualizados, %3 sin cambios.</translation>
    </message>
    <message>
        <source>--redacted and --confirm-personal-data exclude each other</source>
        <translation>--redacted y --confirm-personal-data no se pueden usar juntos</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n household(s) to %1</source>
        <translation>
            <numerusform>Se escribió %n hogar en %1</numerusform>
            <numerusform>Se escribieron %n hogares en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1</source>
        <translation>
            <numerusform>Se escribió %n persona en %1</numerusform>
            <numerusform>Se escribieron %n personas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(personal data: only you can read the file; keep it safe and delete it when done).</source>
        <translation>(datos personales: solo usted puede leer el archivo; guárdelo en un lugar seguro y bórrelo cuando termine).</translation>
    </message>
    <message>
        <source>(redacted: no names, phones or addresses).</source>
        <translation>(sin datos personales: sin nombres, teléfonos ni direcciones).</translation>
    </message>
    <message>
        <source>No households yet; bring a spreadsheet in with larder-cli --db FILE households import FILE.csv.</source>
        <translation>Todavía no hay hogares; traiga una hoja de cálculo con larder-cli --db FILE households import FILE.csv.</translation>
    </message>
    <message>
        <source>No household matches.</source>
        <translation>Ningún hogar coincide.</translation>
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
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No volunteers yet; bring a list in with larder-cli --db FILE people import FILE.csv.</source>
        <translation>Todavía no hay voluntarios; traiga una lista con larder-cli --db FILE people import FILE.csv.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
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
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Bring households in from a CSV file.</source>
        <translation>Trae hogares desde un archivo CSV.</translation>
    </message>
    <message>
        <source>Bring volunteers and drivers in from a CSV file.</source>
        <translation>Trae voluntarios y conductores desde un archivo CSV.</translation>
    </message>
    <message>
        <source>Reads a spreadsheet&apos;s CSV (UTF-8 or Windows-1252; comma, semicolon or tab), takes each column as the field its header names in English or Spanish (--map HEADER=field to choose; HEADER=- to skip), checks every row as the form would and lists every problem with its row and column. With any problem nothing is imported; otherwise all rows are written at once. A row whose key (--key: %1) matches a record on file updates it, so importing a file again adds nothing. Columns for a legal ID, immigration status, income, date of birth or photos are never imported. Fields: %2.</source>
        <translation>Lee el CSV de una hoja de cálculo (UTF-8 o Windows-1252; coma, punto y coma o tabulador), toma cada columna como el campo que nombra su encabezado en inglés o en español (--map ENCABEZADO=campo para elegir; ENCABEZADO=- para omitir), revisa cada fila como lo haría el formulario y lista cada problema con su fila y columna. Si hay algún problema no se importa nada; si no, se escriben todas las filas a la vez. Una fila cuya clave (--key: %1) coincide con un registro existente lo actualiza, así que importar otra vez el mismo archivo no agrega nada. Las columnas de documento de identidad, situación migratoria, ingresos, fecha de nacimiento o fotos nunca se importan. Campos: %2.</translation>
    </message>
    <message>
        <source>take column HEADER as field; repeat for more</source>
        <translation>tomar la columna HEADER como campo; repetir para más</translation>
    </message>
    <message>
        <source>match rows to records on file by this key</source>
        <translation>emparejar las filas con los registros existentes por esta clave</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>revisar e informar, sin escribir nada</translation>
    </message>
    <message>
        <source>Write the households to a CSV file.</source>
        <translation>Escribe los hogares en un archivo CSV.</translation>
    </message>
    <message>
        <source>Write the volunteers to a CSV file.</source>
        <translation>Escribe los voluntarios en un archivo CSV.</translation>
    </message>
    <message>
        <source>no names, phones or street addresses</source>
        <translation>sin nombres, teléfonos ni direcciones</translation>
    </message>
    <message>
        <source>I know this file contains personal data</source>
        <translation>sé que este archivo contiene datos personales</translation>
    </message>
    <message>
        <source>List the households.</source>
        <translation>Lista los hogares.</translation>
    </message>
    <message>
        <source>Lists the households by name with postal code, size, languages, schedule and status — never their addresses or phones. --search finds them as the households page does (name, address, notes, phone digits; accents and case ignored); --status active,paused filters. --json prints {&quot;households&quot;: [{&quot;id&quot;, &quot;chosen_name&quot;, &quot;postal_code&quot;, &quot;size&quot;, &quot;languages&quot;, &quot;dietary_tags&quot;, &quot;schedule&quot;, &quot;status&quot;}]}.</source>
        <translation>Lista los hogares por nombre con código postal, tamaño, idiomas, calendario y estado, nunca sus direcciones ni teléfonos. --search los encuentra como la página de hogares (nombre, dirección, notas, dígitos del teléfono; sin importar acentos ni mayúsculas); --status active,paused filtra. --json muestra {&quot;households&quot;: [{&quot;id&quot;, &quot;chosen_name&quot;, &quot;postal_code&quot;, &quot;size&quot;, &quot;languages&quot;, &quot;dietary_tags&quot;, &quot;schedule&quot;, &quot;status&quot;}]}.</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>palabras que buscar</translation>
    </message>
    <message>
        <source>active, paused or closed</source>
        <translation>active, paused o closed</translation>
    </message>
    <message>
        <source>List the volunteers and drivers.</source>
        <translation>Lista los voluntarios y conductores.</translation>
    </message>
    <message>
        <source>Lists the active volunteers with roles, vehicle capacity, languages, usual days and the household they belong to; --all adds inactive ones. --json prints {&quot;people&quot;: [{&quot;id&quot;, &quot;display_name&quot;, &quot;roles&quot;, &quot;vehicle_capacity&quot;, &quot;languages&quot;, &quot;usual_days&quot;, &quot;household_id&quot;, &quot;active&quot;}]}.</source>
        <translation>Lista los voluntarios activos con roles, capacidad del vehículo, idiomas, días habituales y el hogar al que pertenecen; --all agrega los inactivos. --json muestra {&quot;people&quot;: [{&quot;id&quot;, &quot;display_name&quot;, &quot;roles&quot;, &quot;vehicle_capacity&quot;, &quot;languages&quot;, &quot;usual_days&quot;, &quot;household_id&quot;, &quot;active&quot;}]}.</translation>
    </message>
    <message>
        <source>include inactive people</source>
        <translation>incluir a las personas inactivas</translation>
    </message>
    <message>
        <source>Without a subcommand, lists the households (as households list).</source>
        <translation>Sin subcomando, lista los hogares (como households list).</translation>
    </message>
    <message>
        <source>List, import or export volunteers and drivers.</source>
        <translation>Lista, importa o exporta voluntarios y conductores.</translation>
    </message>
    <message>
        <source>Without a subcommand, lists the people (as people list).</source>
        <translation>Sin subcomando, lista las personas (como people list).</translation>
    </message>
    <message>
        <source>No household has been closed for more than %1 months.</source>
        <translation>Ningún hogar lleva cerrado más de %1 meses.</translation>
    </message>
    <message>
        <source>  closed since %1  %2</source>
        <translation>  cerrado desde %1  %2</translation>
    </message>
    <message>
        <source>%1 household(s) would be erased (--dry-run: nothing changed).</source>
        <translation>Se borrarían %1 hogar(es) (--dry-run: no se cambió nada).</translation>
    </message>
    <message>
        <source>Erased %1 household(s): their values are gone from this file and leave the backups at the next backup and the other laptops at their next sync.</source>
        <translation>Se borraron %1 hogar(es): sus datos ya no están en este archivo y saldrán de las copias de seguridad en la próxima copia y de las otras computadoras en su próxima sincronización.</translation>
    </message>
    <message>
        <source>Erase households closed for longer than the retention period.</source>
        <translation>Borrar los hogares cerrados por más tiempo que el período de conservación.</translation>
    </message>
    <message>
        <source>Lists the households closed for more than --months (default: the pantry&apos;s setting, 12) and erases them: their values leave this file and its operation log now, its backups at the next backup, and every laptop of the network at its next sync. --dry-run only lists them. --json prints {&quot;months&quot;, &quot;dry_run&quot;, &quot;purged&quot;, &quot;households&quot;: [{&quot;id&quot;, &quot;closed_since&quot;}]} (no names).</source>
        <translation>Muestra los hogares cerrados hace más de --months (predeterminado: el ajuste de la despensa, 12) y los borra: sus datos salen ahora de este archivo y de su registro de operaciones, de las copias de seguridad en la próxima copia y de cada computadora de la red en su próxima sincronización. --dry-run solo los muestra. --json imprime {&quot;months&quot;, &quot;dry_run&quot;, &quot;purged&quot;, &quot;households&quot;: [{&quot;id&quot;, &quot;closed_since&quot;}]} (sin nombres).</translation>
    </message>
    <message>
        <source>closed for more than N months</source>
        <translation>cerrados hace más de N meses</translation>
    </message>
    <message>
        <source>list them, erase nothing</source>
        <translation>mostrarlos, sin borrar nada</translation>
    </message>
    <message>
        <source>List, import, export or purge households.</source>
        <translation>Mostrar, importar, exportar o borrar hogares.</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n household(s) left out: too few households shared their values (the file&apos;s first lines say how it was made anonymous).</source>
        <translation>
            <numerusform>Nota: se dejó fuera %n hogar: demasiado pocos hogares compartían sus valores (las primeras líneas del archivo dicen cómo se anonimizó).</numerusform>
            <numerusform>Nota: se dejaron fuera %n hogares: demasiado pocos hogares compartían sus valores (las primeras líneas del archivo dicen cómo se anonimizó).</numerusform>
        </translation>
    </message>
    <message>
        <source>A full export holds names, addresses and phones, and is written only with --confirm-personal-data (the file is then readable by its owner only). --redacted leaves out every personal column and the record ids and cuts postal codes to their area, for reports; households then show only postal area, size band, status and month or year added, coarse enough that every row is shared by at least 5 households (the rest are left out, and the file&apos;s first lines say so). A full export re-imports onto the same records with --key id.</source>
        <translation>Una exportación completa contiene nombres, direcciones y teléfonos, y solo se escribe con --confirm-personal-data (el archivo queda legible solo para su dueño). --redacted deja fuera cada columna personal y los ids de registro y recorta los códigos postales a su zona, para informes; los hogares muestran entonces solo zona postal, rango de tamaño, estado y mes o año de alta, lo bastante generales como para que cada fila la compartan al menos 5 hogares (el resto se deja fuera, y las primeras líneas del archivo lo dicen). Una exportación completa se vuelve a importar sobre los mismos registros con --key id.</translation>
    </message>
</context>
<context>
    <name>larder::cli::PrintCommands</name>
    <message>
        <source>the distribution day (YYYY-MM-DD)</source>
        <translation>el día de reparto (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que escribir</translation>
    </message>
    <message>
        <source>only this route number</source>
        <translation>solo este número de ruta</translation>
    </message>
    <message>
        <source>letter or a4 (default: the pantry&apos;s paper size setting)</source>
        <translation>letter o a4 (predeterminado: el tamaño de papel definido para la despensa)</translation>
    </message>
    <message>
        <source>--date is required: the distribution day, as YYYY-MM-DD</source>
        <translation>--date es obligatorio: el día de reparto, como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>--date must be a day such as 2026-03-07, not &quot;%1&quot;</source>
        <translation>--date debe ser un día como 2026-03-07, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>-o OUT.pdf is required: where to write the PDF</source>
        <translation>-o OUT.pdf es obligatorio: dónde escribir el PDF</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>Se escribió %1 en %2</translation>
    </message>
    <message>
        <source>%1 pickup route(s)</source>
        <translation>%1 ruta(s) de recolección</translation>
    </message>
    <message>
        <source>%1 route sheet(s)</source>
        <translation>%1 hoja(s) de ruta</translation>
    </message>
    <message>
        <source>%1 packing list(s)</source>
        <translation>%1 lista(s) de empaque</translation>
    </message>
    <message>
        <source>the pick list (%1 line(s))</source>
        <translation>la lista de recolección (%1 línea(s))</translation>
    </message>
    <message>
        <source>Print a distribution day&apos;s route sheets, packing lists or pick list to PDF.</source>
        <translation>Imprime en PDF las hojas de ruta, las listas de empaque o la lista de recolección de un día de reparto.</translation>
    </message>
    <message>
        <source>Writes the papers of a distribution day as one PDF, on Letter or A4 (the pantry&apos;s paper size setting unless --paper is given). The file is written under a temporary name and renamed at the end, so a failure never leaves half a file. Under the privacy setting (sheet_initials_only) names print as initials and no phone is printed.</source>
        <translation>Escribe los papeles de un día de reparto en un solo PDF, en tamaño Carta o A4 (el tamaño de papel definido para la despensa, salvo que se dé --paper). El archivo se escribe con un nombre temporal y se renombra al final, así que un fallo nunca deja medio archivo. Con el ajuste de privacidad (sheet_initials_only), los nombres se imprimen como iniciales y no se imprime ningún teléfono.</translation>
    </message>
    <message>
        <source>say what to print: route-sheets, packing-lists or pick-list</source>
        <translation>indique qué imprimir: route-sheets, packing-lists o pick-list</translation>
    </message>
    <message>
        <source>One route sheet per driver.</source>
        <translation>Una hoja de ruta por conductor.</translation>
    </message>
    <message>
        <source>One sheet per driver of the day&apos;s delivery runs, in route order: the header (date, route, driver, capacity, start, stops, estimated km and minutes, the pantry&apos;s phone), the route&apos;s sketch map, then each stop with its number, the household&apos;s chosen name, address or meeting point, what is in the box, languages, delivery notes, access needs, the phone only where the household agreed, and tick boxes for the outcome. On a day with only supplier pickup runs, prints their pickup routes instead.</source>
        <translation>Una hoja por conductor de los repartos de entrega del día, en el orden de la ruta: el encabezado (fecha, ruta, conductor, capacidad, salida, paradas, km y minutos estimados, el teléfono de la despensa), el mapa esquemático de la ruta y luego cada parada con su número, el nombre elegido del hogar, la dirección o el punto de encuentro, lo que va en la caja, los idiomas, las notas de entrega, las necesidades de acceso, el teléfono solo cuando el hogar lo aceptó y casillas para marcar el resultado. En un día que solo tiene recolecciones con proveedores, imprime en su lugar las rutas de recolección.</translation>
    </message>
    <message>
        <source>One packing list per route, in loading order.</source>
        <translation>Una lista de empaque por ruta, en el orden de carga.</translation>
    </message>
    <message>
        <source>One list per route of the day&apos;s delivery runs, last stop first (the order to load the car in): stop number, household, boxes and contents.</source>
        <translation>Una lista por ruta de los repartos de entrega del día, la última parada primero (el orden en que se carga el carro): número de parada, hogar, cajas y contenido.</translation>
    </message>
    <message>
        <source>What to take from each place for the whole day.</source>
        <translation>Qué tomar de cada lugar para todo el día.</translation>
    </message>
    <message>
        <source>Everything set aside for the day&apos;s runs, grouped by location: item, use-by date and quantity.</source>
        <translation>Todo lo apartado para los repartos del día, agrupado por lugar: artículo, fecha de vencimiento y cantidad.</translation>
    </message>
    <message>
        <source>--layout must be compact or full, not &quot;%1&quot;</source>
        <translation>--layout debe ser compact o full, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>compact (one row a stop, about twelve a page) or full (the default: the pantry&apos;s setting)</source>
        <translation>compact (una fila por parada, unas doce por página) o full (por omisión: el ajuste de la despensa)</translation>
    </message>
    <message>
        <source>the papers&apos; language: en, es or ar (default: the pantry&apos;s setting for papers, else the language larder-cli speaks)</source>
        <translation>el idioma de los papeles: en, es o ar (por omisión: el ajuste de la despensa para los papeles; si no, el idioma en que habla larder-cli)</translation>
    </message>
</context>
<context>
    <name>larder::cli::ReportCommands</name>
    <message>
        <source>the first day of the period (YYYY-MM-DD)</source>
        <translation>el primer día del período (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>the last day of the period (YYYY-MM-DD)</source>
        <translation>el último día del período (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>instead of --from and --to: this-week, last-week, this-month, last-month, this-quarter, this-year or last-year</source>
        <translation>en lugar de --from y --to: this-week, last-week, this-month, last-month, this-quarter, this-year o last-year</translation>
    </message>
    <message>
        <source>one pantry of the network, by name or site id (default: every pantry whose records this file holds)</source>
        <translation>una despensa de la red, por nombre o identificador de sitio (predeterminado: todas las despensas cuyos datos guarda este archivo)</translation>
    </message>
    <message>
        <source>--%1 must be a day such as 2026-03-07, not &quot;%2&quot;</source>
        <translation>--%1 debe ser un día como 2026-03-07, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Report: %1, %2</source>
        <translation>Informe: %1, %2</translation>
    </message>
    <message>
        <source>all pantries in this file</source>
        <translation>todas las despensas de este archivo</translation>
    </message>
    <message>
        <source>Could not write to the standard output.</source>
        <translation>No se pudo escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2.</source>
        <translation>Se escribió el informe de %1 en %2.</translation>
    </message>
    <message>
        <source>The figures of a period, as the Reports page shows them.</source>
        <translation>Las cifras de un período, como las muestra la página Informes.</translation>
    </message>
    <message>
        <source>Households served, deliveries by outcome, stock given out, received and thrown away (by category, source, supplier and reason, in units and weight), what is on hand and expires soon, and the checks on supply, for a period. Every figure comes from the ledger and the recorded outcomes. --json prints every figure exactly; --csv prints the export a group hands on, with counts of fewer than 5 households shown as &quot;&lt;5&quot;. No names, phones or addresses are printed.</source>
        <translation>Hogares atendidos, entregas por resultado, existencias repartidas, recibidas y desechadas (por categoría, origen, proveedor y motivo, en unidades y en peso), lo que hay en existencias y vence pronto, y las comprobaciones de existencias, para un período. Cada cifra sale del registro y de los resultados registrados. --json muestra cada cifra exacta; --csv muestra la exportación que un grupo pasa a otros, con las cantidades de menos de 5 hogares mostradas como &quot;&lt;5&quot;. No se muestran nombres, teléfonos ni direcciones.</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>mostrar JSON para scripts</translation>
    </message>
    <message>
        <source>print the CSV export</source>
        <translation>mostrar la exportación CSV</translation>
    </message>
    <message>
        <source>The one-page report of a period as PDF, charts included.</source>
        <translation>El informe de una página de un período en PDF, con gráficos.</translation>
    </message>
    <message>
        <source>Writes the key figures and four charts of a period on one page, for a network or a supplier: no names, phones or addresses, and counts of fewer than 5 households shown as &quot;&lt;5&quot;. The paper is the pantry&apos;s paper size setting unless --paper says otherwise.</source>
        <translation>Escribe las cifras clave y cuatro gráficos de un período en una página, para una red o un proveedor: sin nombres, teléfonos ni direcciones, y con las cantidades de menos de 5 hogares mostradas como &quot;&lt;5&quot;. El papel es el tamaño de papel definido para la despensa, salvo que --paper indique otro.</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que escribir</translation>
    </message>
    <message>
        <source>Reports: a period&apos;s figures as text, JSON, CSV or a one-page PDF.</source>
        <translation>Informes: las cifras de un período como texto, JSON, CSV o un PDF de una página.</translation>
    </message>
    <message>
        <source>report summary prints a period&apos;s figures; report pdf writes them on one page with charts. See each one&apos;s --help.</source>
        <translation>report summary muestra las cifras de un período; report pdf las escribe en una página con gráficos. Vea el --help de cada uno.</translation>
    </message>
    <message>
        <source>say what to make: report summary or report pdf</source>
        <translation>indique qué hacer: report summary o report pdf</translation>
    </message>
</context>
<context>
    <name>larder::cli::RequestCommands</name>
    <message>
        <source>%1 %2 match &quot;%3&quot;.</source>
        <translation>Hay %1 de tipo %2 que coinciden con &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Type more of the name, or the id.</source>
        <translation>Escriba más del nombre, o el identificador.</translation>
    </message>
    <message>
        <source>no %1 matches &quot;%2&quot;.</source>
        <translation>no se encontró %1 que coincida con &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>List them with larder-cli households list or people.</source>
        <translation>Véalos en la lista con larder-cli households list o people.</translation>
    </message>
    <message>
        <source>household</source>
        <translation>hogar</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>no %1 has the id &quot;%2&quot;.</source>
        <translation>no se encontró %1 con el identificador &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 %2s have ids like &quot;%3&quot;.</source>
        <translation>Hay %1 de tipo %2 con identificadores parecidos a &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Copy the id from the list.</source>
        <translation>Copie el identificador de la lista.</translation>
    </message>
    <message>
        <source>request</source>
        <translation>solicitud</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>ofrecimiento</translation>
    </message>
    <message>
        <source>say what it is: --item NAME (from the catalog) or --what TEXT with --category C</source>
        <translation>diga qué es: --item NAME (del catálogo) o --what TEXT con --category C</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; no es una fecha.</translation>
    </message>
    <message>
        <source>Type it as YYYY-MM-DD.</source>
        <translation>Escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>a catalog item (name, barcode or id)</source>
        <translation>un artículo del catálogo (nombre, código de barras o identificador)</translation>
    </message>
    <message>
        <source>what it is, in words (&quot;winter coat, age 8&quot;)</source>
        <translation>qué es, en palabras (&quot;abrigo de invierno, 8 años&quot;)</translation>
    </message>
    <message>
        <source>how many (1 to %1; default 1)</source>
        <translation>cuántos (de 1 a %1; por omisión 1)</translation>
    </message>
    <message>
        <source>anything else the team should know</source>
        <translation>cualquier otra cosa que el equipo deba saber</translation>
    </message>
    <message>
        <source>say who asks: --household NAME or --person NAME</source>
        <translation>diga quién lo pide: --household NAME o --person NAME</translation>
    </message>
    <message>
        <source>Added the request of %1: %2 (%3), id %4.</source>
        <translation>Se agregó la solicitud de %1: %2 (%3), identificador %4.</translation>
    </message>
    <message>
        <source>Note: it rides with the household&apos;s next distribution day once its packages are allocated and enough is in stock.</source>
        <translation>Nota: irá con el próximo día de reparto del hogar cuando se asignen los paquetes y haya suficientes existencias.</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>No hay solicitudes pendientes.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Taken on by</source>
        <translation>A cargo de</translation>
    </message>
    <message>
        <source>packed for %1</source>
        <translation>empacada para el %1</translation>
    </message>
    <message>
        <source>Closed unmet: %1&apos;s request for %2 (%3).</source>
        <translation>Cerrada sin cumplir: lo que pidió %1 (%2). Motivo: %3.</translation>
    </message>
    <message>
        <source>say who offers it: one of --household NAME, --person NAME or --from TEXT (a neighbour not on file)</source>
        <translation>diga quién lo ofrece con una de estas opciones: --household NAME, --person NAME o --from TEXT (un vecino que no está registrado)</translation>
    </message>
    <message>
        <source>Added the offer of %1: %2, to be picked up; id %3.</source>
        <translation>Se agregó el ofrecimiento de %1: %2, hay que recogerlo; identificador %3.</translation>
    </message>
    <message>
        <source>Added the offer of %1: %2, brought to the pantry; id %3.</source>
        <translation>Se agregó el ofrecimiento de %1: %2, lo traen a la despensa; identificador %3.</translation>
    </message>
    <message>
        <source>No open offers.</source>
        <translation>No hay ofrecimientos pendientes.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>pick up</source>
        <translation>recoger</translation>
    </message>
    <message>
        <source>brought</source>
        <translation>lo traen</translation>
    </message>
    <message>
        <source>Received %1 from %2.</source>
        <translation>Se recibió %1 de %2.</translation>
    </message>
    <message>
        <source>Received %1 from %2 into stock, as a donation.</source>
        <translation>Se recibió %1 de %2 en las existencias, como donación.</translation>
    </message>
    <message>
        <source>The pickup is a stop of the %1 day of %2; plan the day again to put it on a route.</source>
        <translation>La recogida es una parada del día de tipo %1 del %2; vuelva a planificar el día para ponerla en una ruta.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ofrecimiento</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Estado de la solicitud</translation>
    </message>
    <message>
        <source>No confirmed matches.</source>
        <translation>No hay coincidencias confirmadas.</translation>
    </message>
    <message>
        <source>No offer matches an open request.</source>
        <translation>Ningún ofrecimiento coincide con una solicitud pendiente.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>same item</source>
        <translation>mismo artículo</translation>
    </message>
    <message>
        <source>%1 word(s) in common</source>
        <translation>%1 palabra(s) en común</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>alcanza</translation>
    </message>
    <message>
        <source>not all of it</source>
        <translation>no alcanza para todo</translation>
    </message>
    <message>
        <source>Confirm one with larder-cli --db FILE matches confirm REQUEST OFFER (the ids, or their last 12 characters as shown).</source>
        <translation>Confirme una con larder-cli --db FILE matches confirm REQUEST OFFER (los identificadores, o sus últimos 12 caracteres tal como se muestran).</translation>
    </message>
    <message>
        <source>Matched: %1 from %2 for %3.</source>
        <translation>Coincidencia: %1 de %2 para %3.</translation>
    </message>
    <message>
        <source>Next: put the pickup on a day (offers pickup %1 --date YYYY-MM-DD).</source>
        <translation>Siguiente paso: ponga la recogida en un día (offers pickup %1 --date YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Next: when it is brought, offers receive %1.</source>
        <translation>Siguiente paso: cuando lo traigan, offers receive %1.</translation>
    </message>
    <message>
        <source>What households and volunteers asked for: add, list, close.</source>
        <translation>Lo que pidieron los hogares y los voluntarios: agregar, listar, cerrar.</translation>
    </message>
    <message>
        <source>Lists the open requests, most urgent then oldest first (--all: every request; --household H: one household&apos;s). A request for a catalog item rides with the household&apos;s next distribution day once the day&apos;s packages are allocated and enough is in stock; delivered closes it, not home keeps it open. --json prints {&quot;requests&quot;: [{&quot;id&quot;, &quot;who&quot;, &quot;what&quot;, &quot;quantity&quot;, &quot;category&quot;, &quot;urgency&quot;, &quot;status&quot;, &quot;requested_on&quot;, ...}]}.</source>
        <translation>Lista las solicitudes pendientes, primero las más urgentes y luego las más antiguas (--all: todas las solicitudes; --household H: las de un hogar). Una solicitud de un artículo del catálogo va con el próximo día de reparto del hogar cuando se asignan los paquetes de ese día y hay suficientes existencias; el resultado Entregado la cierra, No estaba la deja pendiente. --json imprime {&quot;requests&quot;: [{&quot;id&quot;, &quot;who&quot;, &quot;what&quot;, &quot;quantity&quot;, &quot;category&quot;, &quot;urgency&quot;, &quot;status&quot;, &quot;requested_on&quot;, ...}]}.</translation>
    </message>
    <message>
        <source>every request, closed ones too</source>
        <translation>todas las solicitudes, también las cerradas</translation>
    </message>
    <message>
        <source>only this household&apos;s (name or id)</source>
        <translation>solo las de este hogar (nombre o identificador)</translation>
    </message>
    <message>
        <source>the household asking (name or id)</source>
        <translation>el hogar que lo pide (nombre o identificador)</translation>
    </message>
    <message>
        <source>or the volunteer asking (name or id)</source>
        <translation>o el voluntario que lo pide (nombre o identificador)</translation>
    </message>
    <message>
        <source>who takes it on (name or id)</source>
        <translation>quién se hace cargo (nombre o identificador)</translation>
    </message>
    <message>
        <source>Add a request.</source>
        <translation>Agrega una solicitud.</translation>
    </message>
    <message>
        <source>Adds what a household (or volunteer) asks for: a catalog item and quantity, or words and a category. Urgency: %1 (default normal).</source>
        <translation>Agrega lo que pide un hogar (o un voluntario): un artículo del catálogo y una cantidad, o unas palabras y una categoría. Urgencia: %1 (por omisión normal).</translation>
    </message>
    <message>
        <source>Close a request unmet, with the reason.</source>
        <translation>Cierra una solicitud sin cumplir, con el motivo.</translation>
    </message>
    <message>
        <source>Closes a request that will not be met (found elsewhere, no longer needed); stock set aside for it goes back.</source>
        <translation>Cierra una solicitud que no se va a cumplir (lo consiguieron en otro lado, ya no hace falta); las existencias apartadas para ella vuelven a estar disponibles.</translation>
    </message>
    <message>
        <source>why it is closed</source>
        <translation>por qué se cierra</translation>
    </message>
    <message>
        <source>What neighbours offer: add, list, receive, pickup.</source>
        <translation>Lo que ofrecen los vecinos: agregar, listar, recibir, recoger.</translation>
    </message>
    <message>
        <source>Lists the open and matched offers (--all: every offer). --json prints {&quot;offers&quot;: [{&quot;id&quot;, &quot;from&quot;, &quot;what&quot;, &quot;quantity&quot;, &quot;category&quot;, &quot;pickup&quot;, &quot;status&quot;, ...}]}.</source>
        <translation>Lista los ofrecimientos pendientes y los asignados (--all: todos los ofrecimientos). --json imprime {&quot;offers&quot;: [{&quot;id&quot;, &quot;from&quot;, &quot;what&quot;, &quot;quantity&quot;, &quot;category&quot;, &quot;pickup&quot;, &quot;status&quot;, ...}]}.</translation>
    </message>
    <message>
        <source>every offer, received and withdrawn too</source>
        <translation>todos los ofrecimientos, también los recibidos y los retirados</translation>
    </message>
    <message>
        <source>the household offering (name or id)</source>
        <translation>el hogar que lo ofrece (nombre o identificador)</translation>
    </message>
    <message>
        <source>or the volunteer offering (name or id)</source>
        <translation>o el voluntario que lo ofrece (nombre o identificador)</translation>
    </message>
    <message>
        <source>or a neighbour not on file: how the team knows them</source>
        <translation>o un vecino que no está registrado: cómo lo conoce el equipo</translation>
    </message>
    <message>
        <source>a phone number for the pickup</source>
        <translation>un número de teléfono para la recogida</translation>
    </message>
    <message>
        <source>where to pick it up (default: the household&apos;s)</source>
        <translation>dónde recogerlo (por omisión: la dirección del hogar)</translation>
    </message>
    <message>
        <source>coordinates or a map link for the pickup</source>
        <translation>coordenadas o un enlace de mapa para la recogida</translation>
    </message>
    <message>
        <source>it needs picking up (else they bring it)</source>
        <translation>hay que recogerlo (si no, lo traen)</translation>
    </message>
    <message>
        <source>room it takes in a car, in boxes (default 1)</source>
        <translation>lugar que ocupa en un carro, en cajas (por omisión 1)</translation>
    </message>
    <message>
        <source>available from (YYYY-MM-DD)</source>
        <translation>disponible desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>available until (YYYY-MM-DD)</source>
        <translation>disponible hasta (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Add an offer.</source>
        <translation>Agrega un ofrecimiento.</translation>
    </message>
    <message>
        <source>Adds what someone can give: a catalog item and quantity, or words and a category; whether it needs picking up, and until when.</source>
        <translation>Agrega lo que alguien puede dar: un artículo del catálogo y una cantidad, o unas palabras y una categoría; si hay que recogerlo, y hasta cuándo.</translation>
    </message>
    <message>
        <source>Record an offer as received at the pantry.</source>
        <translation>Registra un ofrecimiento como recibido en la despensa.</translation>
    </message>
    <message>
        <source>An offer of a catalog item enters the ledger as a donation, into --location (default: the first location). A pickup on a distribution day is received by its outcome instead.</source>
        <translation>Un ofrecimiento de un artículo del catálogo entra al registro como donación, en --location (por omisión: el primer lugar). Una recogida en un día de reparto, en cambio, se recibe con su resultado.</translation>
    </message>
    <message>
        <source>where it goes</source>
        <translation>adónde va</translation>
    </message>
    <message>
        <source>Put an offer&apos;s pickup on a distribution day.</source>
        <translation>Pone la recogida de un ofrecimiento en un día de reparto.</translation>
    </message>
    <message>
        <source>Adds the pickup as a stop of the day&apos;s delivery run (or --kind supplier_pickup); planning puts it on a route, and its boxes count against the vehicle&apos;s room.</source>
        <translation>Agrega la recogida como parada del reparto de entrega del día (o de --kind supplier_pickup); la planificación la pone en una ruta, y sus cajas ocupan lugar en el vehículo.</translation>
    </message>
    <message>
        <source>Offers that answer requests: list, confirm.</source>
        <translation>Ofrecimientos que responden a solicitudes: listar, confirmar.</translation>
    </message>
    <message>
        <source>Lists the matches Larder proposes between open requests and open offers: same category, and the same item or words in common; requests most urgent then oldest first, and for each the same item, more words in common and enough quantity first. --confirmed lists the confirmed ones. --json prints {&quot;proposals&quot;: [{&quot;request&quot;, &quot;offer&quot;, &quot;same_item&quot;, &quot;shared_words&quot;, &quot;enough&quot;, &quot;score&quot;}]}.</source>
        <translation>Lista las coincidencias que Larder propone entre solicitudes pendientes y ofrecimientos pendientes: misma categoría, y el mismo artículo o palabras en común; primero las solicitudes más urgentes y luego las más antiguas, y para cada una, primero el mismo artículo, más palabras en común y cantidad suficiente. --confirmed lista las confirmadas. --json imprime {&quot;proposals&quot;: [{&quot;request&quot;, &quot;offer&quot;, &quot;same_item&quot;, &quot;shared_words&quot;, &quot;enough&quot;, &quot;score&quot;}]}.</translation>
    </message>
    <message>
        <source>the matches a coordinator confirmed</source>
        <translation>las coincidencias que confirmó un coordinador</translation>
    </message>
    <message>
        <source>Confirm that an offer answers a request.</source>
        <translation>Confirma que un ofrecimiento responde a una solicitud.</translation>
    </message>
    <message>
        <source>The request becomes promised and the offer matched; when the offer is received the request rides with the household&apos;s next delivery.</source>
        <translation>La solicitud pasa a prometida y el ofrecimiento a asignado; cuando se recibe el ofrecimiento, la solicitud va con la próxima entrega del hogar.</translation>
    </message>
</context>
<context>
    <name>larder::cli::RouteCommands</name>
    <message>
        <source>give a routes command: solve</source>
        <translation>indique un comando de routes: solve</translation>
    </message>
    <message>
        <source>--time-limit-ms 0 needs --iterations N</source>
        <translation>--time-limit-ms 0 necesita --iterations N</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) did not fit in %1 vehicles (node ids %2).</source>
        <translation>
            <numerusform>%n cliente no cupo en %1 vehículos (identificadores de nodo %2).</numerusform>
            <numerusform>%n clientes no cupieron en %1 vehículos (identificadores de nodo %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow more vehicles with --vehicles, or a longer --time-limit-ms.</source>
        <translation>Permita más vehículos con --vehicles, o un --time-limit-ms más largo.</translation>
    </message>
    <message>
        <source>This is a bug in the route planner; please report it with the file.</source>
        <translation>Es un error del planificador de rutas; por favor, infórmelo junto con el archivo.</translation>
    </message>
    <message>
        <source>Measure the route planner on public data (routes solve).</source>
        <translation>Mide el planificador de rutas con datos públicos (routes solve).</translation>
    </message>
    <message>
        <source>Commands for the route planner that need no pantry file.</source>
        <translation>Comandos del planificador de rutas que no necesitan archivo de despensa.</translation>
    </message>
    <message>
        <source>Plan routes for a CVRPLIB instance and print them.</source>
        <translation>Planifica rutas para una instancia de CVRPLIB y las muestra.</translation>
    </message>
    <message>
        <source>Reads a CVRPLIB instance (TSPLIB format, EUC_2D; distances are Euclidean, rounded to the nearest integer per edge, as CVRPLIB&apos;s best-known costs assume), plans routes with Larder&apos;s route planner and prints &quot;cost N&quot; and one line per route, &quot;Route #1: 5 12 3&quot;, with node ids as numbered in the file and the depot left out. --json prints {&quot;cost&quot;: N, &quot;routes&quot;: [[node ids...], ...], &quot;time_ms&quot;: T}. The fleet is the instance&apos;s VEHICLES, or the k of its name (A-n32-k5: 5), or one vehicle per customer; --vehicles caps it. The same seed gives the same routes with --iterations and --time-limit-ms 0; with a time limit the result also depends on the machine&apos;s speed. Every answer is checked by code independent of the planner before it is reported. Exits 1 when a customer did not fit.</source>
        <translation>Lee una instancia de CVRPLIB (formato TSPLIB, EUC_2D; las distancias son euclidianas, redondeadas al entero más cercano por arista, como suponen los mejores costos conocidos de CVRPLIB), planifica rutas con el planificador de rutas de Larder y muestra &quot;cost N&quot; y una línea por ruta, &quot;Route #1: 5 12 3&quot;, con los identificadores de nodo numerados como en el archivo y sin el depósito. --json muestra {&quot;cost&quot;: N, &quot;routes&quot;: [[node ids...], ...], &quot;time_ms&quot;: T}. La flota son los VEHICLES de la instancia, o la k de su nombre (A-n32-k5: 5), o un vehículo por cliente; --vehicles le pone un tope. La misma semilla da las mismas rutas con --iterations y --time-limit-ms 0; con un límite de tiempo, el resultado también depende de la velocidad de la máquina. Cada respuesta la revisa un código independiente del planificador antes de mostrarla. Termina con 1 si un cliente no cupo.</translation>
    </message>
    <message>
        <source>at most K vehicles (default: from the file)</source>
        <translation>como máximo K vehículos (predeterminado: según el archivo)</translation>
    </message>
    <message>
        <source>wall-time budget in milliseconds (default 1000; 0: none)</source>
        <translation>tiempo disponible en milisegundos (predeterminado 1000; 0: sin límite)</translation>
    </message>
    <message>
        <source>stop after N ruin-and-recreate iterations (default: no limit)</source>
        <translation>detenerse tras N iteraciones de destruir y reconstruir (predeterminado: sin límite)</translation>
    </message>
    <message>
        <source>seed of the planner&apos;s random choices (default 1)</source>
        <translation>semilla de las elecciones al azar del planificador (predeterminada 1)</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>mostrar JSON para scripts</translation>
    </message>
    <message>
        <source>The planned routes failed the independent check (%1; %2).</source>
        <translation>Las rutas planificadas no pasaron la comprobación independiente (%1; %2).</translation>
    </message>
    <message>
        <source>distance %1</source>
        <translation>distancia %1</translation>
    </message>
    <message>
        <source>cost %1 recomputed as %2</source>
        <translation>costo %1, recalculado como %2</translation>
    </message>
</context>
<context>
    <name>larder::cli::RunCommands</name>
    <message>
        <source>--date must be a date such as 2026-03-07, not &quot;%1&quot;</source>
        <translation>--date debe ser una fecha como 2026-03-07, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no distribution day on %1.</source>
        <translation>No hay día de reparto el %1.</translation>
    </message>
    <message>
        <source>Plan one first: larder-cli run plan --date %1</source>
        <translation>Planifique uno primero: larder-cli run plan --date %1</translation>
    </message>
    <message numerus="yes">
        <source>Distribution day %1 (%2, %3): %n stop(s)</source>
        <translation>
            <numerusform>Día de reparto %1 (%2, %3): %n parada</numerusform>
            <numerusform>Día de reparto %1 (%2, %3): %n paradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n route(s), %1 km</source>
        <translation>
            <numerusform>, %n ruta, %1 km</numerusform>
            <numerusform>, %n rutas, %1 km</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Route %1 - %2: %3 stops, %4 of %5 boxes, %6 km, %7 min%8</source>
        <translation>Ruta %1 - %2: %3 paradas, %4 de %5 cajas, %6 km, %7 min%8</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (bloqueada)</translation>
    </message>
    <message>
        <source> (%1 boxes)</source>
        <translation> (%1 cajas)</translation>
    </message>
    <message>
        <source> [placed by postal code %1]</source>
        <translation> [ubicado por código postal %1]</translation>
    </message>
    <message>
        <source>On no route (no driver could take them within their limits):</source>
        <translation>Sin ruta (ningún conductor pudo llevarlas dentro de sus límites):</translation>
    </message>
    <message>
        <source>Without coordinates (add them, or put the stop on a route by hand):</source>
        <translation>Sin coordenadas (agréguelas, o ponga la parada en una ruta a mano):</translation>
    </message>
    <message>
        <source>--drivers needs at least one name</source>
        <translation>--drivers necesita al menos un nombre</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is on file.</source>
        <translation>No hay nadie registrado que se llame &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Check the spelling; larder-cli people lists everyone.</source>
        <translation>Revise cómo está escrito; larder-cli people lista a todos.</translation>
    </message>
    <message>
        <source>No driver usually comes on %1.</source>
        <translation>Ningún conductor suele venir el %1.</translation>
    </message>
    <message>
        <source>Name the drivers who came with --drivers NAME,NAME.</source>
        <translation>Indique los conductores que vinieron con --drivers NOMBRE,NOMBRE.</translation>
    </message>
    <message>
        <source>Use one of: %1 (or 1-5 in that order).</source>
        <translation>Use uno de estos: %1 (o 1-5 en ese orden).</translation>
    </message>
    <message>
        <source>There is no route %1 on this day.</source>
        <translation>No hay ruta %1 este día.</translation>
    </message>
    <message>
        <source>Routes are numbered 1 to %1.</source>
        <translation>Las rutas están numeradas del 1 al %1.</translation>
    </message>
    <message>
        <source>Route %1 has no stop %2.</source>
        <translation>La ruta %1 no tiene parada %2.</translation>
    </message>
    <message>
        <source>Check the stop&apos;s number on the route sheet.</source>
        <translation>Revise el número de la parada en la hoja de ruta.</translation>
    </message>
    <message>
        <source>give either --stop with --outcome, or --file</source>
        <translation>indique --stop con --outcome, o --file</translation>
    </message>
    <message>
        <source>--stop needs --outcome</source>
        <translation>--stop necesita --outcome</translation>
    </message>
    <message>
        <source>--outcome &quot;%1&quot; is not an outcome. %2</source>
        <translation>--outcome &quot;%1&quot; no es un resultado. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stop of the distribution day on %2.</source>
        <translation>&quot;%1&quot; no es una parada del día de reparto del %2.</translation>
    </message>
    <message>
        <source>Give the stop&apos;s id (run show --json) or ROUTE:STOP, such as 2:5.</source>
        <translation>Indique el identificador de la parada (run show --json) o RUTA:PARADA, como 2:5.</translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column.</source>
        <translation>El archivo no tiene la columna &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The first row must name the columns route, stop, outcome and note.</source>
        <translation>La primera fila debe nombrar las columnas route, stop, outcome y note.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a route number.</source>
        <translation>&quot;%1&quot; no es un número de ruta.</translation>
    </message>
    <message>
        <source>Type the number on the route sheet, such as 2.</source>
        <translation>Escriba el número que aparece en la hoja de ruta, como 2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stop number.</source>
        <translation>&quot;%1&quot; no es un número de parada.</translation>
    </message>
    <message>
        <source>Type the stop&apos;s number on the route sheet, such as 5.</source>
        <translation>Escriba el número de la parada que aparece en la hoja de ruta, como 5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome.</source>
        <translation>&quot;%1&quot; no es un resultado.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n outcome(s).</source>
        <translation>
            <numerusform>Se registró %n resultado.</numerusform>
            <numerusform>Se registraron %n resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stop has an outcome; the day is closed.</source>
        <translation>Todas las paradas tienen resultado; el día está cerrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) still have no outcome.</source>
        <translation>
            <numerusform>%n parada todavía no tiene resultado.</numerusform>
            <numerusform>%n paradas todavía no tienen resultado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The distribution day of %1 is closed.</source>
        <translation>El día de reparto del %1 está cerrado.</translation>
    </message>
    <message>
        <source>--kind must be one of: %1</source>
        <translation>--kind debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>Made the %1 day of %2 (%3) with %4 proposed stop(s).</source>
        <translation>Se creó el día de %1 del %2 (%3) con %4 parada(s) propuesta(s).</translation>
    </message>
    <message>
        <source>the distribution day</source>
        <translation>el día de reparto</translation>
    </message>
    <message>
        <source>Plan a distribution day&apos;s routes.</source>
        <translation>Planifica las rutas de un día de reparto.</translation>
    </message>
    <message>
        <source>Makes the day&apos;s delivery run if there is none (the households due by their schedules become its stops), adds the drivers (those named, or the drivers who usually come on that weekday; a driver with a home start on file starts there), plans the routes from the pantry&apos;s coordinates and prints them: each route&apos;s stops in order with the household&apos;s name and address, its kilometres and minutes, and the stops that are on no route.</source>
        <translation>Crea el reparto de entrega del día si no hay ninguno (los hogares que tocan según su calendario pasan a ser sus paradas), agrega los conductores (los indicados, o los que suelen venir ese día de la semana; un conductor con salida desde su casa registrada sale de allí), planifica las rutas desde las coordenadas de la despensa y las muestra: las paradas de cada ruta en orden con el nombre y la dirección del hogar, sus kilómetros y minutos, y las paradas que no están en ninguna ruta.</translation>
    </message>
    <message>
        <source>the drivers who came, by name</source>
        <translation>los conductores que vinieron, por nombre</translation>
    </message>
    <message>
        <source>how long to search (default: the setting)</source>
        <translation>cuánto tiempo buscar (predeterminado: el ajuste)</translation>
    </message>
    <message>
        <source>the search&apos;s seed (default 1)</source>
        <translation>la semilla de la búsqueda (predeterminada 1)</translation>
    </message>
    <message>
        <source>Print a distribution day&apos;s routes.</source>
        <translation>Muestra las rutas de un día de reparto.</translation>
    </message>
    <message>
        <source>Prints the day&apos;s routes as run plan does, without planning.</source>
        <translation>Muestra las rutas del día como run plan, sin planificar.</translation>
    </message>
    <message>
        <source>Record what happened at stops, from the route sheets.</source>
        <translation>Registra lo que pasó en las paradas, a partir de las hojas de ruta.</translation>
    </message>
    <message>
        <source>Records one stop&apos;s outcome (--stop: the stop&apos;s id, or ROUTE:STOP as on the sheets), or a CSV file&apos;s (columns route, stop, outcome, note; rows without an outcome are skipped). Outcomes: %1, or their numbers 1-5; none clears one. Delivered boxes leave stock from the lots packed for them; the others&apos; go back on the shelf. With any problem in the file nothing is recorded. The day closes when every stop has an outcome.</source>
        <translation>Registra el resultado de una parada (--stop: el identificador de la parada, o RUTA:PARADA como en las hojas), o los de un archivo CSV (columnas route, stop, outcome, note; las filas sin resultado se omiten). Resultados: %1, o sus números 1-5; none borra uno. Las cajas entregadas salen de las existencias de los lotes empacados para ellas; las de las demás vuelven al estante. Si hay algún problema en el archivo, no se registra nada. El día se cierra cuando todas las paradas tienen resultado.</translation>
    </message>
    <message>
        <source>the stop: its id, or ROUTE:STOP</source>
        <translation>la parada: su identificador, o RUTA:PARADA</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>qué pasó</translation>
    </message>
    <message>
        <source>what the driver wrote</source>
        <translation>lo que escribió el conductor</translation>
    </message>
    <message>
        <source>outcomes from a CSV file</source>
        <translation>resultados desde un archivo CSV</translation>
    </message>
    <message>
        <source>Make a distribution day and propose its stops.</source>
        <translation>Crea un día de reparto y propone sus paradas.</translation>
    </message>
    <message>
        <source>Makes a day of the given kind: for a delivery or a pick-up at the pantry the households due by their schedules become its stops; for a collection from suppliers, the suppliers whose pickup day it is. A day may hold several runs.</source>
        <translation>Crea un día del tipo indicado: para una entrega o una recogida en la despensa, los hogares que tocan según su calendario pasan a ser sus paradas; para una recolección con proveedores, los proveedores a los que les toca ese día. Un día puede tener varios repartos.</translation>
    </message>
    <message>
        <source>the kind of day (default delivery)</source>
        <translation>el tipo de día (predeterminado delivery)</translation>
    </message>
    <message>
        <source>a name for the day</source>
        <translation>un nombre para el día</translation>
    </message>
    <message>
        <source>Close a distribution day.</source>
        <translation>Cierra un día de reparto.</translation>
    </message>
    <message>
        <source>Closes the day once every stop has an outcome; otherwise says how many are left.</source>
        <translation>Cierra el día cuando todas las paradas tienen resultado; si no, dice cuántas faltan.</translation>
    </message>
    <message>
        <source>Distribution days: make one, plan routes, show them, record outcomes, close.</source>
        <translation>Días de reparto: crear uno, planificar rutas, mostrarlas, registrar resultados, cerrar.</translation>
    </message>
    <message>
        <source>Give a subcommand: create, plan, show, outcome or close.</source>
        <translation>Indique un subcomando: create, plan, show, outcome o close.</translation>
    </message>
    <message>
        <source>run needs a subcommand: create, plan, show, outcome or close</source>
        <translation>run necesita un subcomando: create, plan, show, outcome o close</translation>
    </message>
    <message>
        <source>Note: no stock was set aside for this day, so delivered boxes took nothing from stock. Run packages allocate --date %1 before recording outcomes.</source>
        <translation>Nota: no se apartaron existencias para este día, así que las cajas entregadas no descontaron nada de las existencias. Ejecute packages allocate --date %1 antes de registrar los resultados.</translation>
    </message>
    <message>
        <source>Longest route %1 min, shortest %2 min: %3 min apart.</source>
        <translation>Ruta más larga %1 min, más corta %2 min: %3 min de diferencia.</translation>
    </message>
    <message>
        <source>  No stop: %1.</source>
        <translation>  Sin paradas: %1.</translation>
    </message>
    <message>
        <source>  Leaves at %1.</source>
        <translation>  Sale a las %1.</translation>
    </message>
    <message>
        <source> - about %1</source>
        <translation> - hacia las %1</translation>
    </message>
    <message>
        <source> (window %1-%2)</source>
        <translation> (horario %1-%2)</translation>
    </message>
    <message>
        <source> [%1 min late]</source>
        <translation> [%1 min tarde]</translation>
    </message>
    <message>
        <source>Back by %1 (the driver&apos;s hours).</source>
        <translation>De vuelta antes de las %1 (horario del conductor).</translation>
    </message>
    <message>
        <source>--kind supplier_pickup plans the day&apos;s collection from suppliers instead (made if there is none: the suppliers whose pickup day it is become its stops).</source>
        <translation>--kind supplier_pickup planifica en su lugar la recolección con proveedores del día (se crea si no hay ninguna: los proveedores a los que les toca ese día pasan a ser sus paradas).</translation>
    </message>
    <message>
        <source>which of the day&apos;s runs: delivery (the default), pickup or supplier_pickup</source>
        <translation>cuál de los repartos del día: delivery (el predeterminado), pickup o supplier_pickup</translation>
    </message>
</context>
<context>
    <name>larder::cli::StockCommands</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; no es un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>Type digits only, such as %1.</source>
        <translation>Escriba solo dígitos, como %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation>&quot;%1&quot; no es %2.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use uno de: %1.</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>una categoría</translation>
    </message>
    <message>
        <source>a unit</source>
        <translation>una unidad</translation>
    </message>
    <message>
        <source>an item counted in cases needs its case size.</source>
        <translation>un artículo que se cuenta por cajas necesita el tamaño de su caja.</translation>
    </message>
    <message>
        <source>Add --case-size N, how many units one case holds.</source>
        <translation>Agregue --case-size N, cuántas unidades trae una caja.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dietary tag.</source>
        <translation>&quot;%1&quot; no es una etiqueta de dieta.</translation>
    </message>
    <message>
        <source>Use any of: %1.</source>
        <translation>Use cualquiera de estas: %1.</translation>
    </message>
    <message>
        <source>%1 already belongs to &quot;%2&quot;.</source>
        <translation>%1 ya pertenece a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A barcode names one item; check the code.</source>
        <translation>Un código de barras identifica un solo artículo; revise el código.</translation>
    </message>
    <message>
        <source>there is already an item called &quot;%1&quot;%2.</source>
        <translation>ya hay un artículo que se llama &quot;%1&quot;%2.</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (retirado)</translation>
    </message>
    <message>
        <source>Give the new item a name that tells them apart, such as its size.</source>
        <translation>Dele al artículo nuevo un nombre que los distinga, como su tamaño.</translation>
    </message>
    <message>
        <source>Added item &quot;%1&quot; (%2, %3), id %4.</source>
        <translation>Se agregó el artículo &quot;%1&quot; (%2, %3), identificador %4.</translation>
    </message>
    <message>
        <source>Add an item to the catalog.</source>
        <translation>Agrega un artículo al catálogo.</translation>
    </message>
    <message>
        <source>Adds an item. Categories: %1. Units: %2 (a case needs --case-size). Dietary tags: %3. --shelf-life makes the item perishable; its intake then proposes today plus that many days as expiry. A barcode already on another item, or a name already in the catalog, is refused.</source>
        <translation>Agrega un artículo. Categorías: %1. Unidades: %2 (case necesita --case-size). Etiquetas de dieta: %3. --shelf-life hace perecedero al artículo; entonces su entrada propone como vencimiento hoy más esa cantidad de días. Se rechaza un código de barras que ya tiene otro artículo, o un nombre que ya está en el catálogo.</translation>
    </message>
    <message>
        <source>the item&apos;s name, such as &quot;Rice 2 lb&quot;</source>
        <translation>el nombre del artículo, como &quot;Arroz 2 lb&quot;</translation>
    </message>
    <message>
        <source>food, water, hygiene, baby, ...</source>
        <translation>food, water, hygiene, baby, ...</translation>
    </message>
    <message>
        <source>each (the default), lb, kg or case</source>
        <translation>each (el predeterminado), lb, kg o case</translation>
    </message>
    <message>
        <source>units in a case, for &quot;3 cases&quot; at intake</source>
        <translation>unidades por caja, para &quot;3 cajas&quot; en la entrada</translation>
    </message>
    <message>
        <source>a barcode; repeat for more</source>
        <translation>un código de barras; repetir para más</translation>
    </message>
    <message>
        <source>it has an expiry date</source>
        <translation>tiene fecha de vencimiento</translation>
    </message>
    <message>
        <source>default shelf life in days</source>
        <translation>duración predeterminada en días</translation>
    </message>
    <message>
        <source>dietary tags, separated by commas</source>
        <translation>etiquetas de dieta, separadas por comas</translation>
    </message>
    <message>
        <source>below this on-hand total the item is flagged</source>
        <translation>por debajo de este total en existencias se marca el artículo</translation>
    </message>
    <message>
        <source>weight of one unit in grams, for reports</source>
        <translation>peso de una unidad en gramos, para informes</translation>
    </message>
    <message>
        <source>The catalog is empty; add an item with larder-cli --db FILE items add --name NAME --category CATEGORY.</source>
        <translation>El catálogo está vacío; agregue un artículo con larder-cli --db FILE items add --name NAME --category CATEGORY.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Códigos de barras</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En existencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source> (case of %1)</source>
        <translation> (caja de %1)</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>below par</source>
        <translation>bajo el mínimo</translation>
    </message>
    <message>
        <source>List the catalog, or add an item (items add).</source>
        <translation>Lista el catálogo, o agrega un artículo (items add).</translation>
    </message>
    <message>
        <source>Lists the active items with category, unit, barcodes, par level and on-hand total; --all adds retired ones. --json prints {&quot;items&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;category&quot;, &quot;unit&quot;, &quot;case_size&quot;, &quot;barcodes&quot;, &quot;tags&quot;, &quot;par&quot;, &quot;on_hand&quot;, &quot;active&quot;, ...}]}.</source>
        <translation>Lista los artículos activos con categoría, unidad, códigos de barras, mínimo y total en existencias; --all agrega los retirados. --json muestra {&quot;items&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;category&quot;, &quot;unit&quot;, &quot;case_size&quot;, &quot;barcodes&quot;, &quot;tags&quot;, &quot;par&quot;, &quot;on_hand&quot;, &quot;active&quot;, ...}]}.</translation>
    </message>
    <message>
        <source>include retired items</source>
        <translation>incluir los artículos retirados</translation>
    </message>
    <message>
        <source>a kind of location</source>
        <translation>un tipo de lugar</translation>
    </message>
    <message>
        <source>there is already a location called &quot;%1&quot;.</source>
        <translation>ya hay un lugar que se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Elija otro nombre.</translation>
    </message>
    <message>
        <source>Added location &quot;%1&quot; (%2), id %3.</source>
        <translation>Se agregó el lugar &quot;%1&quot; (%2), identificador %3.</translation>
    </message>
    <message>
        <source>Add a location.</source>
        <translation>Agrega un lugar.</translation>
    </message>
    <message>
        <source>Adds a place stock is kept. Kinds: %1 (a partner&apos;s hub is &quot;hub&quot;). Names are unique, whatever their case.</source>
        <translation>Agrega un lugar donde se guardan existencias. Tipos: %1 (el centro de una organización aliada es &quot;hub&quot;). Los nombres son únicos, sin importar mayúsculas.</translation>
    </message>
    <message>
        <source>the location&apos;s name</source>
        <translation>el nombre del lugar</translation>
    </message>
    <message>
        <source>shelf, fridge, freezer, hub or other</source>
        <translation>shelf, fridge, freezer, hub u other</translation>
    </message>
    <message>
        <source>This pantry has no locations yet; add one with larder-cli --db FILE locations add --name &quot;Shelf A&quot; --kind shelf.</source>
        <translation>Esta despensa todavía no tiene lugares; agregue uno con larder-cli --db FILE locations add --name &quot;Estante A&quot; --kind shelf.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>List the locations, or add one (locations add).</source>
        <translation>Lista los lugares, o agrega uno (locations add).</translation>
    </message>
    <message>
        <source>Lists the active locations with kind and id; --all adds inactive ones. --json prints {&quot;locations&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;kind&quot;, &quot;active&quot;}]}.</source>
        <translation>Lista los lugares activos con su tipo e identificador; --all agrega los inactivos. --json muestra {&quot;locations&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;kind&quot;, &quot;active&quot;}]}.</translation>
    </message>
    <message>
        <source>include inactive locations</source>
        <translation>incluir los lugares inactivos</translation>
    </message>
    <message>
        <source>There is no count %1.</source>
        <translation>No existe el conteo %1.</translation>
    </message>
    <message>
        <source>No count is open; start one with larder-cli --db FILE count start.</source>
        <translation>No hay ningún conteo abierto; empiece uno con larder-cli --db FILE count start.</translation>
    </message>
    <message>
        <source>Open counts: %1.</source>
        <translation>Conteos abiertos: %1.</translation>
    </message>
    <message>
        <source>Count %1 is %2 already, so it cannot change.</source>
        <translation>El conteo %1 ya está %2, así que no se puede cambiar.</translation>
    </message>
    <message>
        <source>Start a new count with larder-cli --db FILE count start.</source>
        <translation>Empiece un conteo nuevo con larder-cli --db FILE count start.</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>todos los lugares</translation>
    </message>
    <message>
        <source>Count %1 of %2, %3, started %4: %5 line(s).</source>
        <translation>Conteo %1 de %2, %3, empezado %4: %5 línea(s).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Start a count and print its sheet.</source>
        <translation>Empieza un conteo y muestra su hoja.</translation>
    </message>
    <message>
        <source>Starts a count of one location, or of every location when --location is left out, with one line per item and lot on hand there, and prints it: the count id on the first line (&quot;Count ID of ...&quot;), then the lines. Refused while another count of the same stock is open.</source>
        <translation>Empieza un conteo de un lugar, o de todos los lugares si se omite --location, con una línea por artículo y lote que hay allí, y lo muestra: el identificador del conteo en la primera línea (&quot;Count ID of ...&quot;) y luego las líneas. Se rechaza mientras haya otro conteo abierto de las mismas existencias.</translation>
    </message>
    <message>
        <source>count only this location</source>
        <translation>contar solo este lugar</translation>
    </message>
    <message>
        <source>print the count as JSON</source>
        <translation>mostrar el conteo como JSON</translation>
    </message>
    <message>
        <source>print the lines as CSV, ready for count enter --file</source>
        <translation>mostrar las líneas como CSV, listas para count enter --file</translation>
    </message>
    <message>
        <source>Print a count&apos;s lines.</source>
        <translation>Muestra las líneas de un conteo.</translation>
    </message>
    <message>
        <source>Prints each line of the count: line id, item, location, lot expiry, expected (on hand when the count started) and counted, in the item&apos;s unit. --csv writes line_id,item,location,expiry,unit,expected,counted: fill in counted and give the file to count enter --file. --json prints {&quot;count&quot;: {..., &quot;lines&quot;: [{&quot;line_id&quot;, &quot;item&quot;, ..., &quot;expected&quot;, &quot;counted&quot;, &quot;on_hand&quot;}]}}.</source>
        <translation>Muestra cada línea del recuento: id de línea, artículo, lugar, caducidad del lote, lo esperado (en existencia cuando empezó el recuento) y lo contado, en la unidad del artículo. --csv escribe line_id,item,location,expiry,unit,expected,counted: rellene counted y pase el archivo a count enter --file. --json imprime {&quot;count&quot;: {..., &quot;lines&quot;: [{&quot;line_id&quot;, &quot;item&quot;, ..., &quot;expected&quot;, &quot;counted&quot;, &quot;on_hand&quot;}]}}.</translation>
    </message>
    <message>
        <source>print the lines as CSV</source>
        <translation>mostrar las líneas como CSV</translation>
    </message>
    <message>
        <source>Count %1 of %2 (%3): %4 difference(s); %5 of %6 line(s) not counted, which confirming leaves as they are.</source>
        <translation>Conteo %1 de %2 (%3): %4 diferencia(s); %5 de %6 línea(s) sin contar, que al confirmar se quedan como están.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Show the differences a count would post.</source>
        <translation>Muestra las diferencias que registraría un conteo.</translation>
    </message>
    <message>
        <source>Lists the counted lines whose count differs from what is on hand now, and how many lines are not counted yet. The difference is counted minus on hand now, which is what confirm posts. --json prints {&quot;count_id&quot;, &quot;status&quot;, &quot;total_lines&quot;, &quot;uncounted&quot;, &quot;differences&quot;: [...]}.</source>
        <translation>Lista las líneas contadas cuyo conteo no coincide con las existencias actuales, y cuántas líneas faltan por contar. La diferencia es lo contado menos las existencias actuales, que es lo que registra confirm. --json muestra {&quot;count_id&quot;, &quot;status&quot;, &quot;total_lines&quot;, &quot;uncounted&quot;, &quot;differences&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Confirmed count %1: %2 adjustment(s) posted with reason &quot;count&quot;.</source>
        <translation>Conteo %1 confirmado: se registraron %2 ajuste(s) con el motivo &quot;count&quot;.</translation>
    </message>
    <message>
        <source>Post a count&apos;s differences and close it.</source>
        <translation>Registra las diferencias de un conteo y lo cierra.</translation>
    </message>
    <message>
        <source>Posts one &quot;counted&quot; movement per counted line that differs from on hand, with reason &quot;count&quot;, and closes the count; all in one transaction. </source>
        <translation>Registra un movimiento &quot;counted&quot; por cada línea contada que no coincide con las existencias, con el motivo &quot;count&quot;, y cierra el conteo; todo en una sola transacción. </translation>
    </message>
    <message>
        <source>Cancelled count %1; stock is unchanged.</source>
        <translation>Conteo %1 cancelado; las existencias no cambian.</translation>
    </message>
    <message>
        <source>Close a count without posting anything.</source>
        <translation>Cierra un conteo sin registrar nada.</translation>
    </message>
    <message>
        <source>Closes an open count; stock does not change.</source>
        <translation>Cierra un conteo abierto; las existencias no cambian.</translation>
    </message>
    <message>
        <source>No count is open.</source>
        <translation>No hay ningún conteo abierto.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Conteo</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezado</translation>
    </message>
    <message>
        <source>Stock counts: start, sheet, enter, review, confirm, cancel.</source>
        <translation>Conteos de existencias: empezar, hoja, anotar, revisar, confirmar, cancelar.</translation>
    </message>
    <message>
        <source>A count compares the shelf with the ledger. Start one for a location or for all; print its sheet; enter what was counted, line by line or from a CSV file (partial counts are fine: lines not counted stay as they are); review the differences; confirm, which posts one &quot;counted&quot; movement per difference with reason &quot;count&quot;, so every discrepancy stays in the history. Without a subcommand, lists the open counts.</source>
        <translation>Un conteo compara el estante con el registro. Empiece uno para un lugar o para todos; imprima su hoja; anote lo contado, línea por línea o desde un archivo CSV (los conteos parciales están bien: las líneas sin contar se quedan como están); revise las diferencias; confirme, lo que registra un movimiento &quot;counted&quot; por cada diferencia con el motivo &quot;count&quot;, así que cada diferencia queda en el historial. Sin subcomando, lista los conteos abiertos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a counted quantity: type what is on the shelf as a whole number, 0 if nothing.</source>
        <translation>&quot;%1&quot; no es una cantidad contada: escriba lo que hay en el estante como número entero, 0 si no hay nada.</translation>
    </message>
    <message>
        <source>Larder could not read this file (%1).</source>
        <translation>Larder no pudo leer este archivo (%1).</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Este archivo no existe.</translation>
    </message>
    <message>
        <source>Check the name after --file.</source>
        <translation>Revise el nombre que va después de --file.</translation>
    </message>
    <message>
        <source>The first row must name the columns: line_id,counted (count sheet COUNT_ID --csv writes such a file); nothing was saved.</source>
        <translation>La primera fila debe nombrar las columnas: line_id,counted (count sheet COUNT_ID --csv escribe un archivo así); no se guardó nada.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>There is no line_id column.</source>
        <translation>No hay columna line_id.</translation>
    </message>
    <message>
        <source>There is no counted column.</source>
        <translation>No hay columna counted.</translation>
    </message>
    <message>
        <source>This row has a count but no line_id.</source>
        <translation>Esta fila tiene un conteo pero no tiene line_id.</translation>
    </message>
    <message>
        <source>Copy the line&apos;s id from the count sheet; nothing was saved.</source>
        <translation>Copie el identificador de la línea de la hoja de conteo; no se guardó nada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of count %2.</source>
        <translation>&quot;%1&quot; no es una línea del conteo %2.</translation>
    </message>
    <message>
        <source>Check the line id against the count sheet; nothing was saved.</source>
        <translation>Compare el identificador de la línea con la hoja de conteo; no se guardó nada.</translation>
    </message>
    <message>
        <source>Line %1 is on row %2 already.</source>
        <translation>La línea %1 ya está en la fila %2.</translation>
    </message>
    <message>
        <source>Keep one row per line; nothing was saved.</source>
        <translation>Deje una fila por línea; no se guardó nada.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>say what was counted: --line LINE_ID --counted N, or --file F.csv</source>
        <translation>indique qué se contó: --line LINE_ID --counted N, o --file F.csv</translation>
    </message>
    <message>
        <source>Saved the count of %1 line(s) on count %2; %3 row(s) without a count were skipped.</source>
        <translation>Se guardó el conteo de %1 línea(s) en el conteo %2; se omitieron %3 fila(s) sin conteo.</translation>
    </message>
    <message>
        <source>See the lines with larder-cli --db FILE count sheet %1.</source>
        <translation>Vea las líneas con larder-cli --db FILE count sheet %1.</translation>
    </message>
    <message>
        <source>Counted %1 of &quot;%2&quot; at %3, %4 (on hand %5, difference %6).</source>
        <translation>Contado: %1 de &quot;%2&quot; en %3, %4 (en existencia %5, diferencia %6).</translation>
    </message>
    <message>
        <source>Enter counted quantities, one line or a CSV file.</source>
        <translation>Anota cantidades contadas, una línea o un archivo CSV.</translation>
    </message>
    <message>
        <source>Saves what was counted on the shelf: --line LINE_ID --counted N for one line, or --file F.csv for many (&quot;-&quot; reads standard input). The file&apos;s first row names its columns; it needs line_id and counted, any others are ignored (so a filled-in count sheet --csv works), and it may be separated by commas, semicolons or tabs. Rows with an empty counted are skipped. Any bad row saves nothing, and the message names the file, the row (the header is row 1) and the column. Entering a line again replaces its count.</source>
        <translation>Guarda lo que se contó en el estante: --line LINE_ID --counted N para una línea, o --file F.csv para muchas (&quot;-&quot; lee la entrada estándar). La primera fila del archivo nombra sus columnas; necesita line_id y counted, las demás se ignoran (así que sirve una hoja count sheet --csv llenada), y puede estar separado por comas, puntos y comas o tabuladores. Las filas con counted vacío se omiten. Cualquier fila incorrecta hace que no se guarde nada, y el mensaje nombra el archivo, la fila (el encabezado es la fila 1) y la columna. Anotar de nuevo una línea reemplaza su conteo.</translation>
    </message>
    <message>
        <source>the line&apos;s id, from count sheet</source>
        <translation>el identificador de la línea, de count sheet</translation>
    </message>
    <message>
        <source>what is on the shelf, 0 if nothing</source>
        <translation>lo que hay en el estante, 0 si no hay nada</translation>
    </message>
    <message>
        <source>a CSV file with columns line_id,counted</source>
        <translation>un archivo CSV con las columnas line_id,counted</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sin vencimiento</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; no es una fecha.</translation>
    </message>
    <message>
        <source>Type the lot&apos;s expiry as stock prints it, such as 2026-03-05, or &quot;none&quot; for a lot without expiry.</source>
        <translation>Escriba el vencimiento del lote tal como lo muestra stock, como 2026-03-05, o &quot;none&quot; para un lote sin vencimiento.</translation>
    </message>
    <message>
        <source>%1 is not a lot of &quot;%2&quot;.</source>
        <translation>%1 no es un lote de &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>See its lots with larder-cli --db FILE stock --json --item ID.</source>
        <translation>Vea sus lotes con larder-cli --db FILE stock --json --item ID.</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>there is no &quot;%1&quot; on hand%2.</source>
        <translation>no hay &quot;%1&quot; en existencias%2.</translation>
    </message>
    <message>
        <source>See what there is with larder-cli --db FILE stock --item ID.</source>
        <translation>Vea lo que hay con larder-cli --db FILE stock --item ID.</translation>
    </message>
    <message>
        <source>that lot of &quot;%1&quot; has nothing on hand%2.</source>
        <translation>ese lote de &quot;%1&quot; no tiene existencias%2.</translation>
    </message>
    <message>
        <source>Lots with stock: %1.</source>
        <translation>Lotes con existencias: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is at %2 locations: %3.</source>
        <translation>&quot;%1&quot; está en %2 lugares: %3.</translation>
    </message>
    <message>
        <source>Say which with --%1 L.</source>
        <translation>Indique cuál con --%1 L.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has stock in %2 lots%3: %4.</source>
        <translation>&quot;%1&quot; tiene existencias en %2 lotes%3: %4.</translation>
    </message>
    <message>
        <source>Say which with --lot-expiry DATE or --lot ID.</source>
        <translation>Indique cuál con --lot-expiry DATE o --lot ID.</translation>
    </message>
    <message>
        <source>the lot, by its id (stock --json)</source>
        <translation>el lote, por su identificador (stock --json)</translation>
    </message>
    <message>
        <source>the lot, by its expiry as stock prints it (2026-03-05), or &quot;none&quot;</source>
        <translation>el lote, por su vencimiento tal como lo muestra stock (2026-03-05), o &quot;none&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for disposal.</source>
        <translation>&quot;%1&quot; no es un motivo para desechar.</translation>
    </message>
    <message>
        <source>only %1 on hand in the %2 at %3; %4 asked for.</source>
        <translation>solo hay %1 en existencia en %2 en %3; se pidieron %4.</translation>
    </message>
    <message>
        <source>Check the lot and location, or count the shelf first.</source>
        <translation>Revise el lote y el lugar, o cuente primero el estante.</translation>
    </message>
    <message>
        <source>Disposed of %1 of &quot;%2&quot; (%3) from %4, %5.</source>
        <translation>Desechado: %1 de &quot;%2&quot; (%3) de %4, %5.</translation>
    </message>
    <message>
        <source>Throw stock away: spoiled, expired, damaged or recalled.</source>
        <translation>Desecha existencias: echadas a perder, vencidas, dañadas o retiradas del mercado.</translation>
    </message>
    <message>
        <source>Takes the quantity out of one lot at one location, with the reason. The lot is named by --lot-expiry or --lot; when the item has stock in one lot only (at --location, or anywhere) that one is used. </source>
        <translation>Saca la cantidad de un lote en un lugar, con el motivo. El lote se indica con --lot-expiry o --lot; cuando el artículo tiene existencias en un solo lote (en --location, o en cualquier lugar) se usa ese. </translation>
    </message>
    <message>
        <source>the item: barcode, name or id</source>
        <translation>el artículo: código de barras, nombre o identificador</translation>
    </message>
    <message>
        <source>spoiled, expired, damaged or recalled</source>
        <translation>spoiled, expired, damaged o recalled</translation>
    </message>
    <message>
        <source>where the stock is, by name or id</source>
        <translation>dónde están las existencias, por nombre o identificador</translation>
    </message>
    <message>
        <source>a note kept with the movement</source>
        <translation>una nota que se guarda con el movimiento</translation>
    </message>
    <message>
        <source>the stock is at %1 already.</source>
        <translation>las existencias ya están en %1.</translation>
    </message>
    <message>
        <source>Give another location.</source>
        <translation>Indique otro lugar.</translation>
    </message>
    <message>
        <source>Moved %1 of &quot;%2&quot;, %3, from %4 to %5.</source>
        <translation>Movido: %1 de &quot;%2&quot;, %3, de %4 a %5.</translation>
    </message>
    <message>
        <source>Move stock of one lot from one location to another.</source>
        <translation>Mueve existencias de un lote de un lugar a otro.</translation>
    </message>
    <message>
        <source>Posts a pair of movements that sum to nothing: out of --from, into --to, same lot. The lot is named by --lot-expiry or --lot, or is the only one with stock at --from. </source>
        <translation>Registra un par de movimientos que suman cero: sale de --from, entra en --to, mismo lote. El lote se indica con --lot-expiry o --lot, o es el único con existencias en --from. </translation>
    </message>
    <message>
        <source>where the stock is now</source>
        <translation>dónde están ahora las existencias</translation>
    </message>
    <message>
        <source>where it goes</source>
        <translation>adónde van</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no lot expiring %2.</source>
        <translation>&quot;%1&quot; no tiene ningún lote que venza el %2.</translation>
    </message>
    <message>
        <source>See its lots with larder-cli --db FILE history --item ID.</source>
        <translation>Vea sus lotes con larder-cli --db FILE history --item ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 lots: %3.</source>
        <translation>&quot;%1&quot; tiene %2 lotes: %3.</translation>
    </message>
    <message>
        <source>Say which lot the boxes came from with --lot-expiry DATE or --lot ID.</source>
        <translation>Indique de qué lote salieron las cajas con --lot-expiry DATE o --lot ID.</translation>
    </message>
    <message>
        <source>Returned %1 of &quot;%2&quot; to %3, %4.</source>
        <translation>Devuelto: %1 de &quot;%2&quot; a %3, %4.</translation>
    </message>
    <message>
        <source>Put undelivered boxes back on the shelf, into their lot.</source>
        <translation>Devuelve al estante las cajas no entregadas, a su lote.</translation>
    </message>
    <message>
        <source>Adds the quantity back at --location, into the lot it came from: named by --lot-expiry or --lot, or the item&apos;s only lot at that location, or its only lot anywhere. </source>
        <translation>Vuelve a sumar la cantidad en --location, en el lote de donde salió: indicado con --lot-expiry o --lot, o el único lote del artículo en ese lugar, o su único lote en cualquier lugar. </translation>
    </message>
    <message>
        <source>where it goes back, by name or id</source>
        <translation>adónde vuelve, por nombre o identificador</translation>
    </message>
    <message>
        <source>There is no movement %1.</source>
        <translation>No existe el movimiento %1.</translation>
    </message>
    <message>
        <source>Find the movement&apos;s id with larder-cli --db FILE history --item X.</source>
        <translation>Busque el identificador del movimiento con larder-cli --db FILE history --item X.</translation>
    </message>
    <message>
        <source>Movement %1 was reversed already.</source>
        <translation>El movimiento %1 ya se anuló.</translation>
    </message>
    <message>
        <source>To take stock in or out again, record that as a new movement.</source>
        <translation>Para volver a meter o sacar existencias, regístrelo como un movimiento nuevo.</translation>
    </message>
    <message>
        <source>Reversed %1 movement(s) of &quot;%2&quot; (%3).</source>
        <translation>Se anularon %1 movimiento(s) de &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>Correct a movement by posting its opposite.</source>
        <translation>Corrige un movimiento registrando su contrario.</translation>
    </message>
    <message>
        <source>Movements are never edited or deleted: a correction is a reversal that points back at the movement, with a reason. The whole action is reversed (both halves of a move, every lot of a distribution) unless --row-only. A movement is reversed at most once; a reversal cannot be reversed. Find movement ids with history. </source>
        <translation>Los movimientos nunca se editan ni se borran: una corrección es una anulación que apunta al movimiento, con un motivo. Se anula toda la acción (las dos mitades de un traslado, todos los lotes de una entrega) salvo con --row-only. Un movimiento se anula como máximo una vez; una anulación no se puede anular. Busque los identificadores de los movimientos con history. </translation>
    </message>
    <message>
        <source>why, kept with the reversal</source>
        <translation>por qué, se guarda con la anulación</translation>
    </message>
    <message>
        <source>reverse only this row, not the rest of its action</source>
        <translation>anular solo esta fila, no el resto de su acción</translation>
    </message>
    <message>
        <source>--below-par lists whole-pantry totals: it does not go with --location or --expiring</source>
        <translation>--below-par lista los totales de toda la despensa: no va con --location ni con --expiring</translation>
    </message>
    <message>
        <source>No item is below its par level.</source>
        <translation>Ningún artículo está bajo su mínimo.</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>No stock on hand matches.</source>
        <translation>No hay existencias que coincidan.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>NEGATIVE</source>
        <translation>NEGATIVO</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>%1 line(s) below zero: more went out than was recorded coming in. Count that stock, or check the intake and recent sync files.</source>
        <translation>%1 línea(s) bajo cero: salió más de lo que se registró al entrar. Cuente esas existencias, o revise la entrada y los archivos de sincronización recientes.</translation>
    </message>
    <message>
        <source>Show stock on hand by item, location and lot, or what is below par.</source>
        <translation>Muestra las existencias por artículo, lugar y lote, o lo que está bajo el mínimo.</translation>
    </message>
    <message>
        <source>Lists what is on hand, one line per item, location and lot, with the lot&apos;s expiry. Lines below zero (possible after a sync) are shown with a warning, never hidden: NEGATIVE in the table, &quot;warning&quot;: &quot;negative&quot; in JSON. --expiring-within DAYS keeps lots expiring by today plus DAYS, expired ones included, soonest first. --json prints {&quot;stock&quot;: [{&quot;item&quot;, &quot;item_id&quot;, &quot;category&quot;, &quot;unit&quot;, &quot;location&quot;, &quot;location_id&quot;, &quot;lot_id&quot;, &quot;expiry&quot; (YYYY-MM-DD or null), &quot;quantity&quot;}, ...]}. --below-par lists items whose whole-pantry total is below their par level instead ({&quot;below_par&quot;: [...]} with --json). </source>
        <translation>Lista lo que hay en existencias, una línea por artículo, lugar y lote, con el vencimiento del lote. Las líneas bajo cero (posibles después de una sincronización) se muestran con un aviso, nunca se ocultan: NEGATIVE en la tabla, &quot;warning&quot;: &quot;negative&quot; en JSON. --expiring-within DAYS conserva los lotes que vencen hasta hoy más DAYS, incluidos los vencidos, los más próximos primero. --json muestra {&quot;stock&quot;: [{&quot;item&quot;, &quot;item_id&quot;, &quot;category&quot;, &quot;unit&quot;, &quot;location&quot;, &quot;location_id&quot;, &quot;lot_id&quot;, &quot;expiry&quot; (YYYY-MM-DD o null), &quot;quantity&quot;}, ...]}. --below-par, en cambio, lista los artículos cuyo total en toda la despensa está bajo su mínimo ({&quot;below_par&quot;: [...]} con --json). </translation>
    </message>
    <message>
        <source>only this location, by name or id</source>
        <translation>solo este lugar, por nombre o identificador</translation>
    </message>
    <message>
        <source>only lots expiring within DAYS days, expired included</source>
        <translation>solo los lotes que vencen dentro de DAYS días, incluidos los vencidos</translation>
    </message>
    <message>
        <source>the same, within the pantry&apos;s expiry warning days (a setting, 7 unless changed)</source>
        <translation>lo mismo, dentro de los días de aviso de vencimiento de la despensa (un ajuste, 7 si no se cambió)</translation>
    </message>
    <message>
        <source>only this item: name, barcode or id</source>
        <translation>solo este artículo: nombre, código de barras o identificador</translation>
    </message>
    <message>
        <source>list items below their par level instead</source>
        <translation>listar en su lugar los artículos bajo su mínimo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired.</source>
        <translation>&quot;%1&quot; está retirado.</translation>
    </message>
    <message>
        <source>Make it active again in the catalog before receiving it.</source>
        <translation>Vuelva a activarlo en el catálogo antes de recibirlo.</translation>
    </message>
    <message>
        <source>this pantry has %1 locations; say where the stock goes.</source>
        <translation>esta despensa tiene %1 lugares; indique adónde van las existencias.</translation>
    </message>
    <message>
        <source>Known locations: %1.</source>
        <translation>Lugares conocidos: %1.</translation>
    </message>
    <message>
        <source>Check the date on the package: food past its date goes to disposal, not onto the shelf. Add --allow-past-expiry to record it anyway.</source>
        <translation>Revise la fecha en el paquete: la comida vencida se desecha, no va al estante. Agregue --allow-past-expiry para registrarla de todos modos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is perishable and has no default shelf life.</source>
        <translation>&quot;%1&quot; es perecedero y no tiene duración predeterminada.</translation>
    </message>
    <message>
        <source>Add --expiry with its date, such as 5d, 12/5 or 2027-01.</source>
        <translation>Agregue --expiry con su fecha, como 5d, 12/5 o 2027-01.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of intake.</source>
        <translation>&quot;%1&quot; no es un tipo de entrada.</translation>
    </message>
    <message>
        <source>there is no supplier &quot;%1&quot;.</source>
        <translation>no hay ningún proveedor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This pantry has no suppliers yet; leave --supplier out, or add the supplier in Larder.</source>
        <translation>Esta despensa todavía no tiene proveedores; quite --supplier, o agregue el proveedor en Larder.</translation>
    </message>
    <message>
        <source>Known suppliers: %1.</source>
        <translation>Proveedores conocidos: %1.</translation>
    </message>
    <message>
        <source>Received %1 of &quot;%2&quot; into %3, %4.</source>
        <translation>Recibido: %1 de &quot;%2&quot; en %3, %4.</translation>
    </message>
    <message>
        <source>Record stock coming in, into a lot per expiry date.</source>
        <translation>Registra existencias que entran, en un lote por fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Records an intake: the item, how many, the expiry (one lot per item and expiry date), the location and where it came from. The expiry is read as at the intake screen: 3d, 3w, 2m, 1y from today, tomorrow, fri, 12/5 (day/month, or month/day when the pantry&apos;s setting says so), 12/5/27, 2027-01 (the end of that month), 2027-01-15. Without --expiry a perishable item gets its default shelf life. A date already past is refused unless --allow-past-expiry. --location may be left out when the pantry has one location. --supplier alone means --source supplier. </source>
        <translation>Registra una entrada: el artículo, cuántos, el vencimiento (un lote por artículo y fecha de vencimiento), el lugar y de dónde vino. El vencimiento se lee como en la pantalla de entrada: 3d, 3w, 2m, 1y desde hoy, tomorrow, fri, 12/5 (día/mes, o mes/día si así lo dice el ajuste de la despensa), 12/5/27, 2027-01 (el fin de ese mes), 2027-01-15. Sin --expiry, un artículo perecedero recibe su duración predeterminada. Una fecha ya pasada se rechaza salvo con --allow-past-expiry. --location se puede omitir cuando la despensa tiene un solo lugar. --supplier solo equivale a --source supplier. </translation>
    </message>
    <message>
        <source>the expiry: 3w, 12/5, 2027-01, 2027-01-15, ...</source>
        <translation>el vencimiento: 3w, 12/5, 2027-01, 2027-01-15, ...</translation>
    </message>
    <message>
        <source>where it goes, by name or id</source>
        <translation>adónde va, por nombre o identificador</translation>
    </message>
    <message>
        <source>supplier, donation (the default), purchase or drive</source>
        <translation>supplier, donation (el predeterminado), purchase o drive</translation>
    </message>
    <message>
        <source>the supplier, by name or id</source>
        <translation>el proveedor, por nombre o identificador</translation>
    </message>
    <message>
        <source>accept an expiry date that is already past</source>
        <translation>aceptar una fecha de vencimiento que ya pasó</translation>
    </message>
    <message>
        <source>only %1 of &quot;%2&quot; on hand%3; %4 asked for.</source>
        <translation>solo hay %1 de &quot;%2&quot; en existencia%3; se pidieron %4.</translation>
    </message>
    <message>
        <source>Give out what there is, record the missing intake first, or add --allow-negative to record it anyway.</source>
        <translation>Entregue lo que hay, registre primero la entrada que falta, o agregue --allow-negative para registrarlo de todos modos.</translation>
    </message>
    <message>
        <source>Distributed %1 of &quot;%2&quot;, first expiry first out.</source>
        <translation>Repartido: %1 de &quot;%2&quot;, lo que caduca antes sale primero.</translation>
    </message>
    <message>
        <source>Give stock out, first expiry first out.</source>
        <translation>Entrega existencias, primero lo que vence antes.</translation>
    </message>
    <message>
        <source>Takes the quantity from the item&apos;s lots, the earliest expiry first (lots without expiry last), at one location or across all. Taking more than is on hand is refused unless --allow-negative, which records it and leaves the line below zero as a warning. </source>
        <translation>Saca la cantidad de los lotes del artículo, primero el que vence antes (los lotes sin vencimiento al final), en un lugar o en todos. Sacar más de lo que hay se rechaza salvo con --allow-negative, que lo registra y deja la línea bajo cero como aviso. </translation>
    </message>
    <message>
        <source>take only from this location</source>
        <translation>sacar solo de este lugar</translation>
    </message>
    <message>
        <source>record it even when more goes out than is on hand</source>
        <translation>registrarlo aunque salga más de lo que hay</translation>
    </message>
    <message>
        <source>History of &quot;%1&quot; (%2), newest first: %3 movement(s).</source>
        <translation>Historial de &quot;%1&quot; (%2), primero lo más reciente: %3 movimiento(s).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>%1 (reverses %2)</source>
        <translation>%1 (anula %2)</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>anulado</translation>
    </message>
    <message>
        <source>Show every movement of an item.</source>
        <translation>Muestra todos los movimientos de un artículo.</translation>
    </message>
    <message>
        <source>Lists the item&apos;s movements, newest first: when, kind, quantity, lot expiry, location, who recorded it, why, whether it was reversed, and its id. --json prints {&quot;item&quot;, &quot;item_id&quot;, &quot;history&quot;: [{&quot;id&quot;, &quot;at&quot;, &quot;kind&quot;, &quot;quantity&quot;, &quot;expiry&quot;, &quot;location&quot;, &quot;reason&quot;, &quot;recorded_by&quot;, &quot;reversed&quot;, ...}]}. </source>
        <translation>Lista los movimientos del artículo, primero los más recientes: cuándo, tipo, cantidad, vencimiento del lote, lugar, quién lo registró, por qué, si se anuló y su identificador. --json muestra {&quot;item&quot;, &quot;item_id&quot;, &quot;history&quot;: [{&quot;id&quot;, &quot;at&quot;, &quot;kind&quot;, &quot;quantity&quot;, &quot;expiry&quot;, &quot;location&quot;, &quot;reason&quot;, &quot;recorded_by&quot;, &quot;reversed&quot;, ...}]}. </translation>
    </message>
    <message>
        <source>only the newest N movements (default: all)</source>
        <translation>solo los N movimientos más recientes (predeterminado: todos)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>This pantry has no locations yet.</source>
        <translation>Esta despensa todavía no tiene lugares.</translation>
    </message>
    <message>
        <source>Add one first: larder-cli --db FILE locations add --name &quot;Shelf A&quot; --kind shelf.</source>
        <translation>Agregue uno primero: larder-cli --db FILE locations add --name &quot;Estante A&quot; --kind shelf.</translation>
    </message>
    <message>
        <source>there is no location &quot;%1&quot; and no location at all yet.</source>
        <translation>no hay ningún lugar &quot;%1&quot; y todavía no hay ningún lugar.</translation>
    </message>
    <message>
        <source>Add one with: larder-cli --db FILE locations add --name &quot;%1&quot; --kind shelf.</source>
        <translation>Agregue uno con: larder-cli --db FILE locations add --name &quot;%1&quot; --kind shelf.</translation>
    </message>
    <message>
        <source>there is no location &quot;%1&quot;.</source>
        <translation>no hay ningún lugar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>no item has the barcode %1.</source>
        <translation>ningún artículo tiene el código de barras %1.</translation>
    </message>
    <message>
        <source>Check the number, or add the item: larder-cli --db FILE items add --name NAME --category CATEGORY --barcode %1.</source>
        <translation>Revise el número, o agregue el artículo: larder-cli --db FILE items add --name NAME --category CATEGORY --barcode %1.</translation>
    </message>
    <message>
        <source>no item is called &quot;%1&quot;.</source>
        <translation>ningún artículo se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>See the catalog with larder-cli --db FILE items, or give a barcode.</source>
        <translation>Vea el catálogo con larder-cli --db FILE items, o indique un código de barras.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2 items: %3.</source>
        <translation>&quot;%1&quot; podría ser %2 artículos: %3.</translation>
    </message>
    <message>
        <source>Give the whole name, a barcode or the item&apos;s id (larder-cli --db FILE items --json).</source>
        <translation>Dé el nombre completo, un código de barras o el identificador del artículo (larder-cli --db FILE items --json).</translation>
    </message>
    <message>
        <source>lot expiring %1</source>
        <translation>lote que vence %1</translation>
    </message>
    <message>
        <source>lot without expiry</source>
        <translation>lote sin vencimiento</translation>
    </message>
    <message>
        <source>how many, in the item&apos;s unit: 14, &quot;3 cases&quot; (times the case size) or 2x12</source>
        <translation>cuántos, en la unidad del artículo: 14, &quot;3 cajas&quot; (por el tamaño de caja) o 2x12</translation>
    </message>
    <message>
        <source>The item, X, is found by barcode, then by id, then by name: the whole name (any case) or words that only one item&apos;s name holds.</source>
        <translation>El artículo, X, se busca por código de barras, luego por identificador y luego por nombre: el nombre completo (sin importar mayúsculas) o palabras que solo tiene el nombre de un artículo.</translation>
    </message>
    <message>
        <source>Prints what it posted: a sentence, then the ledger rows with their ids (the ids that reverse takes); --json prints {&quot;action&quot;, &quot;reference&quot;, &quot;movements&quot;: [...]}. Bad input saves nothing and prints one line on stderr naming the option to fix (exit 1).</source>
        <translation>Muestra lo que registró: una frase y luego las filas del registro con sus identificadores (los que usa reverse); --json muestra {&quot;action&quot;, &quot;reference&quot;, &quot;movements&quot;: [...]}. Una entrada incorrecta no guarda nada y muestra una línea en stderr que nombra la opción que hay que corregir (código de salida 1).</translation>
    </message>
</context>
<context>
    <name>larder::cli::SupplierCommands</name>
    <message>
        <source>SUPPLIER: there is no supplier &quot;%1&quot;.</source>
        <translation>SUPPLIER: no hay ningún proveedor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This pantry has no suppliers yet; add one with suppliers add.</source>
        <translation>Esta despensa todavía no tiene proveedores; agregue uno con suppliers add.</translation>
    </message>
    <message>
        <source>Known suppliers: %1.</source>
        <translation>Proveedores conocidos: %1.</translation>
    </message>
    <message>
        <source>the supplier&apos;s name</source>
        <translation>el nombre del proveedor</translation>
    </message>
    <message>
        <source>who to ask for</source>
        <translation>por quién preguntar</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>pickup days, such as &quot;Tue, Sat&quot; (empty: none)</source>
        <translation>días de recolección, como &quot;mar, sáb&quot; (vacío: ninguno)</translation>
    </message>
    <message>
        <source>the address printed for the driver</source>
        <translation>la dirección que se imprime para el conductor</translation>
    </message>
    <message>
        <source>coordinates (&quot;41.85, -87.66&quot;) or a map link, for the routes (empty: none)</source>
        <translation>coordenadas (&quot;41.85, -87.66&quot;) o un enlace de mapa, para las rutas (vacío: ninguna)</translation>
    </message>
    <message>
        <source>what the driver should know</source>
        <translation>lo que el conductor debe saber</translation>
    </message>
    <message>
        <source>boxes a pickup usually fills (room in the vehicle; 0 to %1)</source>
        <translation>cajas que suele llenar una recolección (lugar en el vehículo; de 0 a %1)</translation>
    </message>
    <message>
        <source>Note: without coordinates (--where) this supplier cannot be placed on a pickup route.</source>
        <translation>Nota: sin coordenadas (--where), este proveedor no se puede ubicar en una ruta de recolección.</translation>
    </message>
    <message>
        <source>Added supplier &quot;%1&quot;, id %2.</source>
        <translation>Se agregó el proveedor &quot;%1&quot;, identificador %2.</translation>
    </message>
    <message>
        <source>Changed supplier &quot;%1&quot;.</source>
        <translation>Se cambió el proveedor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an active supplier again.</source>
        <translation>&quot;%1&quot; vuelve a ser un proveedor activo.</translation>
    </message>
    <message>
        <source>Retired supplier &quot;%1&quot;: it is kept for the history, and no longer offered at intake or on pickup runs.</source>
        <translation>Se retiró el proveedor &quot;%1&quot;: se conserva para el historial y ya no se ofrece en las entradas ni en las recolecciones.</translation>
    </message>
    <message>
        <source>This pantry has no suppliers yet; add one with larder-cli --db FILE suppliers add --name &quot;Mercado El Sol&quot; --where &quot;41.85, -87.66&quot;.</source>
        <translation>Esta despensa todavía no tiene proveedores; agregue uno con larder-cli --db FILE suppliers add --name &quot;Mercado El Sol&quot; --where &quot;41.85, -87.66&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Pickup days</source>
        <translation>Días de recolección</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>En el mapa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>List the suppliers, or add, edit, retire one (suppliers add).</source>
        <translation>Lista los proveedores, o agrega, cambia o retira uno (suppliers add).</translation>
    </message>
    <message>
        <source>Lists the active suppliers with kind, pickup days, address, coordinates and contact; --all adds retired ones. A supplier pickup run collects from the suppliers whose pickup day it is, planned by their coordinates. --json prints {&quot;suppliers&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;kind&quot;, &quot;contact&quot;, &quot;phone&quot;, &quot;pickup_days&quot;, &quot;address&quot;, &quot;latitude&quot;, &quot;longitude&quot;, &quot;notes&quot;, &quot;active&quot;}]}.</source>
        <translation>Lista los proveedores activos con tipo, días de recolección, dirección, coordenadas y contacto; --all agrega los retirados. Una recolección con proveedores recoge de los proveedores a los que les toca ese día, planificada según sus coordenadas. --json muestra {&quot;suppliers&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;kind&quot;, &quot;contact&quot;, &quot;phone&quot;, &quot;pickup_days&quot;, &quot;address&quot;, &quot;latitude&quot;, &quot;longitude&quot;, &quot;notes&quot;, &quot;active&quot;}]}.</translation>
    </message>
    <message>
        <source>include retired suppliers</source>
        <translation>incluir los proveedores retirados</translation>
    </message>
    <message>
        <source>Add a supplier.</source>
        <translation>Agrega un proveedor.</translation>
    </message>
    <message>
        <source>Adds a supplier. Kinds: %1 (the default is donor). Names are unique among active suppliers, whatever their case.</source>
        <translation>Agrega un proveedor. Tipos: %1 (el predeterminado es donor). Los nombres son únicos entre los proveedores activos, sin importar mayúsculas.</translation>
    </message>
    <message>
        <source>Change a supplier.</source>
        <translation>Cambia un proveedor.</translation>
    </message>
    <message>
        <source>Changes the fields given and keeps the others. An empty value clears a field (--where &quot;&quot; takes the supplier off the map).</source>
        <translation>Cambia los campos indicados y conserva los demás. Un valor vacío borra un campo (--where &quot;&quot; quita al proveedor del mapa).</translation>
    </message>
    <message>
        <source>Retire a supplier.</source>
        <translation>Retira un proveedor.</translation>
    </message>
    <message>
        <source>Keeps the supplier for the history (lots and movements name it) and stops offering it at intake and on pickup runs.</source>
        <translation>Conserva el proveedor para el historial (los lotes y los movimientos lo nombran) y deja de ofrecerlo en las entradas y en las recolecciones.</translation>
    </message>
    <message>
        <source>Make a retired supplier active again.</source>
        <translation>Vuelve a activar un proveedor retirado.</translation>
    </message>
    <message>
        <source>The opposite of retire.</source>
        <translation>Lo contrario de retire.</translation>
    </message>
</context>
<context>
    <name>larder::cli::SyncCommands</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(%1 bytes)</source>
        <translation>(%1 bytes)</translation>
    </message>
    <message>
        <source>sync needs a command: export, import, status, conflicts or resolve</source>
        <translation>sync necesita un comando: export, import, status, conflicts o resolve</translation>
    </message>
    <message>
        <source>--for needs a site id or a pantry&apos;s name</source>
        <translation>--for necesita un identificador de sitio o el nombre de una despensa</translation>
    </message>
    <message>
        <source>This file exists and is not a sync file, so export will not replace it.</source>
        <translation>Este archivo existe y no es un archivo de sincronización, así que export no lo reemplazará.</translation>
    </message>
    <message>
        <source>Give a new name, or the name of an older sync file to replace.</source>
        <translation>Dé un nombre nuevo, o el nombre de un archivo de sincronización anterior que reemplazar.</translation>
    </message>
    <message>
        <source>Exporting:</source>
        <translation>Exportando:</translation>
    </message>
    <message>
        <source>everything this laptop holds</source>
        <translation>todo lo que tiene esta computadora</translation>
    </message>
    <message>
        <source>what &quot;%1&quot; had not seen in its last file</source>
        <translation>lo que &quot;%1&quot; no había visto en su último archivo</translation>
    </message>
    <message>
        <source>Wrote %1: %2 operations, %3 bytes (%4).</source>
        <translation>Se escribió %1: %2 operaciones, %3 bytes (%4).</translation>
    </message>
    <message>
        <source>Importing %1:</source>
        <translation>Importando %1:</translation>
    </message>
    <message>
        <source>%1: from &quot;%2&quot; (site %3): %4 operations applied, %5 already here (skipped), %6 new conflicts to review.</source>
        <translation>%1: de &quot;%2&quot; (sitio %3): %4 operaciones aplicadas, %5 ya estaban aquí (omitidas), %6 conflictos nuevos que revisar.</translation>
    </message>
    <message>
        <source>%1: warning: the clock of &quot;%2&quot; is %3 ahead of this laptop&apos;s. Check the date and time on both laptops.</source>
        <translation>%1: aviso: el reloj de &quot;%2&quot; va %3 adelantado respecto al de esta computadora. Revise la fecha y la hora en ambas computadoras.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Site:      &quot;%1&quot; (%2)</source>
        <translation>Sitio:      &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Network:   %1</source>
        <translation>Red:        %1</translation>
    </message>
    <message>
        <source>Passphrase: %1</source>
        <translation>Contraseña: %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definida</translation>
    </message>
    <message>
        <source>none yet (this pantry is in no network: make a new file with init --passphrase-file or --join)</source>
        <translation>ninguna todavía (esta despensa no está en ninguna red: cree un archivo nuevo con init --passphrase-file o --join)</translation>
    </message>
    <message>
        <source>This laptop holds (changes per site):</source>
        <translation>Esta computadora tiene (cambios por sitio):</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>Peers (as of the last file each sent here):</source>
        <translation>Pares (según el último archivo que cada uno envió aquí):</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2): file made %3, imported %4; holds %5</source>
        <translation>&quot;%1&quot; (%2): archivo hecho %3, importado %4; tiene %5</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Open conflicts: %1%2</source>
        <translation>Conflictos abiertos: %1%2</translation>
    </message>
    <message>
        <source> (see larder-cli sync conflicts)</source>
        <translation> (vea larder-cli sync conflicts)</translation>
    </message>
    <message>
        <source>Recent imports:</source>
        <translation>Importaciones recientes:</translation>
    </message>
    <message>
        <source>%1  %2 from &quot;%3&quot;: %4 applied, %5 skipped, %6 conflicts</source>
        <translation>%1  %2 de &quot;%3&quot;: %4 aplicadas, %5 omitidas, %6 conflictos</translation>
    </message>
    <message>
        <source>; its clock was %1 ahead</source>
        <translation>; su reloj iba %1 adelantado</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No hay conflictos abiertos.</translation>
    </message>
    <message>
        <source>#%1  %2 %3, %4: kept %5 (from &quot;%6&quot;), replaced %7 (from &quot;%8&quot;); found %9</source>
        <translation>#%1  %2 %3, %4: se conservó %5 (de &quot;%6&quot;), se reemplazó %7 (de &quot;%8&quot;); detectado %9</translation>
    </message>
    <message>
        <source>Keep the value shown with &quot;sync resolve ID --accept&quot;, or bring the replaced one back with &quot;sync resolve ID --restore&quot;.</source>
        <translation>Conserve el valor mostrado con &quot;sync resolve ID --accept&quot;, o recupere el reemplazado con &quot;sync resolve ID --restore&quot;.</translation>
    </message>
    <message>
        <source>ID must be a conflict number from &quot;sync conflicts&quot;, not &quot;%1&quot;</source>
        <translation>ID debe ser un número de conflicto de &quot;sync conflicts&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either --accept or --restore</source>
        <translation>indique --accept o --restore</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>No hay ningún conflicto abierto %1.</translation>
    </message>
    <message>
        <source>List them with &quot;larder-cli sync conflicts&quot;.</source>
        <translation>Véalos con &quot;larder-cli sync conflicts&quot;.</translation>
    </message>
    <message>
        <source>Conflict %1 closed: %2 %3 keeps %4.</source>
        <translation>Conflicto %1 cerrado: %2 %3 conserva %4.</translation>
    </message>
    <message>
        <source>Conflict %1 closed: %2 %3 is %4 again, a new change the other laptops receive with the next sync file.</source>
        <translation>Conflicto %1 cerrado: %2 %3 vuelve a ser %4, un cambio nuevo que las otras computadoras reciben con el próximo archivo de sincronización.</translation>
    </message>
    <message>
        <source>give --json or --digest, not both</source>
        <translation>indique --json o --digest, no los dos</translation>
    </message>
    <message>
        <source>a file whose first line is the network&apos;s passphrase (never printed)</source>
        <translation>un archivo cuya primera línea es la contraseña de la red (nunca se muestra)</translation>
    </message>
    <message>
        <source>the network&apos;s passphrase is needed: add --passphrase-file P</source>
        <translation>hace falta la contraseña de la red: agregue --passphrase-file P</translation>
    </message>
    <message>
        <source>The passphrase is stretched with Argon2id at libsodium&apos;s moderate cost (about a second and 256 MiB). For tests only, the environment variable LARDER_KDF=minimal makes that cost negligible, and the files it makes easy to attack: never set it for a real pantry.</source>
        <translation>La contraseña se refuerza con Argon2id al costo moderado de libsodium (alrededor de un segundo y 256 MiB). Solo para pruebas, la variable de entorno LARDER_KDF=minimal hace que ese costo sea despreciable, y que los archivos que crea sean fáciles de atacar: nunca la defina para una despensa real.</translation>
    </message>
    <message>
        <source>Share data with the network&apos;s other laptops through sync files.</source>
        <translation>Comparte datos con las otras computadoras de la red mediante archivos de sincronización.</translation>
    </message>
    <message>
        <source>The laptops of a network carry their changes to each other in encrypted sync files: on a USB stick, through a messaging app or a shared folder. Import is idempotent and order-independent: any set of files, imported in any order, any number of times, gives every laptop the same data. A damaged, truncated, foreign, wrong-passphrase or newer-format file is refused whole and nothing changes.</source>
        <translation>Las computadoras de una red se llevan sus cambios unas a otras en archivos de sincronización cifrados: en una memoria USB, por una aplicación de mensajería o en una carpeta compartida. La importación es idempotente y no depende del orden: cualquier conjunto de archivos, importados en cualquier orden y cualquier número de veces, da a todas las computadoras los mismos datos. Un archivo dañado, cortado, de otra red, con la contraseña equivocada o de un formato más nuevo se rechaza entero y no cambia nada.</translation>
    </message>
    <message>
        <source>Write a sync file for the other laptops.</source>
        <translation>Escribe un archivo de sincronización para las otras computadoras.</translation>
    </message>
    <message>
        <source>Writes every change this laptop holds (its own and those relayed from others) into OUT, encrypted with the network&apos;s passphrase; with --for, only what that peer had not seen in the last file it sent here. The file is written under a temporary name and renamed. An existing file is replaced only if it is a sync file. Prints the number of changes (operations) and the bytes written; --json prints {&quot;file&quot;, &quot;operations&quot;, &quot;bytes&quot;, &quot;for&quot;}. </source>
        <translation>Escribe en OUT todos los cambios que tiene esta computadora (los propios y los que otras le pasaron), cifrados con la contraseña de la red; con --for, solo lo que ese par no había visto en el último archivo que envió aquí. El archivo se escribe con un nombre temporal y luego se renombra. Un archivo existente solo se reemplaza si es un archivo de sincronización. Muestra el número de cambios (operaciones) y los bytes escritos; --json muestra {&quot;file&quot;, &quot;operations&quot;, &quot;bytes&quot;, &quot;for&quot;}. </translation>
    </message>
    <message>
        <source>only what this peer lacks: its site id or pantry name</source>
        <translation>solo lo que le falta a este par: su identificador de sitio o el nombre de la despensa</translation>
    </message>
    <message>
        <source>Apply the changes in one or more sync files.</source>
        <translation>Aplica los cambios de uno o más archivos de sincronización.</translation>
    </message>
    <message>
        <source>Show this laptop&apos;s network, what it holds and what came from whom.</source>
        <translation>Muestra la red de esta computadora, lo que tiene y lo que llegó de quién.</translation>
    </message>
    <message>
        <source>Prints the site id and name, the network id, whether the passphrase is set, how many changes this laptop holds from each site (its version vector), the peers it has received files from (when the file was made, when it was imported, what the peer held), the number of open conflicts and the last imports. --json prints {&quot;site&quot;, &quot;name&quot;, &quot;network&quot;, &quot;passphrase_set&quot;, &quot;version_vector&quot;, &quot;peers&quot;: [...], &quot;open_conflicts&quot;, &quot;recent_imports&quot;: [...]}.</source>
        <translation>Muestra el identificador y el nombre del sitio, el identificador de la red, si la contraseña está definida, cuántos cambios tiene esta computadora de cada sitio (su vector de versiones), los pares de los que ha recibido archivos (cuándo se hizo el archivo, cuándo se importó, qué tenía el par), el número de conflictos abiertos y las últimas importaciones. --json muestra {&quot;site&quot;, &quot;name&quot;, &quot;network&quot;, &quot;passphrase_set&quot;, &quot;version_vector&quot;, &quot;peers&quot;: [...], &quot;open_conflicts&quot;, &quot;recent_imports&quot;: [...]}.</translation>
    </message>
    <message>
        <source>List concurrent edits waiting for a coordinator&apos;s review.</source>
        <translation>Lista las ediciones simultáneas que esperan la revisión de quien coordina.</translation>
    </message>
    <message>
        <source>When two laptops changed the same field without having seen each other&apos;s change, the newer change wins everywhere and the other is listed here: its id, the record and field, the kept and the replaced value and where each came from. Values can be personal data. --json prints {&quot;conflicts&quot;: [{&quot;id&quot;, &quot;table&quot;, &quot;row_id&quot;, &quot;column&quot;, &quot;kept_value&quot;, &quot;kept_site&quot;, &quot;lost_value&quot;, &quot;lost_site&quot;, ...}]}.</source>
        <translation>Cuando dos computadoras cambiaron el mismo campo sin haber visto el cambio de la otra, el cambio más reciente gana en todas partes y el otro aparece aquí: su identificador, el registro y el campo, el valor conservado y el reemplazado, y de dónde vino cada uno. Los valores pueden ser datos personales. --json muestra {&quot;conflicts&quot;: [{&quot;id&quot;, &quot;table&quot;, &quot;row_id&quot;, &quot;column&quot;, &quot;kept_value&quot;, &quot;kept_site&quot;, &quot;lost_value&quot;, &quot;lost_site&quot;, ...}]}.</translation>
    </message>
    <message>
        <source>Close a conflict: keep the value, or restore the replaced one.</source>
        <translation>Cierra un conflicto: conserva el valor o recupera el reemplazado.</translation>
    </message>
    <message>
        <source>--accept keeps the value the merge rule chose and closes the conflict. --restore writes the replaced value back as a new change, which wins and reaches the other laptops with the next sync file.</source>
        <translation>--accept conserva el valor que eligió la regla de combinación y cierra el conflicto. --restore vuelve a escribir el valor reemplazado como un cambio nuevo, que gana y llega a las otras computadoras con el próximo archivo de sincronización.</translation>
    </message>
    <message>
        <source>keep the value shown</source>
        <translation>conservar el valor mostrado</translation>
    </message>
    <message>
        <source>bring the replaced value back</source>
        <translation>recuperar el valor reemplazado</translation>
    </message>
    <message>
        <source>Print the data the network shares, canonically, or its digest.</source>
        <translation>Muestra los datos que comparte la red, en forma canónica, o su resumen.</translation>
    </message>
    <message>
        <source>Prints every synced record&apos;s current values and every ledger row, ordered by table and id, without anything that belongs to this laptop only: one JSON object per line, {&quot;table&quot;, &quot;row&quot;}; --json prints them as one JSON array. --digest prints only the SHA-256 of the lines: two laptops that have exchanged everything print the same digest. The dump holds households&apos; personal data in clear: keep it safe.</source>
        <translation>Muestra los valores actuales de cada registro sincronizado y cada fila del registro de existencias, ordenados por tabla e identificador, sin nada que pertenezca solo a esta computadora: un objeto JSON por línea, {&quot;table&quot;, &quot;row&quot;}; --json los muestra como un solo arreglo JSON. --digest muestra solo el SHA-256 de las líneas: dos computadoras que lo han intercambiado todo muestran el mismo resumen. El volcado contiene los datos personales de los hogares sin cifrar: guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <source>print only the SHA-256</source>
        <translation>mostrar solo el SHA-256</translation>
    </message>
    <message>
        <source>            changed on &quot;%1&quot;: the new passphrase opens this pantry from its next use with it</source>
        <translation>            cambiada en &quot;%1&quot;: la nueva contraseña abre esta despensa a partir de la próxima vez que se use con ella</translation>
    </message>
    <message>
        <source>%1: the network&apos;s key was rotated on &quot;%2&quot;; this pantry took the new key and now opens with the new passphrase only.</source>
        <translation>%1: la clave de la red se cambió en &quot;%2&quot;; esta despensa tomó la clave nueva y ahora solo se abre con la nueva contraseña.</translation>
    </message>
    <message>
        <source>%1: the network&apos;s passphrase was changed on &quot;%2&quot;; this pantry now opens with the new one only.</source>
        <translation>%1: la contraseña de la red se cambió en &quot;%2&quot;; esta despensa ahora solo se abre con la nueva.</translation>
    </message>
    <message>
        <source>%1: the network&apos;s passphrase was changed on &quot;%2&quot;; give the new one next time and this pantry takes it.</source>
        <translation>%1: la contraseña de la red se cambió en &quot;%2&quot;; dé la nueva la próxima vez y esta despensa la tomará.</translation>
    </message>
    <message>
        <source>Imports each FILE in its own transaction and prints, per file, who sent it, how many changes were new (applied) and how many this laptop had already (skipped), the concurrent edits it listed for review (see sync conflicts), and a warning when the sender&apos;s clock is more than an hour ahead of this one&apos;s (more than a day ahead is refused). A refused file (damaged, cut short, from another network, the wrong passphrase, a newer Larder) changes nothing and gets one line on stderr; the other files still import, and the exit code is then 1. --json prints {&quot;files&quot;: [{&quot;file&quot;, &quot;ok&quot;, &quot;from_site&quot;, &quot;from_name&quot;, &quot;applied&quot;, &quot;skipped&quot;, &quot;conflicts&quot;, &quot;clock_ahead_ms&quot;, &quot;clock_warning&quot;} or {&quot;file&quot;, &quot;ok&quot;: false, &quot;error&quot;, &quot;message&quot;}]}. When the network&apos;s key was rotated on another laptop (passphrase rotate), give this pantry&apos;s passphrase with --passphrase-file and the new one with --new-passphrase-file: the pantry takes the new key. </source>
        <translation>Importa cada FILE en su propia transacción y muestra, por archivo, quién lo envió, cuántos cambios eran nuevos (aplicados) y cuántos ya tenía esta computadora (omitidos), las ediciones simultáneas que dejó para revisar (vea sync conflicts) y un aviso cuando el reloj del remitente va más de una hora adelantado respecto al de esta (si va más de un día adelantado, el archivo se rechaza). Un archivo rechazado (dañado, cortado, de otra red, con la contraseña equivocada, de un Larder más reciente) no cambia nada y produce una línea en stderr; los demás archivos se importan igual, y el código de salida es entonces 1. --json muestra {&quot;files&quot;: [{&quot;file&quot;, &quot;ok&quot;, &quot;from_site&quot;, &quot;from_name&quot;, &quot;applied&quot;, &quot;skipped&quot;, &quot;conflicts&quot;, &quot;clock_ahead_ms&quot;, &quot;clock_warning&quot;} o {&quot;file&quot;, &quot;ok&quot;: false, &quot;error&quot;, &quot;message&quot;}]}. Cuando la clave de la red se cambió en otra computadora (passphrase rotate), dé la contraseña de esta despensa con --passphrase-file y la nueva con --new-passphrase-file: la despensa toma la clave nueva. </translation>
    </message>
    <message>
        <source>a file whose first line is the network&apos;s new passphrase</source>
        <translation>un archivo cuya primera línea es la nueva contraseña de la red</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>huella %1</translation>
    </message>
    <message>
        <source>no key yet (history vouched for by &quot;%1&quot;)</source>
        <translation>aún sin clave (historial avalado por «%1»)</translation>
    </message>
    <message>
        <source> — this laptop</source>
        <translation> — esta computadora</translation>
    </message>
    <message>
        <source>; %1 changes signed; known since %2, from &quot;%3&quot;</source>
        <translation>; %1 cambios firmados; conocida desde %2, por «%3»</translation>
    </message>
    <message>
        <source>; id from before signed changes</source>
        <translation>; identificador de antes de los cambios firmados</translation>
    </message>
    <message>
        <source>; REVOKED by &quot;%1&quot; on %2, after its change %3</source>
        <translation>; REVOCADA por «%1» el %2, después de su cambio %3</translation>
    </message>
    <message>
        <source>No laptop is known yet: the list fills with the first sync file this laptop exports or imports.</source>
        <translation>Aún no se conoce ninguna computadora: la lista se llena con el primer archivo de sincronización que esta computadora exporte o importe.</translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot; (fingerprint %2): its changes after number %3 are refused on every laptop this laptop&apos;s next sync files reach, and its own files are refused whole.</source>
        <translation>Se revocó «%1» (huella %2): sus cambios posteriores al número %3 se rechazan en cada computadora a la que lleguen los próximos archivos de sincronización de esta, y sus propios archivos se rechazan enteros.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>If the laptop was lost, also rotate the network&apos;s key (&quot;larder-cli passphrase rotate&quot;), so it cannot read what is shared from now on.</source>
        <translation>Si la computadora se perdió, cambie también la clave de la red («larder-cli passphrase rotate»), para que no pueda leer lo que se comparta a partir de ahora.</translation>
    </message>
    <message>
        <source>List the network&apos;s laptops with their key fingerprints.</source>
        <translation>Lista las computadoras de la red con las huellas de sus claves.</translation>
    </message>
    <message>
        <source>Every laptop this one knows from sync files, itself first: its name, the fingerprint of the key that signs its changes (compare it with the one on that laptop&apos;s Sync page before trusting it), how many of its changes this laptop holds signed, when and from whose file it was first seen, and whether it was revoked. A laptop from before signed changes shows no key until its own first new file arrives; its history is vouched for by the laptop that relayed it. --json prints {&quot;members&quot;: [{&quot;site&quot;, &quot;name&quot;, &quot;fingerprint&quot;, &quot;self&quot;, &quot;signed_up_to&quot;, &quot;revoked_after&quot;, ...}]}.</source>
        <translation>Cada computadora que esta conoce por los archivos de sincronización, ella primero: su nombre, la huella de la clave que firma sus cambios (compárela con la de la página Sincronizar de esa computadora antes de confiar en ella), cuántos de sus cambios tiene firmados esta computadora, cuándo y por el archivo de quién se vio por primera vez, y si fue revocada. Una computadora de antes de los cambios firmados no muestra clave hasta que llega su propio primer archivo nuevo; su historial lo avala la computadora que lo transmitió. --json imprime {&quot;members&quot;: [{&quot;site&quot;, &quot;name&quot;, &quot;fingerprint&quot;, &quot;self&quot;, &quot;signed_up_to&quot;, &quot;revoked_after&quot;, ...}]}.</translation>
    </message>
    <message>
        <source>Revoke a lost or misused laptop: its new changes are refused.</source>
        <translation>Revoca una computadora perdida o mal usada: sus nuevos cambios se rechazan.</translation>
    </message>
    <message>
        <source>Names the laptop by its name or the start of its id (as &quot;sync members&quot; shows it). Its changes after the newest one this laptop holds are refused on every laptop the revocation reaches — it travels, signed by this laptop, in every sync file from now on — and files it makes are refused whole. It cannot be undone. Revoking does not stop the lost laptop reading new files: rotate the network&apos;s key as well (&quot;passphrase rotate&quot;).</source>
        <translation>Nombra la computadora por su nombre o el comienzo de su identificador (como lo muestra «sync members»). Sus cambios posteriores al más reciente que tiene esta computadora se rechazan en cada computadora a la que llegue la revocación —viaja, firmada por esta computadora, en cada archivo de sincronización a partir de ahora— y los archivos que haga se rechazan enteros. No se puede deshacer. Revocarla no impide que la computadora perdida lea archivos nuevos: cambie también la clave de la red («passphrase rotate»).</translation>
    </message>
    <message>
        <source>%1: %2 changes follow ones this laptop does not hold yet; they come again with a full export from &quot;%3&quot;.</source>
        <translation>%1: %2 cambios siguen a otros que esta computadora aún no tiene; volverán a llegar con una exportación completa de «%3».</translation>
    </message>
    <message>
        <source>%1: %2 changes were made by a revoked laptop after its revocation, and were refused.</source>
        <translation>%1: %2 cambios los hizo una computadora revocada después de su revocación, y se rechazaron.</translation>
    </message>
</context>
<context>
    <name>larder::demo::DemoData</name>
    <message>
        <source>The number of demo households must be from 0 to 10,000,000.</source>
        <translation>El número de hogares de prueba debe ser de 0 a 10.000.000.</translation>
    </message>
    <message>
        <source>Ask for fewer households.</source>
        <translation>Pida menos hogares.</translation>
    </message>
    <message>
        <source>The demo history must be from 1 to 520 weeks long.</source>
        <translation>El historial de prueba debe durar de 1 a 520 semanas.</translation>
    </message>
    <message>
        <source>Ask for fewer weeks.</source>
        <translation>Pida menos semanas.</translation>
    </message>
    <message>
        <source>The number of demo movements must be from 0 to 1,000,000,000.</source>
        <translation>El número de movimientos de prueba debe ser de 0 a 1.000.000.000.</translation>
    </message>
    <message>
        <source>Ask for fewer movements, or 0 for a realistic number.</source>
        <translation>Pida menos movimientos, o 0 para un número realista.</translation>
    </message>
    <message>
        <source>The demo&apos;s box template &quot;%1&quot; names an item that is not in its catalog: &quot;%2&quot;.</source>
        <translation>La plantilla de caja de prueba &quot;%1&quot; menciona un artículo que no está en su catálogo: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Report this as a bug in Larder&apos;s demo data.</source>
        <translation>Informe de esto como un error en los datos de prueba de Larder.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Neighbour says they moved</source>
        <translation>Un vecino dice que se mudaron</translation>
    </message>
    <message>
        <source>Nobody answered, left a note</source>
        <translation>Nadie contestó, se dejó una nota</translation>
    </message>
    <message>
        <source>Gate locked</source>
        <translation>Reja cerrada con llave</translation>
    </message>
    <message>
        <source>Food bank delivery for the next distribution day</source>
        <translation>Entrega del banco de alimentos para el próximo día de reparto</translation>
    </message>
</context>
<context>
    <name>larder::inventory::InputParser</name>
    <message>
        <source>%1 is already past.</source>
        <translation>%1 ya pasó.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Larder understands. Type a date such as 12/5, 2027-01-15 or 2027-01, or a span such as 5d, 3w or 2m.</source>
        <translation>&quot;%1&quot; no es una fecha que Larder entienda. Escriba una fecha como 12/5, 2027-01-15 o 2027-01, o un plazo como 5d, 3w o 2m.</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>No existe el mes %1.</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 no es una fecha real.</translation>
    </message>
    <message>
        <source>Type how many, for example 14 or 3 cases.</source>
        <translation>Escriba cuántos, por ejemplo 14 o 3 cajas.</translation>
    </message>
    <message>
        <source>This item has no case size. Type the number of units instead, or set the case size on the item.</source>
        <translation>Este artículo no tiene tamaño de caja. Escriba el número de unidades, o defina el tamaño de caja en el artículo.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero. To take stock out, use distribute or dispose; to fix a mistake, undo the entry.</source>
        <translation>La cantidad debe ser mayor que cero. Para sacar existencias, use entregar o desechar; para corregir un error, deshaga la entrada.</translation>
    </message>
    <message>
        <source>Quantities are whole units. Type %1 as a whole number.</source>
        <translation>Las cantidades son unidades enteras. Escriba %1 como número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity. Type a number, such as 14 or 3 cases.</source>
        <translation>&quot;%1&quot; no es una cantidad. Escriba un número, como 14 o 3 cajas.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La cantidad debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>%1 is more than Larder accepts in one entry (%2). Check the number; split a very large delivery into several entries.</source>
        <translation>%1 es más de lo que Larder acepta en una sola entrada (%2). Revise el número; divida una entrega muy grande en varias entradas.</translation>
    </message>
</context>
<context>
    <name>larder::inventory::Inventory</name>
    <message>
        <source>The barcode %1 already belongs to &quot;%2&quot;.</source>
        <translation>El código de barras %1 ya pertenece a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Scan it to find that item, or remove the code from it first.</source>
        <translation>Escanéelo para encontrar ese artículo, o quítele primero el código.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Este artículo ya no existe.</translation>
    </message>
    <message>
        <source>The location needs a name.</source>
        <translation>El lugar necesita un nombre.</translation>
    </message>
    <message>
        <source>Type a name, such as &quot;Shelf B&quot;.</source>
        <translation>Escriba un nombre, como &quot;Estante B&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of location.</source>
        <translation>&quot;%1&quot; no es un tipo de lugar.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Elija uno de estos: %1.</translation>
    </message>
    <message>
        <source>There is already a location called &quot;%1&quot;.</source>
        <translation>Ya hay un lugar que se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Elija otro nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired.</source>
        <translation>&quot;%1&quot; está retirado.</translation>
    </message>
    <message>
        <source>Make it active again in the catalog before receiving it.</source>
        <translation>Vuelva a activarlo en el catálogo antes de recibirlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of intake.</source>
        <translation>&quot;%1&quot; no es un tipo de entrada.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use uno de estos: %1.</translation>
    </message>
    <message>
        <source>That supplier does not exist.</source>
        <translation>Ese proveedor no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is perishable: type its expiry date.</source>
        <translation>&quot;%1&quot; es perecedero: escriba su fecha de vencimiento.</translation>
    </message>
    <message>
        <source>For example 5d, 12/5 or 2027-01.</source>
        <translation>Por ejemplo 5d, 12/5 o 2027-01.</translation>
    </message>
    <message>
        <source>The expiry date %1 is already past.</source>
        <translation>La fecha de vencimiento %1 ya pasó.</translation>
    </message>
    <message>
        <source>Check the date on the package; food past its date goes to disposal, not onto the shelf.</source>
        <translation>Revise la fecha en el paquete; la comida vencida se desecha, no va al estante.</translation>
    </message>
    <message>
        <source>Only %1 of &quot;%2&quot; on hand; %3 asked for.</source>
        <translation>Solo hay %1 de &quot;%2&quot;; se pidieron %3.</translation>
    </message>
    <message>
        <source>Give out what there is, or record the intake that is missing first.</source>
        <translation>Entregue lo que hay, o registre primero la entrada que falta.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; anywhere to take from.</source>
        <translation>No hay &quot;%1&quot; en ningún lugar de donde sacarlo.</translation>
    </message>
    <message>
        <source>Choose the location it was taken from.</source>
        <translation>Elija el lugar de donde se sacó.</translation>
    </message>
    <message>
        <source>Say why this stock is thrown away.</source>
        <translation>Diga por qué se desechan estas existencias.</translation>
    </message>
    <message>
        <source>Only %1 on hand in that lot at that location; %2 asked for.</source>
        <translation>Solo hay %1 en ese lote en ese lugar; se pidieron %2.</translation>
    </message>
    <message>
        <source>Check the lot and location, or count the shelf first.</source>
        <translation>Revise el lote y el lugar, o cuente primero el estante.</translation>
    </message>
    <message>
        <source>The stock is already at %1.</source>
        <translation>Las existencias ya están en %1.</translation>
    </message>
    <message>
        <source>Choose another location.</source>
        <translation>Elija otro lugar.</translation>
    </message>
    <message>
        <source>Only %1 on hand in that lot at %2; %3 asked for.</source>
        <translation>Solo hay %1 en ese lote en %2; se pidieron %3.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>That lot is not a lot of this item.</source>
        <translation>Ese lote no es de este artículo.</translation>
    </message>
    <message>
        <source>undelivered</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <source>That movement does not exist.</source>
        <translation>Ese movimiento no existe.</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed.</source>
        <translation>Una anulación no se puede anular.</translation>
    </message>
    <message>
        <source>Record the movement again instead.</source>
        <translation>Registre el movimiento de nuevo.</translation>
    </message>
    <message>
        <source>This movement was reversed already.</source>
        <translation>Este movimiento ya se anuló.</translation>
    </message>
    <message>
        <source>A count of this stock is already open (started %1).</source>
        <translation>Ya hay un conteo abierto de estas existencias (empezado %1).</translation>
    </message>
    <message>
        <source>Finish or cancel that count first.</source>
        <translation>Termine o cancele primero ese conteo.</translation>
    </message>
    <message>
        <source>That count line does not exist.</source>
        <translation>Esa línea de conteo no existe.</translation>
    </message>
    <message>
        <source>A counted quantity is a whole number from 0 up.</source>
        <translation>Una cantidad contada es un número entero desde 0.</translation>
    </message>
    <message>
        <source>Type what is on the shelf, 0 if nothing; leave it empty if not counted.</source>
        <translation>Escriba lo que hay en el estante, 0 si no hay nada; déjelo vacío si no se contó.</translation>
    </message>
    <message>
        <source>This count is for another location.</source>
        <translation>Este conteo es de otro lugar.</translation>
    </message>
    <message>
        <source>This stock is on the count already.</source>
        <translation>Estas existencias ya están en el conteo.</translation>
    </message>
    <message>
        <source>Enter its count there.</source>
        <translation>Escriba allí su conteo.</translation>
    </message>
    <message>
        <source>The item needs a name.</source>
        <translation>El artículo necesita un nombre.</translation>
    </message>
    <message>
        <source>Type a name, such as &quot;Rice 2 lb&quot;.</source>
        <translation>Escriba un nombre, como &quot;Arroz 2 lb&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation>&quot;%1&quot; no es una categoría.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit.</source>
        <translation>&quot;%1&quot; no es una unidad.</translation>
    </message>
    <message>
        <source>A case of %1 is not possible.</source>
        <translation>Una caja de %1 no es posible.</translation>
    </message>
    <message>
        <source>Type how many units a case holds, or 0.</source>
        <translation>Escriba cuántas unidades trae una caja, o 0.</translation>
    </message>
    <message>
        <source>An item counted in cases needs its case size.</source>
        <translation>Un artículo que se cuenta por cajas necesita el tamaño de su caja.</translation>
    </message>
    <message>
        <source>Type how many units one case holds.</source>
        <translation>Escriba cuántas unidades trae una caja.</translation>
    </message>
    <message>
        <source>Weights, shelf life and par level cannot be negative.</source>
        <translation>Los pesos, la duración y el nivel mínimo no pueden ser negativos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dietary tag.</source>
        <translation>&quot;%1&quot; no es una etiqueta de dieta.</translation>
    </message>
    <message>
        <source>Use: %1.</source>
        <translation>Use: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode.</source>
        <translation>&quot;%1&quot; no es un código de barras.</translation>
    </message>
    <message>
        <source>Choose a location.</source>
        <translation>Elija un lugar.</translation>
    </message>
    <message>
        <source>That location does not exist.</source>
        <translation>Ese lugar no existe.</translation>
    </message>
    <message>
        <source>Choose one of the pantry&apos;s locations.</source>
        <translation>Elija uno de los lugares de la despensa.</translation>
    </message>
    <message>
        <source>That item does not exist.</source>
        <translation>Ese artículo no existe.</translation>
    </message>
    <message>
        <source>Scan or search for the item again.</source>
        <translation>Escanee o busque el artículo de nuevo.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La cantidad debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>%1 is more than Larder accepts in one entry (%2).</source>
        <translation>%1 es más de lo que Larder acepta en una sola entrada (%2).</translation>
    </message>
    <message>
        <source>Check the number; split a very large delivery into several entries.</source>
        <translation>Revise el número; divida una entrega muy grande en varias entradas.</translation>
    </message>
    <message>
        <source>That count does not exist.</source>
        <translation>Ese conteo no existe.</translation>
    </message>
    <message>
        <source>That count is closed already.</source>
        <translation>Ese conteo ya está cerrado.</translation>
    </message>
    <message>
        <source>Start a new count.</source>
        <translation>Empiece un conteo nuevo.</translation>
    </message>
</context>
<context>
    <name>larder::inventory::Quantities</name>
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
    <message>
        <source>1 case</source>
        <translation>1 caja</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 cajas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and unit, e.g. 3 lb</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>larder::inventory::Suppliers</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Pickup days</source>
        <translation>Días de recolección</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>Notes for the driver</source>
        <translation>Notas para el conductor</translation>
    </message>
    <message>
        <source>Usual load</source>
        <translation>Carga habitual</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n characters is too long.</source>
        <translation>
            <numerusform>%n carácter es demasiado largo.</numerusform>
            <numerusform>%n caracteres es demasiado largo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation>Use menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>the supplier needs a name.</source>
        <translation>el proveedor necesita un nombre.</translation>
    </message>
    <message>
        <source>Type the name drivers and volunteers know it by, such as &quot;Mercado El Sol&quot;.</source>
        <translation>Escriba el nombre con el que lo conocen los conductores y voluntarios, como &quot;Mercado El Sol&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of supplier.</source>
        <translation>&quot;%1&quot; no es un tipo de proveedor.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Elija uno de estos: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week.</source>
        <translation>&quot;%1&quot; no es un día de la semana.</translation>
    </message>
    <message>
        <source>Type days such as &quot;Tue, Sat&quot;.</source>
        <translation>Escriba días como &quot;mar, sáb&quot;.</translation>
    </message>
    <message>
        <source>%1, %2 is not a place.</source>
        <translation>%1, %2 no es un lugar.</translation>
    </message>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a map link.</source>
        <translation>Escriba la latitud y la longitud, como 41.8575, -87.6607, o pegue un enlace de mapa.</translation>
    </message>
    <message>
        <source>%1 is not a number of boxes.</source>
        <translation>%1 no es un número de cajas.</translation>
    </message>
    <message>
        <source>Type a number from 0 to %1.</source>
        <translation>Escriba un número de 0 a %1.</translation>
    </message>
    <message>
        <source>There is already a supplier called &quot;%1&quot;.</source>
        <translation>Ya hay un proveedor que se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose another name, or change that supplier instead.</source>
        <translation>Elija otro nombre o, en su lugar, cambie ese proveedor.</translation>
    </message>
    <message>
        <source>This supplier is no longer on file.</source>
        <translation>Este proveedor ya no está registrado.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>Vuelva a cargar la lista.</translation>
    </message>
</context>
<context>
    <name>larder::io::Anonymity</name>
    <message>
        <source>The date the record was made: its month.</source>
        <translation>La fecha de alta del registro: su mes.</translation>
    </message>
    <message>
        <source>The date the record was made: its quarter (2026-Q1).</source>
        <translation>La fecha de alta del registro: su trimestre (2026-T1).</translation>
    </message>
    <message>
        <source>The date the record was made: its year.</source>
        <translation>La fecha de alta del registro: su año.</translation>
    </message>
    <message>
        <source>The date the record was made: not shown.</source>
        <translation>La fecha de alta del registro: no se muestra.</translation>
    </message>
    <message>
        <source>Larder: redacted household export. No names or addresses or phones or notes or record ids.</source>
        <translation>Larder: exportación de hogares anonimizada. Sin nombres, direcciones, teléfonos, notas ni ids de registro.</translation>
    </message>
    <message>
        <source>Anonymous with k = %1: each combination of values in the rows below is shared by at least %1 households.</source>
        <translation>Anónima con k = %1: cada combinación de valores de las filas siguientes la comparten al menos %1 hogares.</translation>
    </message>
    <message>
        <source>Generalised: the postal code to its area (its first 3 characters or the part before a space). Household size in bands %1. %2</source>
        <translation>Generalizado: el código postal a su zona (sus 3 primeros caracteres o la parte antes de un espacio). Tamaño del hogar en rangos %1. %2</translation>
    </message>
    <message>
        <source>Not shown because together they single households out: dietary tags / languages / contact consents / schedule / delivery day and window / status date.</source>
        <translation>No se muestran porque juntos identifican hogares: etiquetas de dieta / idiomas / permisos de contacto / frecuencia / día y franja de entrega / fecha de estado.</translation>
    </message>
    <message>
        <source>Left out: none. The pantry has no households.</source>
        <translation>Dejados fuera: ninguno. La despensa no tiene hogares.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: all %n household(s). With fewer than %1 households in the pantry any row would single one out.</source>
        <translation>
            <numerusform>Dejados fuera: el único hogar (%n). Con menos de %1 hogares en la despensa cualquier fila identificaría a uno.</numerusform>
            <numerusform>Dejados fuera: los %n hogares. Con menos de %1 hogares en la despensa cualquier fila identificaría a uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1 of %2 households. Their combination of values was shared by fewer than %3 households.</source>
        <translation>Dejados fuera: %1 de %2 hogares. Su combinación de valores la compartían menos de %3 hogares.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: none. All %n household(s) are in the file.</source>
        <translation>
            <numerusform>Dejados fuera: ninguno. El único hogar (%n) está en el archivo.</numerusform>
            <numerusform>Dejados fuera: ninguno. Los %n hogares están en el archivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>larder::io::ColumnMapper</name>
    <message>
        <source>Larder id</source>
        <translation>Identificador de Larder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Units per case</source>
        <translation>Unidades por caja</translation>
    </message>
    <message>
        <source>Grams per unit</source>
        <translation>Gramos por unidad</translation>
    </message>
    <message>
        <source>Perishable</source>
        <translation>Perecedero</translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>Duración (días)</translation>
    </message>
    <message>
        <source>Dietary tags</source>
        <translation>Etiquetas de dieta</translation>
    </message>
    <message>
        <source>Par level</source>
        <translation>Nivel mínimo</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Códigos de barras</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Larder does not keep dates of birth.</source>
        <translation>Larder no guarda fechas de nacimiento.</translation>
    </message>
    <message>
        <source>Larder does not keep legal names or identity documents.</source>
        <translation>Larder no guarda nombres legales ni documentos de identidad.</translation>
    </message>
    <message>
        <source>Larder does not keep immigration status.</source>
        <translation>Larder no guarda la situación migratoria.</translation>
    </message>
    <message>
        <source>Larder does not keep income or benefits.</source>
        <translation>Larder no guarda ingresos ni beneficios.</translation>
    </message>
    <message>
        <source>Larder does not keep photos.</source>
        <translation>Larder no guarda fotos.</translation>
    </message>
    <message>
        <source>This column is never imported.</source>
        <translation>Esta columna nunca se importa.</translation>
    </message>
    <message>
        <source>Not imported: Larder has no field for this column.</source>
        <translation>No se importa: Larder no tiene un campo para esta columna.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation>El archivo no tiene la columna &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Its columns are: %1.</source>
        <translation>Sus columnas son: %1.</translation>
    </message>
    <message>
        <source>Not imported: skipped by choice.</source>
        <translation>No se importa: se omitió a propósito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field Larder can import.</source>
        <translation>&quot;%1&quot; no es un campo que Larder pueda importar.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use uno de estos: %1.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is never imported.</source>
        <translation>La columna &quot;%1&quot; nunca se importa.</translation>
    </message>
</context>
<context>
    <name>larder::io::CsvExporter</name>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Exportación cancelada. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The file cannot be written (%1).</source>
        <translation>No se puede escribir el archivo (%1).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>No se pudo escribir el archivo (%1).</translation>
    </message>
    <message>
        <source>Check that the disk or stick is not full.</source>
        <translation>Revise que el disco o la memoria USB no esté lleno.</translation>
    </message>
    <message>
        <source>A full export contains personal data: names, addresses and phone numbers of the people the pantry serves.</source>
        <translation>Una exportación completa contiene datos personales: nombres, direcciones y números de teléfono de las personas a las que sirve la despensa.</translation>
    </message>
    <message>
        <source>Confirm that this file contains personal data and will be kept safe (--confirm-personal-data), or make a redacted export (--redacted).</source>
        <translation>Confirme que este archivo contiene datos personales y que se guardará en un lugar seguro (--confirm-personal-data), o haga una exportación sin datos personales (--redacted).</translation>
    </message>
</context>
<context>
    <name>larder::io::CsvImporter</name>
    <message>
        <source>&quot;%1&quot; is not a key rows can be matched on.</source>
        <translation>&quot;%1&quot; no es una clave con la que se puedan emparejar las filas.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use una de estas: %1.</translation>
    </message>
    <message>
        <source>No column of the file is taken as &quot;%1&quot;.</source>
        <translation>Ninguna columna del archivo se toma como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the column that holds it (for example --map &quot;Nombre=%1&quot;).</source>
        <translation>Elija la columna que lo contiene (por ejemplo --map &quot;Nombre=%1&quot;).</translation>
    </message>
    <message>
        <source>Rows are to be matched on their Larder id, but no column holds it.</source>
        <translation>Las filas se deben emparejar por su identificador de Larder, pero ninguna columna lo contiene.</translation>
    </message>
    <message>
        <source>Choose another key, such as %1.</source>
        <translation>Elija otra clave, como %1.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Importación cancelada. No se importó nada.</translation>
    </message>
    <message>
        <source>This row is the same household as row %1 (same %2).</source>
        <translation>Esta fila es el mismo hogar que la fila %1 (mismo %2).</translation>
    </message>
    <message>
        <source>Keep one of the two rows.</source>
        <translation>Deje solo una de las dos filas.</translation>
    </message>
    <message>
        <source>This row matches %1 households already on file (same %2).</source>
        <translation>Esta fila coincide con %1 hogares ya registrados (mismo %2).</translation>
    </message>
    <message>
        <source>Merge those households first, or match rows on another key.</source>
        <translation>Una primero esos hogares, o empareje las filas por otra clave.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Larder id.</source>
        <translation>&quot;%1&quot; no es un identificador de Larder.</translation>
    </message>
    <message>
        <source>Leave the id empty for a household that is new to Larder.</source>
        <translation>Deje vacío el identificador para un hogar que es nuevo en Larder.</translation>
    </message>
    <message>
        <source>This household was deleted and cannot be brought back.</source>
        <translation>Este hogar se borró y no se puede recuperar.</translation>
    </message>
    <message>
        <source>Leave the id empty to add it as a new household.</source>
        <translation>Deje vacío el identificador para agregarlo como hogar nuevo.</translation>
    </message>
    <message>
        <source>Latitude and longitude go together; one of them is empty.</source>
        <translation>La latitud y la longitud van juntas; una de las dos está vacía.</translation>
    </message>
    <message>
        <source>Fill both, or clear both.</source>
        <translation>Llene las dos, o deje las dos vacías.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like &quot;%2&quot;, already on file (%3).</source>
        <translation>&quot;%1&quot; se parece a &quot;%2&quot;, ya registrado (%3).</translation>
    </message>
    <message>
        <source>Check it after the import; merge the two if they are the same household.</source>
        <translation>Revíselo después de importar; una los dos si son el mismo hogar.</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same address and unit</source>
        <translation>misma dirección y departamento</translation>
    </message>
    <message>
        <source>This row has the same phone as row %1.</source>
        <translation>Esta fila tiene el mismo teléfono que la fila %1.</translation>
    </message>
    <message>
        <source>Check that they are two households.</source>
        <translation>Revise que sean dos hogares distintos.</translation>
    </message>
    <message>
        <source>This row has the same address and unit as row %1.</source>
        <translation>Esta fila tiene la misma dirección y departamento que la fila %1.</translation>
    </message>
    <message>
        <source>This row is the same person as row %1 (same %2).</source>
        <translation>Esta fila es la misma persona que la fila %1 (mismo %2).</translation>
    </message>
    <message>
        <source>This row matches %1 people already on file (same %2).</source>
        <translation>Esta fila coincide con %1 personas ya registradas (mismo %2).</translation>
    </message>
    <message>
        <source>Match rows on another key, such as their phone.</source>
        <translation>Empareje las filas por otra clave, como su teléfono.</translation>
    </message>
    <message>
        <source>Leave the id empty for someone new to Larder.</source>
        <translation>Deje vacío el identificador para alguien nuevo en Larder.</translation>
    </message>
    <message>
        <source>This person was removed and cannot be brought back.</source>
        <translation>Esta persona se quitó y no se puede recuperar.</translation>
    </message>
    <message>
        <source>Leave the id empty to add them again.</source>
        <translation>Deje vacío el identificador para agregarla de nuevo.</translation>
    </message>
    <message>
        <source>No household on file is called &quot;%1&quot;.</source>
        <translation>Ningún hogar registrado se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type the household&apos;s Larder id or the name it chose, or leave the cell empty.</source>
        <translation>Escriba el identificador de Larder del hogar o el nombre que eligió, o deje la celda vacía.</translation>
    </message>
    <message>
        <source>%1 households on file are called &quot;%2&quot;.</source>
        <translation>Hay %1 hogares registrados que se llaman &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Type the household&apos;s Larder id instead.</source>
        <translation>Escriba mejor el identificador de Larder del hogar.</translation>
    </message>
    <message>
        <source>This row is the same item as row %1 (same %2).</source>
        <translation>Esta fila es el mismo artículo que la fila %1 (mismo %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation>&quot;%1&quot; no es una categoría.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit.</source>
        <translation>&quot;%1&quot; no es una unidad.</translation>
    </message>
    <message>
        <source>The item needs a name.</source>
        <translation>El artículo necesita un nombre.</translation>
    </message>
    <message>
        <source>Type a name, such as &quot;Rice 2 lb&quot;.</source>
        <translation>Escriba un nombre, como &quot;Arroz 2 lb&quot;.</translation>
    </message>
    <message>
        <source>An item counted in cases needs its case size.</source>
        <translation>Un artículo que se cuenta por cajas necesita el tamaño de su caja.</translation>
    </message>
    <message>
        <source>Type how many units one case holds.</source>
        <translation>Escriba cuántas unidades trae una caja.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode.</source>
        <translation>&quot;%1&quot; no es un código de barras.</translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to another item.</source>
        <translation>El código de barras %1 ya pertenece a otro artículo.</translation>
    </message>
    <message>
        <source>Remove it from this row or from that item.</source>
        <translation>Quítelo de esta fila o de ese artículo.</translation>
    </message>
    <message>
        <source>The barcode %1 is also on row %2.</source>
        <translation>El código de barras %1 también está en la fila %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of an item on file.</source>
        <translation>&quot;%1&quot; no es el identificador de un artículo registrado.</translation>
    </message>
    <message>
        <source>Leave the id empty for a new item.</source>
        <translation>Deje vacío el identificador para un artículo nuevo.</translation>
    </message>
</context>
<context>
    <name>larder::io::CsvReader</name>
    <message>
        <source>Open it in the spreadsheet and save it as &quot;CSV UTF-8&quot; (Excel) or &quot;Text CSV&quot; (LibreOffice), then import that file.</source>
        <translation>Ábralo en la hoja de cálculo y guárdelo como &quot;CSV UTF-8&quot; (Excel) o &quot;Texto CSV&quot; (LibreOffice), y luego importe ese archivo.</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook (.xlsx or .ods), not a CSV file.</source>
        <translation>Este es un libro de hoja de cálculo (.xlsx u .ods), no un archivo CSV.</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), not a CSV file.</source>
        <translation>Este es un libro de Excel antiguo (.xls), no un archivo CSV.</translation>
    </message>
    <message>
        <source>The file says it is UTF-8, but line %1 holds bytes that are not.</source>
        <translation>El archivo dice que es UTF-8, pero la línea %1 tiene bytes que no lo son.</translation>
    </message>
    <message>
        <source>The file says it is UTF-16, but it is damaged.</source>
        <translation>El archivo dice que es UTF-16, pero está dañado.</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>Este no es un archivo de texto.</translation>
    </message>
    <message>
        <source>The file mixes two text encodings: most of it is UTF-8, but line %1 is not.</source>
        <translation>El archivo mezcla dos codificaciones de texto: casi todo es UTF-8, pero la línea %1 no.</translation>
    </message>
    <message>
        <source>Reading it either way would garble some letters. Fix line %1 in a text editor, or save the whole file again as &quot;CSV UTF-8&quot;.</source>
        <translation>Leerlo de cualquiera de las dos formas estropearía algunas letras. Corrija la línea %1 en un editor de texto, o guarde de nuevo todo el archivo como &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Line %1 holds a byte that is neither UTF-8 nor Windows-1252: the file is in an encoding Larder does not read.</source>
        <translation>La línea %1 tiene un byte que no es ni UTF-8 ni Windows-1252: el archivo está en una codificación que Larder no lee.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>No se puede leer el archivo (%1).</translation>
    </message>
    <message>
        <source>Check the name and that the file is not open elsewhere.</source>
        <translation>Revise el nombre y que el archivo no esté abierto en otro programa.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Export the sheet again with its header row and its rows.</source>
        <translation>Exporte de nuevo la hoja con su fila de encabezados y sus filas.</translation>
    </message>
    <message>
        <source>Some letters look garbled (&quot;%1&quot; where an accented letter belongs): the file may have been converted to UTF-8 twice.</source>
        <translation>Algunas letras se ven estropeadas (&quot;%1&quot; donde debería ir una letra con acento): quizás el archivo se convirtió a UTF-8 dos veces.</translation>
    </message>
    <message>
        <source>Check the preview; if names look wrong, export the sheet again from the original.</source>
        <translation>Revise la vista previa; si los nombres se ven mal, exporte la hoja de nuevo desde el original.</translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed, so the rest of the file cannot be read.</source>
        <translation>Un valor entre comillas que empieza en la línea %1 nunca se cierra, así que no se puede leer el resto del archivo.</translation>
    </message>
    <message>
        <source>Add the missing closing quote (&quot;) in that value, or remove the stray one.</source>
        <translation>Agregue la comilla de cierre (&quot;) que falta en ese valor, o quite la que sobra.</translation>
    </message>
    <message>
        <source>This row has %1 values, but the header has %2 columns.</source>
        <translation>Esta fila tiene %1 valores, pero el encabezado tiene %2 columnas.</translation>
    </message>
    <message>
        <source>This row has only %1 values, but the header has %2 columns.</source>
        <translation>Esta fila tiene solo %1 valores, pero el encabezado tiene %2 columnas.</translation>
    </message>
    <message>
        <source>A separator (%1) is missing or extra; a value that contains one must be in quotes.</source>
        <translation>Falta o sobra un separador (%1); un valor que contiene uno debe ir entre comillas.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
</context>
<context>
    <name>larder::passphrase</name>
    <message>
        <source>Use four or more words that have nothing to do with the pantry, or let Larder suggest some.</source>
        <translation>Use cuatro o más palabras que no tengan nada que ver con la despensa, o deje que Larder le sugiera algunas.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters; this one has %2.</source>
        <translation>Una frase de contraseña necesita al menos %1 caracteres; esta tiene %2.</translation>
    </message>
    <message>
        <source>This passphrase repeats a few characters; it is easy to guess.</source>
        <translation>Esta frase repite unos pocos caracteres; es fácil de adivinar.</translation>
    </message>
    <message>
        <source>A passphrase of digits only is easy to guess (like a date or a phone number).</source>
        <translation>Una frase solo de dígitos es fácil de adivinar (como una fecha o un teléfono).</translation>
    </message>
    <message>
        <source>This passphrase is a run of keys or letters in order.</source>
        <translation>Esta frase es una serie de teclas o letras seguidas.</translation>
    </message>
    <message>
        <source>This passphrase is built on &quot;%1&quot;, one of the first things anyone tries.</source>
        <translation>Esta frase se basa en &quot;%1&quot;, una de las primeras cosas que cualquiera prueba.</translation>
    </message>
    <message>
        <source>This passphrase is built on the pantry&apos;s name, which anyone who knows the pantry would try.</source>
        <translation>Esta frase se basa en el nombre de la despensa, que probaría cualquiera que la conozca.</translation>
    </message>
</context>
<context>
    <name>larder::people::FieldParser</name>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a link from OpenStreetMap or Google Maps.</source>
        <translation>Escriba la latitud y la longitud, como 41.8575, -87.6607, o pegue un enlace de OpenStreetMap o Google Maps.</translation>
    </message>
    <message>
        <source>A short map link does not contain the place itself, and Larder never goes online to open it.</source>
        <translation>Un enlace corto de mapa no contiene el lugar en sí, y Larder nunca se conecta a internet para abrirlo.</translation>
    </message>
    <message>
        <source>Open the link in a browser and copy the long address from there, or type latitude and longitude.</source>
        <translation>Abra el enlace en un navegador y copie de ahí la dirección larga, o escriba la latitud y la longitud.</translation>
    </message>
    <message>
        <source>This map link has no coordinates in it.</source>
        <translation>Este enlace de mapa no tiene coordenadas.</translation>
    </message>
    <message>
        <source>In OpenStreetMap, right-click the door and choose &quot;Show address&quot;; in Google Maps, right-click it and click the numbers to copy them. Then paste those here.</source>
        <translation>En OpenStreetMap, haga clic derecho en la puerta y elija &quot;Mostrar dirección&quot;; en Google Maps, haga clic derecho y luego clic en los números para copiarlos. Después péguelos aquí.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives two latitudes or two longitudes.</source>
        <translation>&quot;%1&quot; da dos latitudes o dos longitudes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pair of coordinates.</source>
        <translation>&quot;%1&quot; no es un par de coordenadas.</translation>
    </message>
    <message>
        <source>%1 cannot be a latitude: latitude comes first.</source>
        <translation>%1 no puede ser una latitud: la latitud va primero.</translation>
    </message>
    <message>
        <source>Swap the two numbers.</source>
        <translation>Intercambie los dos números.</translation>
    </message>
    <message>
        <source>%1, %2 is not a place on Earth.</source>
        <translation>%1, %2 no es un lugar de la Tierra.</translation>
    </message>
    <message>
        <source>0, 0 is in the ocean: the coordinates are missing.</source>
        <translation>0, 0 está en el océano: faltan las coordenadas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week.</source>
        <translation>&quot;%1&quot; no es un día de la semana.</translation>
    </message>
    <message>
        <source>Type a day such as Tuesday, Tue or martes.</source>
        <translation>Escriba un día como martes, mar o Tuesday.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time.</source>
        <translation>&quot;%1&quot; no es una hora.</translation>
    </message>
    <message>
        <source>Type a time such as 9:30, 14:00 or 2pm.</source>
        <translation>Escriba una hora como 9:30, 14:00 o 2pm.</translation>
    </message>
    <message>
        <source>Type a window such as 9-12, 14:00-16:30 or 1-3pm.</source>
        <translation>Escriba un horario como 9-12, 14:00-16:30 o 1-3pm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time window.</source>
        <translation>&quot;%1&quot; no es un horario.</translation>
    </message>
    <message>
        <source>The window %1 ends before it starts.</source>
        <translation>El horario %1 termina antes de empezar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Larder knows.</source>
        <translation>&quot;%1&quot; no es un idioma que Larder conozca.</translation>
    </message>
    <message>
        <source>Type its name, such as Spanish or español, or its two-letter code, such as es.</source>
        <translation>Escriba su nombre, como español o Spanish, o su código de dos letras, como es.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a delivery schedule.</source>
        <translation>&quot;%1&quot; no es un calendario de entregas.</translation>
    </message>
    <message>
        <source>Type weekly, every two weeks or monthly.</source>
        <translation>Escriba cada semana, cada dos semanas o cada mes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status.</source>
        <translation>&quot;%1&quot; no es un estado.</translation>
    </message>
    <message>
        <source>Type active, paused or closed.</source>
        <translation>Escriba activo, en pausa o cerrado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>&quot;%1&quot; no es ni sí ni no.</translation>
    </message>
    <message>
        <source>Type yes or no (sí, no, x, 1 and 0 work too).</source>
        <translation>Escriba sí o no (también sirven yes, x, 1 y 0).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dietary tag.</source>
        <translation>&quot;%1&quot; no es una etiqueta de dieta.</translation>
    </message>
    <message>
        <source>Use: %1.</source>
        <translation>Use: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role.</source>
        <translation>&quot;%1&quot; no es un rol.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 0 to %2.</source>
        <translation>&quot;%1&quot; no es un número de 0 a %2.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Escriba un número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; no es una fecha.</translation>
    </message>
    <message>
        <source>Type a date such as 2026-03-01 or 1/3/2026.</source>
        <translation>Escriba una fecha como 2026-03-01 o 1/3/2026.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; no es un número de teléfono.</translation>
    </message>
    <message>
        <source>Type 7 to 15 digits, such as (312) 555-0142 or +1 312 555 0142.</source>
        <translation>Escriba de 7 a 15 dígitos, como (312) 555-0142 o +1 312 555 0142.</translation>
    </message>
</context>
<context>
    <name>larder::people::Households</name>
    <message>
        <source>Chosen name</source>
        <translation>Nombre elegido</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Depto.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>Punto de encuentro</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Seniors</source>
        <translation>Mayores</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Tamaño del hogar</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades de dieta</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Notas de entrega</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de acceso</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>May call</source>
        <translation>Se puede llamar</translation>
    </message>
    <message>
        <source>May text</source>
        <translation>Se pueden mandar mensajes</translation>
    </message>
    <message>
        <source>May leave at the door</source>
        <translation>Se puede dejar en la puerta</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>Día preferido</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Window from</source>
        <translation>Horario desde</translation>
    </message>
    <message>
        <source>Window until</source>
        <translation>Horario hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Estado desde</translation>
    </message>
    <message>
        <source>Larder id</source>
        <translation>Identificador de Larder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n characters is too long.</source>
        <translation>
            <numerusform>%n carácter es demasiado largo.</numerusform>
            <numerusform>%n caracteres es demasiado largo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation>Use menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>the household needs a name.</source>
        <translation>el hogar necesita un nombre.</translation>
    </message>
    <message>
        <source>Type the name or alias they want to be called by; it never needs to be a legal name.</source>
        <translation>Escriba el nombre o apodo con el que quieren que los llamen; nunca hace falta que sea el nombre legal.</translation>
    </message>
    <message>
        <source>there is no address and no meeting point.</source>
        <translation>no hay dirección ni punto de encuentro.</translation>
    </message>
    <message>
        <source>Type a street address, or a meeting point (such as &quot;library steps&quot;) for someone without a fixed address.</source>
        <translation>Escriba una dirección, o un punto de encuentro (como &quot;escalones de la biblioteca&quot;) para alguien sin dirección fija.</translation>
    </message>
    <message>
        <source>a unit needs its street address.</source>
        <translation>un departamento necesita su dirección.</translation>
    </message>
    <message>
        <source>Type the street address too, or clear the unit.</source>
        <translation>Escriba también la dirección, o borre el departamento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal code.</source>
        <translation>&quot;%1&quot; no es un código postal.</translation>
    </message>
    <message>
        <source>Type letters and digits only, such as 60608 or SW1A 1AA.</source>
        <translation>Escriba solo letras y dígitos, como 60608 o SW1A 1AA.</translation>
    </message>
    <message>
        <source>%1, %2 is not a place.</source>
        <translation>%1, %2 no es un lugar.</translation>
    </message>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a map link.</source>
        <translation>Escriba la latitud y la longitud, como 41.8575, -87.6607, o pegue un enlace de mapa.</translation>
    </message>
    <message>
        <source>%1 is not a number of people.</source>
        <translation>%1 no es un número de personas.</translation>
    </message>
    <message>
        <source>Type a number from 0 to 30.</source>
        <translation>Escriba un número de 0 a 30.</translation>
    </message>
    <message>
        <source>nobody lives in this household.</source>
        <translation>nadie vive en este hogar.</translation>
    </message>
    <message>
        <source>Type how many adults, children and seniors it has (at least one person).</source>
        <translation>Escriba cuántos adultos, niños y mayores tiene (al menos una persona).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dietary tag.</source>
        <translation>&quot;%1&quot; no es una etiqueta de dieta.</translation>
    </message>
    <message>
        <source>Use: %1.</source>
        <translation>Use: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code.</source>
        <translation>&quot;%1&quot; no es un código de idioma.</translation>
    </message>
    <message>
        <source>Type a language such as Spanish, or its code such as es.</source>
        <translation>Escriba un idioma como español, o su código como es.</translation>
    </message>
    <message>
        <source>there is no phone number to use.</source>
        <translation>no hay número de teléfono para usar.</translation>
    </message>
    <message>
        <source>Type the phone number, or clear the consent to call or text.</source>
        <translation>Escriba el número de teléfono, o quite el permiso para llamar o mandar mensajes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule.</source>
        <translation>&quot;%1&quot; no es un calendario.</translation>
    </message>
    <message>
        <source>Choose weekly, every two weeks or monthly.</source>
        <translation>Elija cada semana, cada dos semanas o cada mes.</translation>
    </message>
    <message>
        <source>%1 is not a day of the week.</source>
        <translation>%1 no es un día de la semana.</translation>
    </message>
    <message>
        <source>Choose a day from Monday to Sunday, or none.</source>
        <translation>Elija un día de lunes a domingo, o ninguno.</translation>
    </message>
    <message>
        <source>the window needs both a start and an end.</source>
        <translation>el horario necesita un comienzo y un final.</translation>
    </message>
    <message>
        <source>Type a window such as 9-12, or clear it.</source>
        <translation>Escriba un horario como 9-12, o bórrelo.</translation>
    </message>
    <message>
        <source>the window ends before it starts.</source>
        <translation>el horario termina antes de empezar.</translation>
    </message>
    <message>
        <source>Type a window such as 9-12 or 14:00-16:30.</source>
        <translation>Escriba un horario como 9-12 o 14:00-16:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status.</source>
        <translation>&quot;%1&quot; no es un estado.</translation>
    </message>
    <message>
        <source>Choose active, paused or closed.</source>
        <translation>Elija activo, en pausa o cerrado.</translation>
    </message>
    <message>
        <source>This household is no longer on file; it may have been deleted on another laptop.</source>
        <translation>Este hogar ya no está registrado; quizás se borró en otra computadora.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>Vuelva a cargar la lista.</translation>
    </message>
    <message>
        <source>This household is no longer on file.</source>
        <translation>Este hogar ya no está registrado.</translation>
    </message>
    <message>
        <source>A household cannot be merged with itself.</source>
        <translation>Un hogar no se puede unir consigo mismo.</translation>
    </message>
    <message>
        <source>One of the two households is no longer on file.</source>
        <translation>Uno de los dos hogares ya no está registrado.</translation>
    </message>
    <message>
        <source>This merge cannot be taken back: Larder did not keep the two households as they were.</source>
        <translation>Esta unión no se puede deshacer: Larder no guardó los dos hogares como estaban.</translation>
    </message>
    <message>
        <source>The merged household is no longer on file, so the merge cannot be taken back.</source>
        <translation>El hogar unido ya no está registrado, así que la unión no se puede deshacer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on file with the same phone number.</source>
        <translation>&quot;%1&quot; ya está registrado con el mismo número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on file at the same address and unit.</source>
        <translation>&quot;%1&quot; ya está registrado con la misma dirección y departamento.</translation>
    </message>
</context>
<context>
    <name>larder::people::People</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Vehicle capacity</source>
        <translation>Capacidad del vehículo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Usual start point</source>
        <translation>Punto de salida habitual</translation>
    </message>
    <message>
        <source>Start coordinates</source>
        <translation>Coordenadas de salida</translation>
    </message>
    <message>
        <source>Start latitude</source>
        <translation>Latitud de salida</translation>
    </message>
    <message>
        <source>Start longitude</source>
        <translation>Longitud de salida</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>Días habituales</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Larder id</source>
        <translation>Identificador de Larder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the person needs a name.</source>
        <translation>la persona necesita un nombre.</translation>
    </message>
    <message>
        <source>Type the name the team calls them by; a first name or nickname is enough.</source>
        <translation>Escriba el nombre con el que la llama el equipo; basta con un nombre o un apodo.</translation>
    </message>
    <message>
        <source>the name is too long.</source>
        <translation>el nombre es demasiado largo.</translation>
    </message>
    <message>
        <source>Keep it under 120 characters.</source>
        <translation>Use menos de 120 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role.</source>
        <translation>&quot;%1&quot; no es un rol.</translation>
    </message>
    <message>
        <source>Use: %1.</source>
        <translation>Use: %1.</translation>
    </message>
    <message>
        <source>%1 boxes is not possible.</source>
        <translation>%1 cajas no es posible.</translation>
    </message>
    <message>
        <source>Type how many boxes the vehicle carries, from 0 to 500.</source>
        <translation>Escriba cuántas cajas lleva el vehículo, de 0 a 500.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code.</source>
        <translation>&quot;%1&quot; no es un código de idioma.</translation>
    </message>
    <message>
        <source>Type a language such as Spanish, or its code such as es.</source>
        <translation>Escriba un idioma como español, o su código como es.</translation>
    </message>
    <message>
        <source>%1, %2 is not a place.</source>
        <translation>%1, %2 no es un lugar.</translation>
    </message>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a map link.</source>
        <translation>Escriba la latitud y la longitud, como 41.8575, -87.6607, o pegue un enlace de mapa.</translation>
    </message>
    <message>
        <source>the start point is too long.</source>
        <translation>el punto de salida es demasiado largo.</translation>
    </message>
    <message>
        <source>Keep it under 300 characters.</source>
        <translation>Use menos de 300 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day.</source>
        <translation>&quot;%1&quot; no es un día.</translation>
    </message>
    <message>
        <source>the notes are too long.</source>
        <translation>las notas son demasiado largas.</translation>
    </message>
    <message>
        <source>Keep them under 2000 characters.</source>
        <translation>Use menos de 2000 caracteres.</translation>
    </message>
    <message>
        <source>That household is not on file.</source>
        <translation>Ese hogar no está registrado.</translation>
    </message>
    <message>
        <source>Choose another household.</source>
        <translation>Elija otro hogar.</translation>
    </message>
    <message>
        <source>This person is no longer on file; they may have been removed on another laptop.</source>
        <translation>Esta persona ya no está registrada; quizás la quitaron en otra computadora.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>Vuelva a cargar la lista.</translation>
    </message>
    <message>
        <source>This person is no longer on file.</source>
        <translation>Esta persona ya no está registrada.</translation>
    </message>
</context>
<context>
    <name>larder::people::Retention</name>
    <message>
        <source>Larder could not make SQLite erase deleted data.</source>
        <translation>Larder no pudo hacer que SQLite borrara los datos eliminados.</translation>
    </message>
</context>
<context>
    <name>larder::print::RouteMap</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>No map: no stop on this route has a location.</source>
        <translation>Sin mapa: ninguna parada de esta ruta tiene ubicación.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>larder::print::RouteSheets</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 caja</translation>
    </message>
    <message>
        <source>%1 boxes</source>
        <translation>%1 cajas</translation>
    </message>
    <message>
        <source>1 stop</source>
        <translation>1 parada</translation>
    </message>
    <message>
        <source>%1 stops</source>
        <translation>%1 paradas</translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation>Ruta %1</translation>
    </message>
    <message>
        <source>Route %1 · %2</source>
        <translation>Ruta %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Return or destroy this sheet after the run.</source>
        <translation>Devuelva o destruya esta hoja después del reparto.</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Conductor: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Salida: %1</translation>
    </message>
    <message>
        <source>the pantry</source>
        <translation>la despensa</translation>
    </message>
    <message>
        <source>%1 of %2 boxes</source>
        <translation>%1 de %2 cajas</translation>
    </message>
    <message>
        <source>about %1 km, %2</source>
        <translation>unos %1 km, %2</translation>
    </message>
    <message>
        <source>ends back at the pantry</source>
        <translation>termina de vuelta en la despensa</translation>
    </message>
    <message>
        <source>ends at the last stop</source>
        <translation>termina en la última parada</translation>
    </message>
    <message>
        <source>Questions or trouble on the way? Call %1: %2</source>
        <translation>¿Preguntas o problemas en el camino? Llame a %1: %2</translation>
    </message>
    <message>
        <source>Not on the map (no location on file): stop %1.</source>
        <translation>Fuera del mapa (sin ubicación registrada): parada %1.</translation>
    </message>
    <message>
        <source>Hollow circles: placed by postal code only; check the address.</source>
        <translation>Círculos vacíos: ubicados solo por código postal; revise la dirección.</translation>
    </message>
    <message>
        <source>At each stop tick one box (1 Delivered, 2 Left at door, 3 Not home, 4 Wrong address, 5 Declined) and write anything the pantry should know on the note line.</source>
        <translation>En cada parada marque una casilla (1 Entregado, 2 Dejado en la puerta, 3 No estaba, 4 Dirección equivocada, 5 No lo quiso) y escriba en la línea de nota lo que la despensa deba saber.</translation>
    </message>
    <message>
        <source>Meet at: %1</source>
        <translation>Punto de encuentro: %1</translation>
    </message>
    <message>
        <source>No address on file: call the pantry.</source>
        <translation>Sin dirección registrada: llame a la despensa.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>Habla</translation>
    </message>
    <message>
        <source>Do not leave the boxes at the door.</source>
        <translation>No deje las cajas en la puerta.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>No stops on this route.</source>
        <translation>No hay paradas en esta ruta.</translation>
    </message>
    <message>
        <source>Packing list · Route %1 · %2</source>
        <translation>Lista de empaque · Ruta %1 · %2</translation>
    </message>
    <message>
        <source>Destroy this list after packing.</source>
        <translation>Destruya esta lista después de empacar.</translation>
    </message>
    <message>
        <source>Packing list — Route %1</source>
        <translation>Lista de empaque — Ruta %1</translation>
    </message>
    <message>
        <source>Driver: %1   ·   %2   ·   %3</source>
        <translation>Conductor: %1   ·   %2   ·   %3</translation>
    </message>
    <message>
        <source>Load the car in this order: the last stop first, so that stop 1&apos;s boxes come out first.</source>
        <translation>Cargue el carro en este orden: la última parada primero, para que las cajas de la parada 1 salgan primero.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Empacado</translation>
    </message>
    <message>
        <source>Nothing to pack.</source>
        <translation>Nada que empacar.</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Lista de recolección</translation>
    </message>
    <message>
        <source>Take these from each place for every route of the day, and tick each line when it is on the packing table.</source>
        <translation>Tome esto de cada lugar para todas las rutas del día y marque cada línea cuando esté en la mesa de empaque.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomado</translation>
    </message>
    <message>
        <source>(no place recorded)</source>
        <translation>(sin lugar registrado)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Nothing is set aside for this day yet: allocate the packages first.</source>
        <translation>Todavía no hay nada apartado para este día: primero asigne los paquetes.</translation>
    </message>
    <message>
        <source>Pickup route %1 · %2</source>
        <translation>Ruta de recolección %1 · %2</translation>
    </message>
    <message>
        <source>Bring this sheet back to the pantry with the food.</source>
        <translation>Traiga esta hoja de vuelta a la despensa con la comida.</translation>
    </message>
    <message>
        <source>Pickup route %1</source>
        <translation>Ruta de recolección %1</translation>
    </message>
    <message>
        <source>room for %1 boxes</source>
        <translation>espacio para %1 cajas</translation>
    </message>
    <message>
        <source>1 Collected</source>
        <translation>1 Recogido</translation>
    </message>
    <message>
        <source>2 Nothing to collect</source>
        <translation>2 Nada que recoger</translation>
    </message>
    <message>
        <source>3 Closed</source>
        <translation>3 Cerrado</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Pedir</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Recoger</translation>
    </message>
    <message>
        <source>What was collected:</source>
        <translation>Lo que se recogió:</translation>
    </message>
    <message>
        <source>Could not write the PDF (%1).</source>
        <translation>No se pudo escribir el PDF (%1).</translation>
    </message>
    <message>
        <source>Choose a folder you can save in, or close the file if another program has it open.</source>
        <translation>Elija una carpeta donde se pueda guardar, o cierre el archivo si otro programa lo tiene abierto.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>No hay nada que imprimir.</translation>
    </message>
    <message>
        <source>Plan the routes of the day first.</source>
        <translation>Primero planifique las rutas del día.</translation>
    </message>
    <message>
        <source>Route sheets</source>
        <translation>Hojas de ruta</translation>
    </message>
    <message>
        <source>Packing lists</source>
        <translation>Listas de empaque</translation>
    </message>
    <message>
        <source>Pickup routes</source>
        <translation>Rutas de recolección</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a tick box: its number, then what happened at the stop</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>leave at %1</source>
        <translation>salida a las %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>hacia las %1</translation>
    </message>
    <message>
        <source>(their window %1–%2)</source>
        <translation>(su horario %1–%2)</translation>
    </message>
    <message>
        <source>%1 min after their window: call ahead if you can.</source>
        <translation>%1 min después de su horario: llame antes si puede.</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>about 1 box</source>
        <translation>aprox. 1 caja</translation>
    </message>
    <message>
        <source>about %1 boxes</source>
        <translation>aprox. %1 cajas</translation>
    </message>
    <message>
        <source>At each stop tick one box (1 Delivered, 2 Left at door, 3 Not home, 4 Wrong address, 5 Declined) and write anything the pantry should know beside the stop or on the back.</source>
        <translation>En cada parada marque una casilla (1 Entregado, 2 Dejado en la puerta, 3 No estaba, 4 Dirección equivocada, 5 No lo quiso) y escriba junto a la parada o al dorso lo que la despensa deba saber.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fact on the compact sheet: label, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Also</source>
        <comment>what the household asked for, riding with the box</comment>
        <translation>Además</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Recoger</translation>
    </message>
    <message>
        <source>%1 (tick 1 when you have it)</source>
        <translation>%1 (marque 1 cuando lo tenga)</translation>
    </message>
</context>
<context>
    <name>larder::print::SheetBuilder</name>
    <message>
        <source>%1 %2</source>
        <comment>amount with unit, item</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>count, item</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>(instead of %1)</source>
        <translation>(en lugar de %1)</translation>
    </message>
    <message>
        <source>(extra)</source>
        <translation>(extra)</translation>
    </message>
    <message>
        <source>%1 (calls only, no texts)</source>
        <translation>%1 (solo llamadas, sin mensajes)</translation>
    </message>
    <message>
        <source>%1 (texts only, do not call)</source>
        <translation>%1 (solo mensajes, no llamar)</translation>
    </message>
    <message>
        <source>Driver %1</source>
        <translation>Conductor %1</translation>
    </message>
    <message>
        <source>No driver is on the run of %1 yet.</source>
        <translation>Todavía no hay ningún conductor en el reparto del %1.</translation>
    </message>
    <message>
        <source>Add the drivers who came and plan the routes first.</source>
        <translation>Primero agregue los conductores que vinieron y planifique las rutas.</translation>
    </message>
    <message>
        <source>There is no route %1 on %2.</source>
        <translation>No hay ruta %1 el %2.</translation>
    </message>
    <message>
        <source>Choose one of the routes planned that day: %1.</source>
        <translation>Elija una de las rutas planificadas ese día: %1.</translation>
    </message>
    <message>
        <source>The runs of %1 are not %2 runs.</source>
        <translation>Los repartos del %1 no son de tipo %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Print the papers that suit them, or pick another date.</source>
        <translation>Imprima los papeles que les correspondan o elija otra fecha.</translation>
    </message>
    <message>
        <source>There is no distribution run on %1.</source>
        <translation>No hay reparto el %1.</translation>
    </message>
    <message>
        <source>Check the date, or plan that day first (Distribution, or larder-cli run plan --date %1).</source>
        <translation>Revise la fecha o planifique primero ese día (Reparto, o larder-cli run plan --date %1).</translation>
    </message>
    <message>
        <source>This distribution run is no longer on file.</source>
        <translation>Este reparto ya no está registrado.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>Vuelva a cargar la lista.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Pantry</source>
        <translation>Despensa</translation>
    </message>
    <message>
        <source>Pantry, %1</source>
        <translation>Despensa, %1</translation>
    </message>
    <message>
        <source>There is no pickup route %1 on %2.</source>
        <translation>No hay ruta de recolección %1 el %2.</translation>
    </message>
    <message>
        <source>No driver is on the pickup run of %1 yet.</source>
        <translation>Todavía no hay ningún conductor en la recolección del %1.</translation>
    </message>
    <message>
        <source>Add the drivers and plan the routes first.</source>
        <translation>Primero agregue los conductores y planifique las rutas.</translation>
    </message>
    <message>
        <source>also: %1</source>
        <comment>what a household asked for</comment>
        <translation>además: %1</translation>
    </message>
    <message>
        <source>pick up: %1</source>
        <comment>what someone offered</comment>
        <translation>recoger: %1</translation>
    </message>
</context>
<context>
    <name>larder::reports::LedgerScan</name>
    <message>
        <source>no supplier named</source>
        <translation>sin proveedor indicado</translation>
    </message>
</context>
<context>
    <name>larder::reports::ReportPdf</name>
    <message>
        <source>All pantries in this file</source>
        <translation>Todas las despensas de este archivo</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
    </message>
    <message>
        <source>%1 · made with Larder on %2</source>
        <translation>%1 · hecho con Larder el %2</translation>
    </message>
    <message>
        <source>Every figure comes from the pantry&apos;s ledger and its recorded delivery outcomes; corrections count in the period of the movement they correct. Weights come from each item&apos;s unit weight; items without one are counted in units. People reached counts each household&apos;s size on the day of its delivery. The week-by-week numbers behind the charts are in the CSV export of the same report.</source>
        <translation>Cada cifra sale del registro de la despensa y de los resultados de entrega registrados; las correcciones cuentan en el período del movimiento que corrigen. Los pesos salen del peso por unidad de cada artículo; los artículos sin peso se cuentan en unidades. Personas alcanzadas cuenta el tamaño de cada hogar el día de su entrega. Las cifras semana a semana que hay detrás de los gráficos están en la exportación CSV del mismo informe.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>%1 item(s) have no unit weight and are missing from the charts by weight: %2.</source>
        <translation>%1 artículo(s) no tienen peso por unidad y faltan en los gráficos por peso: %2.</translation>
    </message>
</context>
<context>
    <name>larder::reports::ReportText</name>
    <message>
        <source>Counts of fewer than %1 households are shown as &quot;&lt;%1&quot;, so that nobody can be picked out. This file holds no names, phones, addresses or household ids.</source>
        <translation>Las cantidades de menos de %1 hogares se muestran como &quot;&lt;%1&quot;, para que no se pueda identificar a nadie. Este archivo no contiene nombres, teléfonos, direcciones ni identificadores de hogares.</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentos</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
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
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Donación</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Food drive</source>
        <translation>Colecta</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Echado a perder</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Retirado del mercado</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, %1 of them without a weight</source>
        <translation>, %1 de ellas sin peso</translation>
    </message>
    <message>
        <source>Stock by week (%1)</source>
        <translation>Existencias por semana (%1)</translation>
    </message>
    <message>
        <source>Given out</source>
        <translation>Repartido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Thrown away</source>
        <translation>Desechado</translation>
    </message>
    <message>
        <source>Households served by week</source>
        <translation>Hogares atendidos por semana</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <source>households</source>
        <translation>hogares</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>Sin resultado todavía</translation>
    </message>
    <message>
        <source>Deliveries by outcome</source>
        <translation>Entregas por resultado</translation>
    </message>
    <message>
        <source>stops</source>
        <translation>paradas</translation>
    </message>
    <message>
        <source>Given out by category (%1)</source>
        <translation>Repartido por categoría (%1)</translation>
    </message>
    <message>
        <source>What the counts found, by week</source>
        <translation>Lo que encontraron los conteos, por semana</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Sobrante</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 unidad</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unidades</translation>
    </message>
    <message>
        <source>Households served by week (weeks under %1 not drawn)</source>
        <translation>Hogares atendidos por semana (no se dibujan las semanas con menos de %1)</translation>
    </message>
    <message>
        <source>Deliveries by outcome (counts under %1 left out)</source>
        <translation>Entregas por resultado (se omiten las cantidades menores de %1)</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Households served</source>
        <translation>Hogares atendidos</translation>
    </message>
    <message>
        <source>Different households with a stop marked Delivered or Left at door on a distribution day of the period. Opened, it lists those stops: a household served twice is listed twice.</source>
        <translation>Hogares distintos con una parada marcada Entregado o Dejado en la puerta en un día de reparto del período. Al abrirlo, muestra esas paradas: un hogar atendido dos veces aparece dos veces.</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personas alcanzadas</translation>
    </message>
    <message>
        <source>The adults, children and seniors of the households served, as their records stood on the day of their last delivery in the period.</source>
        <translation>Los adultos, niños y mayores de los hogares atendidos, según sus datos el día de su última entrega en el período.</translation>
    </message>
    <message>
        <source>Deliveries attempted</source>
        <translation>Entregas intentadas</translation>
    </message>
    <message>
        <source>Stops of the period&apos;s distribution days with an outcome recorded.</source>
        <translation>Paradas de los días de reparto del período con un resultado registrado.</translation>
    </message>
    <message>
        <source>Deliveries completed</source>
        <translation>Entregas completadas</translation>
    </message>
    <message>
        <source>Stops marked Delivered or Left at door.</source>
        <translation>Paradas marcadas Entregado o Dejado en la puerta.</translation>
    </message>
    <message>
        <source>Not completed: %1</source>
        <translation>No completadas: %1</translation>
    </message>
    <message>
        <source>Stops whose outcome was &quot;%1&quot;.</source>
        <translation>Paradas cuyo resultado fue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No outcome recorded yet</source>
        <translation>Todavía sin resultado registrado</translation>
    </message>
    <message>
        <source>Stops of the period with no outcome: enter them from the route sheets (Distribution, Record outcomes).</source>
        <translation>Paradas del período sin resultado: regístrelos a partir de las hojas de ruta (Reparto, Registrar resultados).</translation>
    </message>
    <message>
        <source>Boxes delivered</source>
        <translation>Cajas entregadas</translation>
    </message>
    <message>
        <source>The boxes of the completed stops.</source>
        <translation>Las cajas de las paradas completadas.</translation>
    </message>
    <message>
        <source>Ledger rows &quot;distributed&quot; dated in the period, less their corrections. Weight from each item&apos;s unit weight.</source>
        <translation>Filas del registro &quot;Repartido&quot; con fecha dentro del período, menos sus correcciones. El peso sale del peso por unidad de cada artículo.</translation>
    </message>
    <message>
        <source>Given out, items of the category &quot;%1&quot;.</source>
        <translation>Repartido, artículos de la categoría &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Ledger rows &quot;received&quot; dated in the period, less their corrections.</source>
        <translation>Filas del registro &quot;Recibido&quot; con fecha dentro del período, menos sus correcciones.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Received with the source &quot;%1&quot;.</source>
        <translation>Recibido con el origen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Supplier: %1</source>
        <translation>Proveedor: %1</translation>
    </message>
    <message>
        <source>Received with no supplier named.</source>
        <translation>Recibido sin proveedor indicado.</translation>
    </message>
    <message>
        <source>Received from the supplier %1.</source>
        <translation>Recibido del proveedor %1.</translation>
    </message>
    <message>
        <source>Ledger rows &quot;disposed&quot; dated in the period, less their corrections.</source>
        <translation>Filas del registro &quot;Desechado&quot; con fecha dentro del período, menos sus correcciones.</translation>
    </message>
    <message>
        <source>Thrown away with the reason &quot;%1&quot;.</source>
        <translation>Desechado con el motivo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Waste rate</source>
        <translation>Tasa de desecho</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Thrown away as a share of all that left the shelf (given out and thrown away), by weight.</source>
        <translation>Lo desechado como parte de todo lo que salió del estante (repartido y desechado), por peso.</translation>
    </message>
    <message>
        <source>Thrown away as a share of all that left the shelf (given out and thrown away), by units: some items have no unit weight.</source>
        <translation>Lo desechado como parte de todo lo que salió del estante (repartido y desechado), por unidades: algunos artículos no tienen peso por unidad.</translation>
    </message>
    <message>
        <source>Returned to the shelf</source>
        <translation>Devuelto al estante</translation>
    </message>
    <message>
        <source>Ledger rows &quot;returned&quot;: stock that came back, undelivered.</source>
        <translation>Filas del registro &quot;Devuelto&quot;: existencias que volvieron sin entregarse.</translation>
    </message>
    <message>
        <source>The shelf on %1</source>
        <translation>Los estantes al %1</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>Existencias actuales</translation>
    </message>
    <message>
        <source>Everything on the shelves today, whatever the period.</source>
        <translation>Todo lo que hay hoy en los estantes, sea cual sea el período.</translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <translation>Vencen dentro de %1 días</translation>
    </message>
    <message>
        <source>%1, lots: %2</source>
        <translation>%1, lotes: %2</translation>
    </message>
    <message>
        <source>Stock on hand whose lot&apos;s expiry date is today or in the next %1 days.</source>
        <translation>Existencias cuyo lote vence hoy o en los próximos %1 días.</translation>
    </message>
    <message>
        <source>Shelf places below zero</source>
        <translation>Lugares de estante bajo cero</translation>
    </message>
    <message>
        <source>Item, lot and location whose stock is below zero: more went out than came in. Count that shelf.</source>
        <translation>Artículo, lote y lugar cuyas existencias están bajo cero: salió más de lo que entró. Cuente ese estante.</translation>
    </message>
    <message>
        <source>Checks on supply</source>
        <translation>Comprobaciones de existencias</translation>
    </message>
    <message>
        <source>Counts found missing</source>
        <translation>Faltantes en los conteos</translation>
    </message>
    <message>
        <source>Units the stock counts of the period found fewer than the ledger said, per item, location and week.</source>
        <translation>Unidades que los conteos de existencias del período encontraron de menos respecto al registro, por artículo, lugar y semana.</translation>
    </message>
    <message>
        <source>Counts found extra</source>
        <translation>Sobrantes en los conteos</translation>
    </message>
    <message>
        <source>Units the counts found more than the ledger said.</source>
        <translation>Unidades que los conteos encontraron de más respecto al registro.</translation>
    </message>
    <message>
        <source>Given out with no delivery behind it</source>
        <translation>Repartido sin una entrega que lo respalde</translation>
    </message>
    <message>
        <source>Given out, but not for a stop marked Delivered or Left at door: walk-in give-outs entered by hand, or stock whose stop changed. Open it to see each.</source>
        <translation>Repartido, pero no para una parada marcada Entregado o Dejado en la puerta: entregas a personas sin cita anotadas a mano, o existencias cuya parada cambió. Ábralo para ver cada caso.</translation>
    </message>
    <message>
        <source>Items without a unit weight</source>
        <translation>Artículos sin peso por unidad</translation>
    </message>
    <message>
        <source>Counted in units only: %1. Give them a weight in the catalog.</source>
        <translation>Contados solo en unidades: %1. Deles un peso en el catálogo.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>pantry</source>
        <translation>despensa</translation>
    </message>
    <message>
        <source>all pantries in this file</source>
        <translation>todas las despensas de este archivo</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source> (units without a weight)</source>
        <translation> (unidades sin peso)</translation>
    </message>
    <message>
        <source>deliveries</source>
        <translation>entregas</translation>
    </message>
    <message>
        <source>households served</source>
        <translation>hogares atendidos</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>personas alcanzadas</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>stops planned</source>
        <translation>paradas planificadas</translation>
    </message>
    <message>
        <source>deliveries attempted</source>
        <translation>entregas intentadas</translation>
    </message>
    <message>
        <source>deliveries completed</source>
        <translation>entregas completadas</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>resultado: %1</translation>
    </message>
    <message>
        <source>no outcome recorded</source>
        <translation>sin resultado registrado</translation>
    </message>
    <message>
        <source>boxes delivered</source>
        <translation>cajas entregadas</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>cajas</translation>
    </message>
    <message>
        <source>given out</source>
        <translation>repartido</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>origen: %1</translation>
    </message>
    <message>
        <source>supplier: %1</source>
        <translation>proveedor: %1</translation>
    </message>
    <message>
        <source>thrown away</source>
        <translation>desechado</translation>
    </message>
    <message>
        <source>waste rate</source>
        <translation>tasa de desecho</translation>
    </message>
    <message>
        <source>% by weight</source>
        <translation>% por peso</translation>
    </message>
    <message>
        <source>% by units</source>
        <translation>% por unidades</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>on hand on %1</source>
        <translation>existencias al %1</translation>
    </message>
    <message>
        <source>expiring within %1 days</source>
        <translation>vencen dentro de %1 días</translation>
    </message>
    <message>
        <source>supply checks</source>
        <translation>comprobaciones de existencias</translation>
    </message>
    <message>
        <source>counts found missing</source>
        <translation>faltantes en los conteos</translation>
    </message>
    <message>
        <source>counts found extra</source>
        <translation>sobrantes en los conteos</translation>
    </message>
    <message>
        <source>count difference: %1 at %2</source>
        <translation>diferencia de conteo: %1 en %2</translation>
    </message>
    <message>
        <source>given out with no delivery behind it</source>
        <translation>repartido sin una entrega que lo respalde</translation>
    </message>
    <message>
        <source>week from %1</source>
        <translation>semana desde el %1</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Requests made</source>
        <translation>Solicitudes hechas</translation>
    </message>
    <message>
        <source>What households and volunteers asked for in the period (counts only).</source>
        <translation>Lo que pidieron los hogares y los voluntarios en el período (solo cantidades).</translation>
    </message>
    <message>
        <source>Requests met</source>
        <translation>Solicitudes cumplidas</translation>
    </message>
    <message>
        <source>Requests delivered in the period, whenever they were made.</source>
        <translation>Solicitudes entregadas en el período, sin importar cuándo se hicieron.</translation>
    </message>
    <message>
        <source>Requests closed unmet</source>
        <translation>Solicitudes cerradas sin cumplir</translation>
    </message>
    <message>
        <source>Requests closed in the period without being met, with a reason.</source>
        <translation>Solicitudes cerradas en el período sin cumplirse, con un motivo.</translation>
    </message>
    <message>
        <source>Requests still open</source>
        <translation>Solicitudes aún pendientes</translation>
    </message>
    <message>
        <source>Requests not yet delivered or closed, today.</source>
        <translation>Solicitudes que hoy todavía no se entregaron ni se cerraron.</translation>
    </message>
    <message>
        <source>Days from request to delivery</source>
        <translation>Días desde la solicitud hasta la entrega</translation>
    </message>
    <message>
        <source>%1 (median), longest %2</source>
        <translation>%1 (mediana), máximo %2</translation>
    </message>
    <message>
        <source>none delivered</source>
        <translation>ninguna entregada</translation>
    </message>
    <message>
        <source>For the requests met in the period: the middle value of the days from asking to delivery, and the longest.</source>
        <translation>Para las solicitudes cumplidas en el período: el valor del medio de los días desde que se pidió hasta la entrega, y el más largo.</translation>
    </message>
    <message>
        <source>%1 asked, %2 met, %3 unmet</source>
        <translation>%1 pedidas, %2 cumplidas, %3 sin cumplir</translation>
    </message>
    <message>
        <source>Requests of the category &quot;%1&quot;.</source>
        <translation>Solicitudes de la categoría &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>larder::reports::Reports</name>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation>El período necesita un primer y un último día.</translation>
    </message>
    <message>
        <source>Give both dates as YYYY-MM-DD.</source>
        <translation>Indique ambas fechas como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>El período termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>Swap the two dates.</source>
        <translation>Intercambie las dos fechas.</translation>
    </message>
    <message>
        <source>The period is %1 days long; a report covers at most %2.</source>
        <translation>El período dura %1 días; un informe abarca como máximo %2.</translation>
    </message>
    <message>
        <source>Choose a shorter period.</source>
        <translation>Elija un período más corto.</translation>
    </message>
    <message>
        <source>No pantry of this file is called &quot;%1&quot;.</source>
        <translation>Ninguna despensa de este archivo se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name one of: %1.</source>
        <translation>Indique una de: %1.</translation>
    </message>
    <message>
        <source>More than one pantry is called &quot;%1&quot;.</source>
        <translation>Más de una despensa se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give its site id instead: %1.</source>
        <translation>Indique en su lugar su identificador de sitio: %1.</translation>
    </message>
    <message>
        <source>Larder could not read the ledger (%1).</source>
        <translation>Larder no pudo leer el registro (%1).</translation>
    </message>
    <message>
        <source>Run &quot;larder-cli --db FILE check&quot; to see what is wrong.</source>
        <translation>Ejecute &quot;larder-cli --db FILE check&quot; para ver qué está mal.</translation>
    </message>
</context>
<context>
    <name>larder::requests::Requests</name>
    <message>
        <source>%1, %2</source>
        <comment>what and how many</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>what, how many and the unit</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Say what it is.</source>
        <translation>Diga qué es.</translation>
    </message>
    <message>
        <source>Choose an item from the catalog, or type a few words such as &quot;winter coat, age 8&quot;.</source>
        <translation>Elija un artículo del catálogo, o escriba unas palabras como &quot;abrigo de invierno, 8 años&quot;.</translation>
    </message>
    <message>
        <source>%1 characters is too long for what it is.</source>
        <translation>%1 caracteres son demasiados para decir qué es.</translation>
    </message>
    <message>
        <source>Keep it under %1 characters; put the rest in the notes.</source>
        <translation>Use menos de %1 caracteres; ponga el resto en las notas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation>&quot;%1&quot; no es una categoría.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use uno de estos: %1.</translation>
    </message>
    <message>
        <source>%1 is not a quantity.</source>
        <translation>%1 no es una cantidad.</translation>
    </message>
    <message>
        <source>Type a number from 1 to %1.</source>
        <translation>Escriba un número de 1 a %1.</translation>
    </message>
    <message>
        <source>The notes are too long.</source>
        <translation>Las notas son demasiado largas.</translation>
    </message>
    <message>
        <source>Keep them under %1 characters.</source>
        <translation>Use menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>This household is no longer on file.</source>
        <translation>Este hogar ya no está registrado.</translation>
    </message>
    <message>
        <source>Reload the list and choose the household again.</source>
        <translation>Vuelva a cargar la lista y elija el hogar de nuevo.</translation>
    </message>
    <message>
        <source>This person is no longer on file.</source>
        <translation>Esta persona ya no está registrada.</translation>
    </message>
    <message>
        <source>Reload the list and choose the person again.</source>
        <translation>Vuelva a cargar la lista y elija a la persona de nuevo.</translation>
    </message>
    <message>
        <source>The item is not in the catalog.</source>
        <translation>El artículo no está en el catálogo.</translation>
    </message>
    <message>
        <source>Choose it from the catalog, or describe it in words.</source>
        <translation>Elíjalo del catálogo, o descríbalo con palabras.</translation>
    </message>
    <message>
        <source>This request is no longer on file; it may have been removed.</source>
        <translation>Esta solicitud ya no está registrada; quizás se eliminó.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>Vuelva a cargar la lista.</translation>
    </message>
    <message>
        <source>This offer is no longer on file; it may have been removed.</source>
        <translation>Este ofrecimiento ya no está registrado; quizás se eliminó.</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>when there is some</source>
        <translation>cuando haya</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>promised</source>
        <translation>prometida</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>empacada</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregada</translation>
    </message>
    <message>
        <source>closed unmet</source>
        <translation>cerrada sin cumplir</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>asignado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>item (words)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Say who asked: a household or a volunteer.</source>
        <translation>Diga quién lo pidió: un hogar o un voluntario.</translation>
    </message>
    <message>
        <source>Choose the household (or the volunteer) the request is for.</source>
        <translation>Elija el hogar (o el voluntario) que hace la solicitud.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of urgency.</source>
        <translation>&quot;%1&quot; no es un nivel de urgencia.</translation>
    </message>
    <message>
        <source>The person taking it on is no longer on file.</source>
        <translation>La persona a cargo ya no está registrada.</translation>
    </message>
    <message>
        <source>Nobody is on shift to take this request on.</source>
        <translation>No hay nadie de turno para hacerse cargo de esta solicitud.</translation>
    </message>
    <message>
        <source>Choose who is on shift first (Alt+S), or name the person.</source>
        <translation>Primero elija quién está de turno (Alt+T), o indique el nombre de la persona.</translation>
    </message>
    <message>
        <source>This request is closed already.</source>
        <translation>Esta solicitud ya está cerrada.</translation>
    </message>
    <message>
        <source>This request is closed already (%1).</source>
        <translation>Esta solicitud ya está cerrada (%1).</translation>
    </message>
    <message>
        <source>Say why the request is closed without being met.</source>
        <translation>Diga por qué se cierra la solicitud sin cumplirla.</translation>
    </message>
    <message>
        <source>For example &quot;found elsewhere&quot; or &quot;no longer needed&quot;.</source>
        <translation>Por ejemplo, &quot;lo consiguió en otro lado&quot; o &quot;ya no hace falta&quot;.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>El motivo es demasiado largo.</translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation>Use menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>Only a request closed unmet can be opened again.</source>
        <translation>Solo una solicitud cerrada sin cumplir se puede volver a abrir.</translation>
    </message>
    <message>
        <source>This request rides with a distribution day or was delivered; it stays on file.</source>
        <translation>Esta solicitud va con un día de reparto o ya se entregó; queda registrada.</translation>
    </message>
    <message>
        <source>Close it unmet instead, with the reason.</source>
        <translation>En su lugar, ciérrela sin cumplir, con el motivo.</translation>
    </message>
    <message>
        <source>Say who offers it.</source>
        <translation>Diga quién lo ofrece.</translation>
    </message>
    <message>
        <source>Choose the household or volunteer, or type how the team knows the neighbour.</source>
        <translation>Elija el hogar o el voluntario, o escriba cómo conoce el equipo al vecino.</translation>
    </message>
    <message>
        <source>The name, phone or address is too long.</source>
        <translation>El nombre, el teléfono o la dirección es demasiado largo.</translation>
    </message>
    <message>
        <source>Keep each under %1 characters.</source>
        <translation>Use menos de %1 caracteres en cada uno.</translation>
    </message>
    <message>
        <source>It cannot be available until before it is available from.</source>
        <translation>La fecha &quot;disponible hasta&quot; no puede ser anterior a la fecha &quot;disponible desde&quot;.</translation>
    </message>
    <message>
        <source>Check the two dates.</source>
        <translation>Revise las dos fechas.</translation>
    </message>
    <message>
        <source>%1 is not a number of boxes.</source>
        <translation>%1 no es un número de cajas.</translation>
    </message>
    <message>
        <source>Type how many boxes of room it takes in a car, from 0 to 99.</source>
        <translation>Escriba cuántas cajas de lugar ocupa en un carro, de 0 a 99.</translation>
    </message>
    <message>
        <source>Those coordinates are not a place.</source>
        <translation>Esas coordenadas no son un lugar.</translation>
    </message>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a map link.</source>
        <translation>Escriba la latitud y la longitud, como 41.8575, -87.6607, o pegue un enlace de mapa.</translation>
    </message>
    <message>
        <source>A pickup needs an address.</source>
        <translation>Una recogida necesita una dirección.</translation>
    </message>
    <message>
        <source>Type where to pick it up, or choose the household offering it.</source>
        <translation>Escriba dónde recogerlo, o elija el hogar que lo ofrece.</translation>
    </message>
    <message>
        <source>This offer was received already.</source>
        <translation>Este ofrecimiento ya se recibió.</translation>
    </message>
    <message>
        <source>This offer is a pickup on a distribution day.</source>
        <translation>Este ofrecimiento es una recogida en un día de reparto.</translation>
    </message>
    <message>
        <source>Take the pickup off that day first.</source>
        <translation>Primero quite la recogida de ese día.</translation>
    </message>
    <message>
        <source>This offer is matched, on a day or received; it stays on file.</source>
        <translation>Este ofrecimiento está asignado, en un día de reparto o ya se recibió; queda registrado.</translation>
    </message>
    <message>
        <source>Withdraw it instead.</source>
        <translation>En su lugar, retírelo.</translation>
    </message>
    <message>
        <source>This offer was withdrawn.</source>
        <translation>Este ofrecimiento se retiró.</translation>
    </message>
    <message>
        <source>This pantry has no location to put the offer in.</source>
        <translation>Esta despensa no tiene ningún lugar donde poner el ofrecimiento.</translation>
    </message>
    <message>
        <source>Add a location in Inventory first.</source>
        <translation>Primero agregue un lugar en Inventario.</translation>
    </message>
    <message>
        <source>This request has a confirmed offer already.</source>
        <translation>Esta solicitud ya tiene un ofrecimiento confirmado.</translation>
    </message>
    <message>
        <source>Cancel that match first to choose another offer.</source>
        <translation>Para elegir otro ofrecimiento, primero cancele esa coincidencia.</translation>
    </message>
    <message>
        <source>This offer is %1; it can no longer be matched.</source>
        <translation>Este ofrecimiento ya fue %1; ya no se puede usar para una coincidencia.</translation>
    </message>
    <message>
        <source>This offer is matched to another request already.</source>
        <translation>Este ofrecimiento ya está asignado a otra solicitud.</translation>
    </message>
    <message>
        <source>The offer is %1 and the request %2: they do not match.</source>
        <translation>El ofrecimiento es de la categoría %1 y la solicitud de la categoría %2: no coinciden.</translation>
    </message>
    <message>
        <source>This match is no longer confirmed.</source>
        <translation>Esta coincidencia ya no está confirmada.</translation>
    </message>
    <message>
        <source>What was offered has been delivered already.</source>
        <translation>Lo que se ofreció ya se entregó.</translation>
    </message>
    <message>
        <source>pickup outcome corrected</source>
        <translation>resultado de la recogida corregido</translation>
    </message>
    <message>
        <source>This offer has not been received.</source>
        <translation>Este ofrecimiento no se ha recibido.</translation>
    </message>
    <message>
        <source>This offer was picked up on a distribution day.</source>
        <translation>Este ofrecimiento se recogió en un día de reparto.</translation>
    </message>
    <message>
        <source>Correct the pickup stop&apos;s outcome instead.</source>
        <translation>Corrija en cambio el resultado de la parada de recogida.</translation>
    </message>
    <message>
        <source>offer not received after all</source>
        <translation>ofrecimiento que al final no se recibió</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired from the catalog.</source>
        <translation>&quot;%1&quot; está retirado del catálogo.</translation>
    </message>
    <message>
        <source>Choose an item the pantry still takes, or describe it in words.</source>
        <translation>Elija un artículo que la despensa todavía recibe, o descríbalo con palabras.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is perishable and needs its date when it comes in.</source>
        <translation>&quot;%1&quot; es perecedero y necesita su fecha cuando entra.</translation>
    </message>
    <message>
        <source>Record the offer in words, and receive the food at intake with its date.</source>
        <translation>Registre el ofrecimiento con palabras y reciba el alimento en la entrada con su fecha.</translation>
    </message>
    <message>
        <source>%1 is more than one intake may record.</source>
        <translation>%1 es más de lo que una entrada puede registrar.</translation>
    </message>
    <message>
        <source>Record the pickup stop&apos;s outcome instead, or take it off the day.</source>
        <translation>Registre en cambio el resultado de la parada de recogida, o quítela del día.</translation>
    </message>
    <message>
        <source>This is the household&apos;s own offer.</source>
        <translation>Este es el propio ofrecimiento del hogar.</translation>
    </message>
    <message>
        <source>Choose an offer from someone else.</source>
        <translation>Elija un ofrecimiento de otra persona.</translation>
    </message>
</context>
<context>
    <name>larder::routing::Cvrplib</name>
    <message>
        <source>Cannot read the file (%1).</source>
        <translation>No se puede leer el archivo (%1).</translation>
    </message>
    <message>
        <source>A section starts before DIMENSION is given.</source>
        <translation>Una sección empieza antes de que se indique DIMENSION.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>%1 debe ser un número entero de al menos %2, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>TYPE is &quot;%1&quot;; only CVRP instances can be read.</source>
        <translation>TYPE es &quot;%1&quot;; solo se pueden leer instancias CVRP.</translation>
    </message>
    <message>
        <source>DIMENSION is given twice.</source>
        <translation>DIMENSION aparece dos veces.</translation>
    </message>
    <message>
        <source>EDGE_WEIGHT_TYPE is &quot;%1&quot;; only EUC_2D is supported.</source>
        <translation>EDGE_WEIGHT_TYPE es &quot;%1&quot;; solo se admite EUC_2D.</translation>
    </message>
    <message>
        <source>%1 is not supported; only CVRP instances with EUC_2D coordinates and no route length limit can be read.</source>
        <translation>%1 no se admite; solo se pueden leer instancias CVRP con coordenadas EUC_2D y sin límite de longitud de ruta.</translation>
    </message>
    <message>
        <source>Unknown keyword &quot;%1&quot;.</source>
        <translation>Palabra clave desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node id.</source>
        <translation>&quot;%1&quot; no es un identificador de nodo.</translation>
    </message>
    <message>
        <source>Depot %1 is not a node id from 1 to %2.</source>
        <translation>El depósito %1 no es un identificador de nodo de 1 a %2.</translation>
    </message>
    <message>
        <source>A second depot; only instances with one depot can be read.</source>
        <translation>Un segundo depósito; solo se pueden leer instancias con un depósito.</translation>
    </message>
    <message>
        <source>Data outside a section: &quot;%1&quot;.</source>
        <translation>Datos fuera de una sección: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node id from 1 to %2.</source>
        <translation>&quot;%1&quot; no es un identificador de nodo de 1 a %2.</translation>
    </message>
    <message>
        <source>A coordinate line needs a node id, x and y; it has %1 values.</source>
        <translation>Una línea de coordenadas necesita un identificador de nodo, x e y; tiene %1 valores.</translation>
    </message>
    <message>
        <source>Node %1 has coordinates &quot;%2 %3&quot;, which are not numbers.</source>
        <translation>El nodo %1 tiene las coordenadas &quot;%2 %3&quot;, que no son números.</translation>
    </message>
    <message>
        <source>Node %1 has coordinates twice.</source>
        <translation>El nodo %1 tiene coordenadas dos veces.</translation>
    </message>
    <message>
        <source>A demand line needs a node id and a demand; it has %1 values.</source>
        <translation>Una línea de demanda necesita un identificador de nodo y una demanda; tiene %1 valores.</translation>
    </message>
    <message>
        <source>Node %1 has demand &quot;%2&quot;; it must be a whole number of at least 0.</source>
        <translation>El nodo %1 tiene la demanda &quot;%2&quot;; debe ser un número entero de al menos 0.</translation>
    </message>
    <message>
        <source>Node %1 has a demand twice.</source>
        <translation>El nodo %1 tiene demanda dos veces.</translation>
    </message>
    <message>
        <source>DIMENSION is missing.</source>
        <translation>Falta DIMENSION.</translation>
    </message>
    <message>
        <source>TYPE is missing.</source>
        <translation>Falta TYPE.</translation>
    </message>
    <message>
        <source>EDGE_WEIGHT_TYPE is missing.</source>
        <translation>Falta EDGE_WEIGHT_TYPE.</translation>
    </message>
    <message>
        <source>CAPACITY is missing.</source>
        <translation>Falta CAPACITY.</translation>
    </message>
    <message>
        <source>Node %1 has no coordinates in NODE_COORD_SECTION.</source>
        <translation>El nodo %1 no tiene coordenadas en NODE_COORD_SECTION.</translation>
    </message>
    <message>
        <source>Node %1 has no demand in DEMAND_SECTION.</source>
        <translation>El nodo %1 no tiene demanda en DEMAND_SECTION.</translation>
    </message>
    <message>
        <source>DEPOT_SECTION is missing or empty.</source>
        <translation>DEPOT_SECTION falta o está vacía.</translation>
    </message>
    <message>
        <source>The depot (node %1) has demand %2; it must be 0.</source>
        <translation>El depósito (nodo %1) tiene demanda %2; debe ser 0.</translation>
    </message>
</context>
<context>
    <name>larder::routing::Routing</name>
    <message>
        <source>This is a bug in the caller of the route planner; please report it.</source>
        <translation>Es un error en quien llama al planificador de rutas; por favor, infórmelo.</translation>
    </message>
    <message>
        <source>The route problem has no places (nodeCount is %1).</source>
        <translation>El problema de rutas no tiene lugares (nodeCount es %1).</translation>
    </message>
    <message>
        <source>The route problem has neither a distance matrix nor a distance function.</source>
        <translation>El problema de rutas no tiene ni matriz de distancias ni función de distancia.</translation>
    </message>
    <message>
        <source>The distance matrix has %1 values; %2 places need %3.</source>
        <translation>La matriz de distancias tiene %1 valores; %2 lugares necesitan %3.</translation>
    </message>
    <message>
        <source>The duration matrix has %1 values; %2 places need %3.</source>
        <translation>La matriz de duraciones tiene %1 valores; %2 lugares necesitan %3.</translation>
    </message>
    <message>
        <source>Vehicle %1 starts at place %2, which does not exist.</source>
        <translation>El vehículo %1 sale del lugar %2, que no existe.</translation>
    </message>
    <message>
        <source>Vehicle %1 ends at place %2, which does not exist.</source>
        <translation>El vehículo %1 termina en el lugar %2, que no existe.</translation>
    </message>
    <message>
        <source>Vehicle %1 has a negative capacity or limit.</source>
        <translation>El vehículo %1 tiene una capacidad o un límite negativos.</translation>
    </message>
    <message>
        <source>Vehicle %1 has a time limit, but the problem has no durations.</source>
        <translation>El vehículo %1 tiene un límite de tiempo, pero el problema no tiene duraciones.</translation>
    </message>
    <message>
        <source>Customer %1 is at place %2, which does not exist.</source>
        <translation>El cliente %1 está en el lugar %2, que no existe.</translation>
    </message>
    <message>
        <source>Customer %1 has a negative demand, service time or penalty.</source>
        <translation>El cliente %1 tiene una demanda, un tiempo de servicio o una penalización negativos.</translation>
    </message>
    <message>
        <source>Customer %1 has a service time or penalty over %2.</source>
        <translation>El cliente %1 tiene un tiempo de servicio o una penalización mayor que %2.</translation>
    </message>
    <message>
        <source>Customer %1 prefers vehicle %2, which does not exist.</source>
        <translation>El cliente %1 prefiere el vehículo %2, que no existe.</translation>
    </message>
    <message>
        <source>A locked route is for vehicle %1, which does not exist.</source>
        <translation>Una ruta bloqueada es para el vehículo %1, que no existe.</translation>
    </message>
    <message>
        <source>Vehicle %1 has two locked routes.</source>
        <translation>El vehículo %1 tiene dos rutas bloqueadas.</translation>
    </message>
    <message>
        <source>The locked route of vehicle %1 visits customer %2, which does not exist.</source>
        <translation>La ruta bloqueada del vehículo %1 visita al cliente %2, que no existe.</translation>
    </message>
    <message>
        <source>Customer %1 is in a locked route twice, or in two locked routes.</source>
        <translation>El cliente %1 está dos veces en una ruta bloqueada, o en dos rutas bloqueadas.</translation>
    </message>
    <message>
        <source>The solver&apos;s time limit and iteration count cannot be negative.</source>
        <translation>El límite de tiempo y el número de iteraciones del optimizador no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The solver needs a time limit, an iteration count or a way to cancel it.</source>
        <translation>El optimizador necesita un límite de tiempo, un número de iteraciones o una forma de cancelarlo.</translation>
    </message>
    <message>
        <source>The distance from place %1 to place %2 is %3; it must be between 0 and %4.</source>
        <translation>La distancia del lugar %1 al lugar %2 es %3; debe estar entre 0 y %4.</translation>
    </message>
    <message>
        <source>The duration from place %1 to place %2 is %3; it must be between 0 and %4.</source>
        <translation>La duración del lugar %1 al lugar %2 es %3; debe estar entre 0 y %4.</translation>
    </message>
    <message>
        <source>Vehicle %1&apos;s hours run from %2 to %3; they must lie between 0 and %4, the end not before the start.</source>
        <translation>El horario del vehículo %1 va de %2 a %3; debe estar entre 0 y %4, y el final no puede ser antes del inicio.</translation>
    </message>
    <message>
        <source>The penalty for lateness must lie between 0 and %1.</source>
        <translation>La penalización por retraso debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>The problem has time windows but no durations.</source>
        <translation>El problema tiene horarios pero no duraciones.</translation>
    </message>
    <message>
        <source>Customer %1&apos;s time window runs from %2 to %3; it must lie between 0 and %4, the end not before the start.</source>
        <translation>El horario del cliente %1 va de %2 a %3; debe estar entre 0 y %4, y el final no puede ser antes del inicio.</translation>
    </message>
</context>
<context>
    <name>larder::routing::Solomon</name>
    <message>
        <source>Cannot read the file (%1).</source>
        <translation>No se puede leer el archivo (%1).</translation>
    </message>
    <message>
        <source>The file is %1 MiB; a Solomon instance is far smaller.</source>
        <translation>El archivo ocupa %1 MiB; una instancia de Solomon es mucho más pequeña.</translation>
    </message>
    <message>
        <source>Expected the VEHICLE block, found &quot;%1&quot;.</source>
        <translation>Se esperaba el bloque VEHICLE y se encontró &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The VEHICLE block needs two whole numbers, the vehicles available (1 to %1) and their capacity (1 to 1000000).</source>
        <translation>El bloque VEHICLE necesita dos números enteros: los vehículos disponibles (de 1 a %1) y su capacidad (de 1 a 1000000).</translation>
    </message>
    <message>
        <source>Expected the CUSTOMER block, found &quot;%1&quot;.</source>
        <translation>Se esperaba el bloque CUSTOMER y se encontró &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A customer row has %1 values; it needs 7: number, x, y, demand, ready time, due date, service time.</source>
        <translation>Una fila de cliente tiene %1 valores; necesita 7: número, x, y, demanda, hora de inicio, hora límite, tiempo de servicio.</translation>
    </message>
    <message>
        <source>Customer numbers must run 0, 1, 2, ... in order; this row is &quot;%1&quot; where %2 was expected.</source>
        <translation>Los números de cliente deben ir 0, 1, 2, ... en orden; esta fila es &quot;%1&quot; donde se esperaba %2.</translation>
    </message>
    <message>
        <source>More than %1 customers: too many for one instance.</source>
        <translation>Más de %1 clientes: demasiados para una instancia.</translation>
    </message>
    <message>
        <source>Value %1 of customer %2 (&quot;%3&quot;) is not a number from 0 to %4.</source>
        <translation>El valor %1 del cliente %2 (&quot;%3&quot;) no es un número de 0 a %4.</translation>
    </message>
    <message>
        <source>Customer %1 has a demand that is not whole, or a ready time after its due date.</source>
        <translation>El cliente %1 tiene una demanda que no es entera, o una hora de inicio posterior a su hora límite.</translation>
    </message>
    <message>
        <source>The file ends before the depot and at least one customer are given.</source>
        <translation>El archivo termina antes de indicar el depósito y al menos un cliente.</translation>
    </message>
    <message>
        <source>The depot (customer 0) has demand %1; it must be 0.</source>
        <translation>El depósito (cliente 0) tiene demanda %1; debe ser 0.</translation>
    </message>
</context>
<context>
    <name>larder::runs::Outcomes</name>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Left at door</source>
        <translation>Dejado en la puerta</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>No estaba</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Dirección equivocada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>No lo quiso</translation>
    </message>
</context>
<context>
    <name>larder::runs::Packages</name>
    <message>
        <source>This run is no longer on file; it may have been deleted.</source>
        <translation>Este reparto ya no está registrado; quizás se borró.</translation>
    </message>
    <message>
        <source>Reload the list of runs.</source>
        <translation>Vuelva a cargar la lista de repartos.</translation>
    </message>
    <message>
        <source>The run of %1 is closed: its stock has gone out already.</source>
        <translation>El reparto del %1 está cerrado: sus existencias ya salieron.</translation>
    </message>
    <message>
        <source>Packages can only change on a run that is not closed.</source>
        <translation>Los paquetes solo se pueden cambiar en un reparto que no esté cerrado.</translation>
    </message>
    <message>
        <source>There is already a box template called &quot;%1&quot;.</source>
        <translation>Ya hay una plantilla de caja que se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose another name, or change that template instead.</source>
        <translation>Elija otro nombre, o cambie esa plantilla.</translation>
    </message>
    <message>
        <source>This box template is no longer on file; it may have been deleted on another laptop.</source>
        <translation>Esta plantilla de caja ya no está registrada; quizás se borró en otra computadora.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>Vuelva a cargar la lista.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Elija otro nombre.</translation>
    </message>
    <message>
        <source>This box template is no longer on file.</source>
        <translation>Esta plantilla de caja ya no está registrada.</translation>
    </message>
    <message>
        <source>A supplier pickup run brings food in; it has no packages to pack.</source>
        <translation>Una recolección con proveedores trae comida; no tiene paquetes que empacar.</translation>
    </message>
    <message>
        <source>Allocate the delivery or pickup run of that day instead.</source>
        <translation>Asigne mejor el reparto de entrega o de recogida de ese día.</translation>
    </message>
    <message>
        <source>There are no box templates yet, so nothing says what a package holds.</source>
        <translation>Todavía no hay plantillas de caja, así que nada dice qué lleva un paquete.</translation>
    </message>
    <message>
        <source>Add a template for each household size first (larder-cli templates).</source>
        <translation>Primero agregue una plantilla para cada tamaño de hogar (larder-cli templates).</translation>
    </message>
    <message>
        <source>The item to replace is not in the catalog.</source>
        <translation>El artículo que se quiere reemplazar no está en el catálogo.</translation>
    </message>
    <message>
        <source>Choose it from the run&apos;s shortages.</source>
        <translation>Elíjalo de lo que falta en el reparto.</translation>
    </message>
    <message>
        <source>The substitute is not in the catalog.</source>
        <translation>El sustituto no está en el catálogo.</translation>
    </message>
    <message>
        <source>Choose one of the substitutes listed with the shortage.</source>
        <translation>Elija uno de los sustitutos que aparecen con el faltante.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired from the catalog.</source>
        <translation>&quot;%1&quot; está retirado del catálogo.</translation>
    </message>
    <message>
        <source>An item cannot stand in for itself.</source>
        <translation>Un artículo no puede reemplazarse a sí mismo.</translation>
    </message>
    <message>
        <source>Choose another item, or receive more of &quot;%1&quot;.</source>
        <translation>Elija otro artículo, o reciba más &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Every package of this run has all its &quot;%1&quot;; nothing to replace.</source>
        <translation>Todos los paquetes de este reparto tienen todo su &quot;%1&quot;; no hay nada que reemplazar.</translation>
    </message>
    <message>
        <source>Allocate the run again to see its shortages.</source>
        <translation>Vuelva a asignar el reparto para ver lo que falta.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; does not suit the dietary needs of %n of the households short of &quot;%2&quot;.</source>
        <translation>
            <numerusform>&quot;%1&quot; no va con las necesidades de dieta de %n de los hogares a los que les falta &quot;%2&quot;.</numerusform>
            <numerusform>&quot;%1&quot; no va con las necesidades de dieta de %n de los hogares a los que les falta &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>No &quot;%1&quot; is on hand that another package has not taken already.</source>
        <translation>No hay &quot;%1&quot; en existencias que otro paquete no haya tomado ya.</translation>
    </message>
    <message>
        <source>This stop is no longer on its run; it may have been removed.</source>
        <translation>Esta parada ya no está en su reparto; quizás se quitó.</translation>
    </message>
    <message>
        <source>Reload the run.</source>
        <translation>Vuelva a cargar el reparto.</translation>
    </message>
    <message>
        <source>This stop has an outcome already; its package cannot change.</source>
        <translation>Esta parada ya tiene un resultado; su paquete no se puede cambiar.</translation>
    </message>
    <message>
        <source>Add the item to a stop that has not been delivered.</source>
        <translation>Agregue el artículo a una parada que no se haya entregado.</translation>
    </message>
    <message>
        <source>This stop is not a household&apos;s, so it has no package.</source>
        <translation>Esta parada no es de un hogar, así que no tiene paquete.</translation>
    </message>
    <message>
        <source>The item is not in the catalog.</source>
        <translation>El artículo no está en el catálogo.</translation>
    </message>
    <message>
        <source>Choose it from the catalog.</source>
        <translation>Elíjalo del catálogo.</translation>
    </message>
    <message>
        <source>Choose an item the pantry still gives out.</source>
        <translation>Elija un artículo que la despensa todavía entregue.</translation>
    </message>
    <message>
        <source>The quantity to add must be from 1 to 1000, not %1.</source>
        <translation>La cantidad que se agrega debe ser de 1 a 1000, no %1.</translation>
    </message>
    <message>
        <source>Type how many to add to the package.</source>
        <translation>Escriba cuántos agregar al paquete.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not suit this household&apos;s dietary needs.</source>
        <translation>&quot;%1&quot; no va con las necesidades de dieta de este hogar.</translation>
    </message>
    <message>
        <source>Choose an item that carries the household&apos;s dietary tags.</source>
        <translation>Elija un artículo que tenga las etiquetas de dieta del hogar.</translation>
    </message>
    <message>
        <source>Only %1 of &quot;%2&quot; is on hand and not set aside for a run; %3 asked for.</source>
        <translation>Solo hay %1 de &quot;%2&quot; en existencias sin apartar para un reparto; se pidieron %3.</translation>
    </message>
    <message>
        <source>Add %1 or fewer, or receive more first.</source>
        <translation>Agregue %1 o menos, o primero reciba más.</translation>
    </message>
    <message>
        <source>A box template needs a name.</source>
        <translation>Una plantilla de caja necesita un nombre.</translation>
    </message>
    <message>
        <source>Name it after who it is for, such as &quot;3-5 people&quot;.</source>
        <translation>Póngale el nombre de para quién es, como &quot;3-5 personas&quot;.</translation>
    </message>
    <message>
        <source>A box template&apos;s smallest household size must be from 1 to 99, not %1.</source>
        <translation>El tamaño de hogar más pequeño de una plantilla de caja debe ser de 1 a 99, no %1.</translation>
    </message>
    <message>
        <source>Type the number of people it starts at, such as 1.</source>
        <translation>Escriba el número de personas desde el que empieza, como 1.</translation>
    </message>
    <message>
        <source>A box template&apos;s largest household size must be from %1 to 99, not %2.</source>
        <translation>El tamaño de hogar más grande de una plantilla de caja debe ser de %1 a 99, no %2.</translation>
    </message>
    <message>
        <source>Leave it empty for &quot;and more&quot;.</source>
        <translation>Déjelo vacío para &quot;y más&quot;.</translation>
    </message>
    <message>
        <source>A package fills from 1 to 20 boxes, not %1.</source>
        <translation>Un paquete llena de 1 a 20 cajas, no %1.</translation>
    </message>
    <message>
        <source>Count the boxes one household&apos;s package needs.</source>
        <translation>Cuente las cajas que necesita el paquete de un hogar.</translation>
    </message>
    <message>
        <source>An item of the box template is not in the catalog.</source>
        <translation>Un artículo de la plantilla de caja no está en el catálogo.</translation>
    </message>
    <message>
        <source>Choose the item again from the catalog.</source>
        <translation>Elija de nuevo el artículo del catálogo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the box template twice.</source>
        <translation>&quot;%1&quot; está dos veces en la plantilla de caja.</translation>
    </message>
    <message>
        <source>Keep one line for it with the whole quantity.</source>
        <translation>Deje una sola línea con la cantidad total.</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be from 1 to 1000, not %2.</source>
        <translation>La cantidad de &quot;%1&quot; debe ser de 1 a 1000, no %2.</translation>
    </message>
    <message>
        <source>Type how many of it one package holds.</source>
        <translation>Escriba cuántos lleva un paquete.</translation>
    </message>
</context>
<context>
    <name>larder::runs::Runs</name>
    <message>
        <source>This distribution day is no longer on file.</source>
        <translation>Este día de reparto ya no está registrado.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>Vuelva a cargar la lista.</translation>
    </message>
    <message>
        <source>The distribution day of %1 is closed.</source>
        <translation>El día de reparto del %1 está cerrado.</translation>
    </message>
    <message>
        <source>Change its outcomes to reopen it, or plan another day.</source>
        <translation>Cambie sus resultados para reabrirlo, o planifique otro día.</translation>
    </message>
    <message>
        <source>This stop is no longer on the run.</source>
        <translation>Esta parada ya no está en el reparto.</translation>
    </message>
    <message>
        <source>Reload the run.</source>
        <translation>Vuelva a cargar el reparto.</translation>
    </message>
    <message>
        <source>This driver is no longer on the run.</source>
        <translation>Este conductor ya no está en el reparto.</translation>
    </message>
    <message>
        <source>The date of the distribution day is missing.</source>
        <translation>Falta la fecha del día de reparto.</translation>
    </message>
    <message>
        <source>Type a date such as 2026-03-07.</source>
        <translation>Escriba una fecha como 2026-03-07.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of distribution day.</source>
        <translation>&quot;%1&quot; no es un tipo de día de reparto.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use uno de estos: %1.</translation>
    </message>
    <message>
        <source>The kind of a distribution day can change only before it is planned.</source>
        <translation>El tipo de un día de reparto solo se puede cambiar antes de planificarlo.</translation>
    </message>
    <message>
        <source>Make a new distribution day of the other kind.</source>
        <translation>Cree un día de reparto nuevo del otro tipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) of this distribution day have an outcome recorded.</source>
        <translation>
            <numerusform>%n parada de este día de reparto tiene un resultado registrado.</numerusform>
            <numerusform>%n paradas de este día de reparto tienen un resultado registrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>A day that happened stays on file; clear its outcomes first if it was entered by mistake.</source>
        <translation>Un día que ya pasó se queda registrado; si se anotó por error, borre primero sus resultados.</translation>
    </message>
    <message>
        <source>A supplier pickup run collects food from suppliers, not households.</source>
        <translation>Una recolección con proveedores recoge comida de los proveedores, no de los hogares.</translation>
    </message>
    <message>
        <source>Add the household to a delivery or pickup day.</source>
        <translation>Agregue el hogar a un día de entrega o de recogida.</translation>
    </message>
    <message>
        <source>This household is no longer on file.</source>
        <translation>Este hogar ya no está registrado.</translation>
    </message>
    <message>
        <source>This household is already a stop of this distribution day.</source>
        <translation>Este hogar ya es una parada de este día de reparto.</translation>
    </message>
    <message>
        <source>Only a supplier pickup run has supplier stops.</source>
        <translation>Solo una recolección con proveedores tiene paradas de proveedores.</translation>
    </message>
    <message>
        <source>Make a supplier pickup run for that day.</source>
        <translation>Cree una recolección con proveedores para ese día.</translation>
    </message>
    <message>
        <source>This supplier is no longer on file.</source>
        <translation>Este proveedor ya no está registrado.</translation>
    </message>
    <message>
        <source>This supplier is already a stop of this run.</source>
        <translation>Este proveedor ya es una parada de este reparto.</translation>
    </message>
    <message>
        <source>This stop has an outcome recorded.</source>
        <translation>Esta parada tiene un resultado registrado.</translation>
    </message>
    <message>
        <source>Clear the outcome first if it was entered by mistake.</source>
        <translation>Si se anotó por error, borre primero el resultado.</translation>
    </message>
    <message>
        <source>%1 is not a number of boxes for one stop.</source>
        <translation>%1 no es un número de cajas para una parada.</translation>
    </message>
    <message>
        <source>Type a number from 0 to 99.</source>
        <translation>Escriba un número de 0 a 99.</translation>
    </message>
    <message>
        <source>This person is no longer on file.</source>
        <translation>Esta persona ya no está registrada.</translation>
    </message>
    <message>
        <source>%1 already drives on this distribution day.</source>
        <translation>%1 ya maneja en este día de reparto.</translation>
    </message>
    <message>
        <source>This driver</source>
        <translation>Este conductor</translation>
    </message>
    <message>
        <source>%1 has no vehicle capacity on file.</source>
        <translation>%1 no tiene capacidad de vehículo registrada.</translation>
    </message>
    <message>
        <source>Type how many boxes fit in the car today.</source>
        <translation>Escriba cuántas cajas caben hoy en el carro.</translation>
    </message>
    <message>
        <source>A time limit cannot be negative.</source>
        <translation>Un límite de tiempo no puede ser negativo.</translation>
    </message>
    <message>
        <source>Type minutes, or 0 for none.</source>
        <translation>Escriba los minutos, o 0 para ninguno.</translation>
    </message>
    <message>
        <source>%1 starts from home, but there are no coordinates for it.</source>
        <translation>%1 sale de su casa, pero no hay coordenadas para ella.</translation>
    </message>
    <message>
        <source>Type the coordinates of where they start, or start from the pantry.</source>
        <translation>Escriba las coordenadas del lugar de donde sale, o haga que salga de la despensa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a place to start from.</source>
        <translation>&quot;%1&quot; no es un lugar de salida.</translation>
    </message>
    <message>
        <source>Use pantry or home.</source>
        <translation>Use pantry (despensa) o home (casa).</translation>
    </message>
    <message>
        <source>A driver needs room for at least one box.</source>
        <translation>Un conductor necesita espacio para al menos una caja.</translation>
    </message>
    <message>
        <source>Limits cannot be negative.</source>
        <translation>Los límites no pueden ser negativos.</translation>
    </message>
    <message>
        <source>Type a number, or 0 for no limit.</source>
        <translation>Escriba un número, o 0 para no poner límite.</translation>
    </message>
    <message>
        <source>A driver who starts from home needs the coordinates of that place.</source>
        <translation>Un conductor que sale de su casa necesita las coordenadas de ese lugar.</translation>
    </message>
    <message>
        <source>Type the coordinates, or start from the pantry.</source>
        <translation>Escriba las coordenadas, o haga que salga de la despensa.</translation>
    </message>
    <message>
        <source>Stops of this route have outcomes recorded.</source>
        <translation>Hay paradas de esta ruta con resultados registrados.</translation>
    </message>
    <message>
        <source>Keep the driver; clear the outcomes first if they were entered by mistake.</source>
        <translation>Deje al conductor; si los resultados se anotaron por error, bórrelos primero.</translation>
    </message>
    <message>
        <source>Plan another day.</source>
        <translation>Planifique otro día.</translation>
    </message>
    <message>
        <source>The pantry has no coordinates, so routes cannot start from it.</source>
        <translation>La despensa no tiene coordenadas, así que las rutas no pueden salir de ella.</translation>
    </message>
    <message>
        <source>Set the pantry&apos;s coordinates in Settings (for example 41.8575, -87.6607), then plan again.</source>
        <translation>Ponga las coordenadas de la despensa en Ajustes (por ejemplo 41.8575, -87.6607) y vuelva a planificar.</translation>
    </message>
    <message>
        <source>No drivers are on this distribution day yet.</source>
        <translation>Todavía no hay conductores en este día de reparto.</translation>
    </message>
    <message>
        <source>Add the drivers who came, then plan.</source>
        <translation>Agregue los conductores que vinieron y luego planifique.</translation>
    </message>
    <message>
        <source>That driver is on another distribution day.</source>
        <translation>Ese conductor está en otro día de reparto.</translation>
    </message>
    <message>
        <source>The run has changed since then, so this cannot be undone.</source>
        <translation>El reparto cambió desde entonces, así que esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Move the stops by hand.</source>
        <translation>Mueva las paradas a mano.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome.</source>
        <translation>&quot;%1&quot; no es un resultado.</translation>
    </message>
    <message>
        <source>outcome changed to %1</source>
        <translation>resultado cambiado a %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Stock set aside for this stop has no location.</source>
        <translation>Las existencias apartadas para esta parada no tienen lugar.</translation>
    </message>
    <message>
        <source>Allocate the run&apos;s packages again, then record the outcome.</source>
        <translation>Vuelva a asignar los paquetes del reparto y luego registre el resultado.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) have no outcome yet.</source>
        <translation>
            <numerusform>%n parada todavía no tiene resultado.</numerusform>
            <numerusform>%n paradas todavía no tienen resultado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record what happened at every stop from the route sheets, then close the day.</source>
        <translation>Registre lo que pasó en cada parada a partir de las hojas de ruta, y luego cierre el día.</translation>
    </message>
    <message>
        <source>%1 stop(s) on routes that are not locked already have an outcome.</source>
        <translation>%1 parada(s) de rutas sin bloquear ya tienen un resultado.</translation>
    </message>
    <message>
        <source>Lock the routes that were driven (Ctrl+L), then plan the rest.</source>
        <translation>Bloquee las rutas que ya se recorrieron (Ctrl+L) y luego planifique las demás.</translation>
    </message>
    <message>
        <source>the route is locked with no stop</source>
        <translation>la ruta está bloqueada sin paradas</translation>
    </message>
    <message>
        <source>no room for boxes in the vehicle</source>
        <translation>no hay lugar para cajas en el vehículo</translation>
    </message>
    <message>
        <source>no stops on this day</source>
        <translation>no hay paradas este día</translation>
    </message>
    <message>
        <source>fewer stops than drivers</source>
        <translation>hay menos paradas que conductores</translation>
    </message>
    <message>
        <source>the routes are not planned yet</source>
        <translation>las rutas aún no están planificadas</translation>
    </message>
    <message>
        <source>the plan aims for the fewest kilometres (Settings)</source>
        <translation>la planificación busca el menor número de kilómetros (Configuración)</translation>
    </message>
    <message>
        <source>no stop fits this driver&apos;s limits (boxes, stops or minutes)</source>
        <translation>ninguna parada cabe en los límites de este conductor (cajas, paradas o minutos)</translation>
    </message>
    <message>
        <source>%1 would be free until %2, before they start at %3.</source>
        <translation>%1 estaría libre hasta las %2, antes de empezar a las %3.</translation>
    </message>
    <message>
        <source>The driver</source>
        <translation>El conductor</translation>
    </message>
    <message>
        <source>Type when they can start and when they must be back, such as 11:00 and 14:00, or leave one empty.</source>
        <translation>Escriba cuándo puede salir y cuándo debe estar de vuelta, como 11:00 y 14:00, o deje uno de los dos vacío.</translation>
    </message>
    <message>
        <source>no stop fits this driver&apos;s limits (boxes, stops, minutes or hours)</source>
        <translation>ninguna parada cabe en los límites de este conductor (cajas, paradas, minutos u horario)</translation>
    </message>
    <message>
        <source>Households come to the pantry on a pickup day: nobody drives to pick anything up.</source>
        <translation>En un día de recogida, los hogares vienen a la despensa: nadie maneja para ir a recoger nada.</translation>
    </message>
    <message>
        <source>Put the pickup on a delivery or supplier pickup day.</source>
        <translation>Ponga la recogida en un día de entrega o de recolección con proveedores.</translation>
    </message>
    <message>
        <source>This offer is no longer on file.</source>
        <translation>Este ofrecimiento ya no está registrado.</translation>
    </message>
    <message>
        <source>This offer is %1; there is nothing to pick up.</source>
        <translation>Este ofrecimiento ya fue %1; no hay nada que recoger.</translation>
    </message>
    <message>
        <source>Whoever offered this brings it to the pantry; it needs no pickup.</source>
        <translation>Quien lo ofreció lo trae a la despensa; no hace falta recogerlo.</translation>
    </message>
    <message>
        <source>Mark the offer as needing a pickup first.</source>
        <translation>Primero marque que hay que recoger el ofrecimiento.</translation>
    </message>
    <message>
        <source>This offer is a pickup on another day already.</source>
        <translation>Este ofrecimiento ya es una recogida en otro día.</translation>
    </message>
    <message>
        <source>Take it off that day first.</source>
        <translation>Primero quítelo de ese día.</translation>
    </message>
    <message>
        <source>Nobody knows where to pick this offer up.</source>
        <translation>Nadie sabe dónde recoger este ofrecimiento.</translation>
    </message>
    <message>
        <source>Give the offer an address or coordinates first.</source>
        <translation>Primero póngale al ofrecimiento una dirección o coordenadas.</translation>
    </message>
    <message>
        <source>This offer can be picked up until %1 only.</source>
        <translation>Este ofrecimiento se puede recoger solo hasta el %1.</translation>
    </message>
    <message>
        <source>Put the pickup on an earlier day, or ask whether it is still there.</source>
        <translation>Ponga la recogida en un día anterior, o pregunte si todavía está disponible.</translation>
    </message>
</context>
<context>
    <name>larder::sync::ChainCheck</name>
    <message>
        <source>Ask for a new export from a laptop you trust. Nothing was changed.</source>
        <translation>Pida una nueva exportación a una computadora de confianza. No se cambió nada.</translation>
    </message>
    <message>
        <source>This sync file names one laptop twice.</source>
        <translation>Este archivo de sincronización nombra dos veces a una computadora.</translation>
    </message>
    <message>
        <source>This sync file gives this laptop&apos;s identity another key: a laptop of the network claims to be this one.</source>
        <translation>Este archivo de sincronización da otra clave a la identidad de esta computadora: una computadora de la red dice ser esta.</translation>
    </message>
    <message>
        <source>This sync file gives &quot;%1&quot; another key than the one this laptop knows (fingerprint %2, not %3).</source>
        <translation>Este archivo de sincronización da a «%1» una clave distinta de la que conoce esta computadora (huella %2, no %3).</translation>
    </message>
    <message>
        <source>Compare the fingerprint on that laptop&apos;s Sync page; if it is not the one shown here, another laptop is posing as it. Nothing was changed.</source>
        <translation>Compare la huella en la página Sincronizar de esa computadora; si no es la que se muestra aquí, otra computadora se hace pasar por ella. No se cambió nada.</translation>
    </message>
    <message>
        <source>This sync file does not name the key of the laptop that made it.</source>
        <translation>Este archivo de sincronización no nombra la clave de la computadora que lo hizo.</translation>
    </message>
    <message>
        <source>A revocation in this sync file is not signed by the laptop it names.</source>
        <translation>Una revocación de este archivo de sincronización no está firmada por la computadora que nombra.</translation>
    </message>
    <message>
        <source>This sync file comes from &quot;%1&quot;, which &quot;%2&quot; revoked on %3: files from it are no longer taken.</source>
        <translation>Este archivo de sincronización viene de «%1», que «%2» revocó el %3: ya no se aceptan sus archivos.</translation>
    </message>
    <message>
        <source>What it made before that reaches this laptop through the other laptops&apos; files. Nothing was changed.</source>
        <translation>Lo que hizo antes llega a esta computadora con los archivos de las demás. No se cambió nada.</translation>
    </message>
    <message>
        <source>This sync file&apos;s changes of &quot;%1&quot; are not together.</source>
        <translation>Los cambios de «%1» en este archivo de sincronización no están juntos.</translation>
    </message>
    <message>
        <source>Ask for a new export. Nothing was changed.</source>
        <translation>Pida una nueva exportación. No se cambió nada.</translation>
    </message>
    <message>
        <source>This sync file&apos;s changes of &quot;%1&quot; are out of order (change %2).</source>
        <translation>Los cambios de «%1» en este archivo de sincronización están desordenados (cambio %2).</translation>
    </message>
    <message>
        <source>The file was changed after &quot;%1&quot; made it, or by a laptop posing as it: ask that laptop for a new export. Nothing was changed.</source>
        <translation>El archivo se modificó después de que «%1» lo hiciera, o lo hizo una computadora que se hace pasar por ella: pida a esa computadora una nueva exportación. No se cambió nada.</translation>
    </message>
    <message>
        <source>This sync file&apos;s changes of &quot;%1&quot; (numbers %2 to %3) are not signed by it.</source>
        <translation>Los cambios de «%1» en este archivo de sincronización (números %2 a %3) no están firmados por ella.</translation>
    </message>
    <message>
        <source>This sync file&apos;s changes of &quot;%1&quot; (numbers %2 to %3) do not match its signature.</source>
        <translation>Los cambios de «%1» en este archivo de sincronización (números %2 a %3) no coinciden con su firma.</translation>
    </message>
    <message>
        <source>Find out which laptop made this file, and revoke the copy on the Sync page. Nothing was changed.</source>
        <translation>Averigüe qué computadora hizo este archivo y revoque la copia en la página Sincronizar. No se cambió nada.</translation>
    </message>
    <message>
        <source>This sync file&apos;s description is not signed by &quot;%1&quot;, the laptop it names as its sender.</source>
        <translation>La descripción de este archivo de sincronización no está firmada por «%1», la computadora que nombra como remitente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; signed two different versions of its changes, at or before its number %2 (change %3 of this file): a copy of that laptop is in use — a restored backup or a cloned disk — or its key was taken.</source>
        <translation>«%1» firmó dos versiones distintas de sus cambios, en su número %2 o antes (cambio %3 de este archivo): se está usando una copia de esa computadora —una copia de seguridad restaurada o un disco clonado— o alguien tomó su clave.</translation>
    </message>
</context>
<context>
    <name>larder::sync::IncomingCheck</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>days and hours</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 takes a whole number</source>
        <translation>%1 debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 is yes or no (1 or 0), not %2</source>
        <translation>%1 es sí o no (1 o 0), no %2</translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation>%1 debe ser un número</translation>
    </message>
    <message>
        <source>%1 takes text</source>
        <translation>%1 debe ser texto</translation>
    </message>
    <message>
        <source>%1 is longer than 64 KiB</source>
        <translation>%1 ocupa más de 64 KiB</translation>
    </message>
    <message>
        <source>%1 takes bytes</source>
        <translation>%1 debe ser bytes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, field %3</source>
        <translation>%1 %2, campo %3</translation>
    </message>
    <message>
        <source>change %1 of this file (%2)</source>
        <translation>cambio %1 de este archivo (%2)</translation>
    </message>
    <message>
        <source>a change held here (%1)</source>
        <translation>un cambio guardado aquí (%1)</translation>
    </message>
    <message>
        <source>The laptop that made this change has a faulty or altered Larder: leave its files out until it is updated, then export again there. Nothing was changed.</source>
        <translation>La computadora que hizo este cambio tiene un Larder defectuoso o alterado: deje fuera sus archivos hasta que se actualice y luego exporte de nuevo allí. No se cambió nada.</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>computadora %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Two different changes carry the same number %1 of %2: %3 differs from the one this laptop holds (%4). That laptop&apos;s identity was copied or forged.</source>
        <translation>Dos cambios distintos llevan el mismo número %1 de %2: %3 difiere del que tiene esta computadora (%4). La identidad de esa computadora se copió o se falsificó.</translation>
    </message>
    <message>
        <source>Do not import this laptop&apos;s files until a coordinator has found which copy is the real one; a copied pantry file must be opened once so it takes an identity of its own. Nothing was changed.</source>
        <translation>No importe los archivos de esta computadora hasta que una persona coordinadora averigüe cuál copia es la verdadera; un archivo de despensa copiado debe abrirse una vez para que tome una identidad propia. No se cambió nada.</translation>
    </message>
    <message>
        <source>its time</source>
        <translation>su hora</translation>
    </message>
    <message>
        <source>its record</source>
        <translation>su registro</translation>
    </message>
    <message>
        <source>its field</source>
        <translation>su campo</translation>
    </message>
    <message>
        <source>its value</source>
        <translation>su valor</translation>
    </message>
    <message>
        <source>This file holds a change dated %1 ahead of this laptop&apos;s clock (%2).</source>
        <translation>Este archivo tiene un cambio con fecha adelantada %1 respecto al reloj de esta computadora (%2).</translation>
    </message>
    <message>
        <source>The sending laptop&apos;s clock is wrong: set its date and time, then export again. (If this laptop&apos;s own date is behind, set it first.) Nothing was changed.</source>
        <translation>El reloj de la computadora que lo envió está mal: ajuste su fecha y hora y luego exporte de nuevo. (Si la fecha de esta computadora está atrasada, ajústela primero). No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 cannot be applied: %2.</source>
        <translation>%1 no se puede aplicar: %2.</translation>
    </message>
    <message>
        <source>%1 holds no ledger row.</source>
        <translation>%1 no contiene ninguna fila del registro.</translation>
    </message>
    <message>
        <source>%1 has an unknown field.</source>
        <translation>%1 tiene un campo desconocido.</translation>
    </message>
    <message>
        <source>%1 leaves %2 empty.</source>
        <translation>%1 deja vacío %2.</translation>
    </message>
    <message>
        <source>%1 does not match its change (number, laptop or time).</source>
        <translation>%1 no coincide con su cambio (número, computadora u hora).</translation>
    </message>
    <message>
        <source>%1 moves more than %2 at once.</source>
        <translation>%1 mueve más de %2 a la vez.</translation>
    </message>
    <message>
        <source>Ledger row %1 in this file (change %2) differs from the ledger row with the same number already here (%3). Two laptops wrote different stock movements under one number: one laptop&apos;s identity was copied or forged, or a file was altered.</source>
        <translation>La fila %1 del registro en este archivo (cambio %2) difiere de la fila del registro con el mismo número que ya está aquí (%3). Dos computadoras escribieron movimientos de existencias distintos con un mismo número: la identidad de una computadora se copió o se falsificó, o se alteró un archivo.</translation>
    </message>
    <message>
        <source>Do not import files from the laptop that sent this one until a coordinator has compared both laptops&apos; stock. Nothing was changed.</source>
        <translation>No importe archivos de la computadora que envió este hasta que una persona coordinadora haya comparado las existencias de ambas computadoras. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 leaves a required field empty.</source>
        <translation>%1 deja vacío un campo obligatorio.</translation>
    </message>
    <message>
        <source>%1 breaks a rule of the record (%2).</source>
        <translation>%1 incumple una regla del registro (%2).</translation>
    </message>
    <message>
        <source>%1 refers to %2 %3, which is neither here nor in this file.</source>
        <translation>%1 hace referencia a %2 %3, que no está ni aquí ni en este archivo.</translation>
    </message>
    <message>
        <source>%1 holds no record.</source>
        <translation>%1 no contiene ningún registro.</translation>
    </message>
</context>
<context>
    <name>larder::sync::IncomingOperation</name>
    <message>
        <source>the ledger has too many columns</source>
        <translation>el registro de movimientos tiene demasiadas columnas</translation>
    </message>
    <message>
        <source>a ledger row has a field with no name</source>
        <translation>una fila del registro de movimientos tiene un campo sin nombre</translation>
    </message>
    <message>
        <source>a ledger row has an unknown field %1</source>
        <translation>una fila del registro de movimientos tiene un campo desconocido %1</translation>
    </message>
    <message>
        <source>a ledger row has the field %1 twice</source>
        <translation>una fila del registro de movimientos tiene el campo %1 dos veces</translation>
    </message>
    <message>
        <source>not a change as Larder writes one</source>
        <translation>no es un cambio como los que escribe Larder</translation>
    </message>
</context>
<context>
    <name>larder::sync::Membership</name>
    <message>
        <source>No laptop of this network is called &quot;%1&quot;.</source>
        <translation>Ninguna computadora de esta red se llama «%1».</translation>
    </message>
    <message>
        <source>Give a name or id as the list of the network&apos;s laptops shows it (&quot;larder-cli sync members&quot;).</source>
        <translation>Indique un nombre o identificador como los muestra la lista de computadoras de la red («larder-cli sync members»).</translation>
    </message>
    <message>
        <source>Several laptops are called &quot;%1&quot;.</source>
        <translation>Varias computadoras se llaman «%1».</translation>
    </message>
    <message>
        <source>Give the laptop&apos;s id instead, as &quot;larder-cli sync members&quot; shows it.</source>
        <translation>Indique en su lugar el identificador de la computadora, como lo muestra «larder-cli sync members».</translation>
    </message>
    <message>
        <source>A laptop cannot revoke itself.</source>
        <translation>Una computadora no puede revocarse a sí misma.</translation>
    </message>
    <message>
        <source>Revoke it from another laptop of the network.</source>
        <translation>Revóquela desde otra computadora de la red.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was revoked already, on %2.</source>
        <translation>«%1» ya se revocó, el %2.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>larder::sync::OperationStream</name>
    <message>
        <source>a block holds no list of changes</source>
        <translation>un bloque no contiene ninguna lista de cambios</translation>
    </message>
    <message>
        <source>change %1 of this file is malformed: %2</source>
        <translation>el cambio %1 de este archivo está mal formado: %2</translation>
    </message>
</context>
<context>
    <name>larder::sync::Replicator</name>
    <message>
        <source>No file from &quot;%1&quot; has been imported here yet, so Larder does not know what it lacks.</source>
        <translation>Todavía no se ha importado aquí ningún archivo de &quot;%1&quot;, así que Larder no sabe lo que le falta.</translation>
    </message>
    <message>
        <source>Export everything instead (leave out --for).</source>
        <translation>Exporte todo (sin --for).</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>A ledger row named by the log is missing.</source>
        <translation>Falta una fila del registro que menciona el historial de cambios.</translation>
    </message>
    <message>
        <source>Run &quot;larder-cli check&quot; on this file.</source>
        <translation>Ejecute &quot;larder-cli check&quot; con este archivo.</translation>
    </message>
    <message>
        <source>The sync file could not be written (%1).</source>
        <translation>No se pudo escribir el archivo de sincronización (%1).</translation>
    </message>
    <message>
        <source>Check that the stick or folder is writable and not full.</source>
        <translation>Revise que se pueda escribir en la memoria USB o la carpeta y que no esté llena.</translation>
    </message>
    <message>
        <source>The sync file cannot be read (%1).</source>
        <translation>No se puede leer el archivo de sincronización (%1).</translation>
    </message>
    <message>
        <source>Check the name and that the stick is plugged in.</source>
        <translation>Revise el nombre y que la memoria USB esté conectada.</translation>
    </message>
    <message>
        <source>Only files from laptops of the same network can be imported. Nothing was changed.</source>
        <translation>Solo se pueden importar archivos de computadoras de la misma red. No se cambió nada.</translation>
    </message>
    <message>
        <source>This sync file was made by a newer Larder (data version %1; this Larder reads up to %2).</source>
        <translation>Este archivo de sincronización lo hizo un Larder más reciente (versión de datos %1; este Larder lee hasta la %2).</translation>
    </message>
    <message>
        <source>Update Larder to read this file. Nothing was changed.</source>
        <translation>Actualice Larder para leer este archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This sync file&apos;s contents are damaged (%1).</source>
        <translation>El contenido de este archivo de sincronización está dañado (%1).</translation>
    </message>
    <message>
        <source>Copy the file again from its source. Nothing was changed.</source>
        <translation>Vuelva a copiar el archivo desde su origen. No se cambió nada.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importación cancelada. No se cambió nada.</translation>
    </message>
    <message>
        <source>change %1 is malformed</source>
        <translation>el cambio %1 está mal formado</translation>
    </message>
    <message>
        <source>change %1 names no known record</source>
        <translation>el cambio %1 no menciona ningún registro conocido</translation>
    </message>
    <message>
        <source>change %1 names an unknown field %2.%3</source>
        <translation>el cambio %1 menciona un campo desconocido %2.%3</translation>
    </message>
    <message>
        <source>This file holds changes numbered as this laptop&apos;s own that this laptop never made: another laptop uses the same identity.</source>
        <translation>Este archivo tiene cambios numerados como propios de esta computadora que esta computadora nunca hizo: otra computadora usa la misma identidad.</translation>
    </message>
    <message>
        <source>Open the other laptop&apos;s copy once so it takes an identity of its own, then export again. Nothing was changed.</source>
        <translation>Abra una vez la copia de la otra computadora para que tome una identidad propia, y luego exporte de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>ledger row %1 does not match its change</source>
        <translation>la fila %1 del registro no coincide con su cambio</translation>
    </message>
    <message>
        <source>The changes in this file could not be applied (%1).</source>
        <translation>No se pudieron aplicar los cambios de este archivo (%1).</translation>
    </message>
    <message>
        <source>Nothing was changed. If the file was made for another laptop, ask for a full export instead.</source>
        <translation>No se cambió nada. Si el archivo se hizo para otra computadora, pida una exportación completa.</translation>
    </message>
    <message>
        <source>That conflict is no longer open.</source>
        <translation>Ese conflicto ya no está abierto.</translation>
    </message>
    <message>
        <source>This pantry has no network passphrase yet.</source>
        <translation>Esta despensa aún no tiene contraseña de la red.</translation>
    </message>
    <message>
        <source>Give it one (&quot;larder-cli passphrase set&quot; or the Sync page), or join a network.</source>
        <translation>Dele una (&quot;larder-cli passphrase set&quot; o la página Sincronizar), o únase a una red.</translation>
    </message>
    <message>
        <source>This sync file comes from another network, not this pantry&apos;s.</source>
        <translation>Este archivo de sincronización viene de otra red, no de la de esta despensa.</translation>
    </message>
    <message>
        <source>This sync file is under another key than this pantry&apos;s.</source>
        <translation>Este archivo de sincronización está cifrado con otra clave, no con la de esta despensa.</translation>
    </message>
    <message>
        <source>Give the network&apos;s passphrase to import it.</source>
        <translation>Dé la contraseña de la red para importarlo.</translation>
    </message>
    <message>
        <source>The passphrase does not open this sync file.</source>
        <translation>La contraseña no abre este archivo de sincronización.</translation>
    </message>
    <message>
        <source>Check the network&apos;s passphrase (capitals, spaces). If the network&apos;s key was rotated on another laptop, give the new passphrase.</source>
        <translation>Revise la contraseña de la red (mayúsculas, espacios). Si la clave de la red se cambió en otra computadora, dé la nueva contraseña.</translation>
    </message>
    <message>
        <source>it holds more changes than it declares</source>
        <translation>contiene más cambios de los que declara</translation>
    </message>
    <message>
        <source>a personal value in change %1 does not open with the network&apos;s key</source>
        <translation>un dato personal del cambio %1 no se abre con la clave de la red</translation>
    </message>
    <message>
        <source>it holds fewer changes than it declares</source>
        <translation>contiene menos cambios de los que declara</translation>
    </message>
    <message>
        <source>Check the network&apos;s passphrase (capitals, spaces) and try again.</source>
        <translation>Revise la contraseña de la red (mayúsculas, espacios) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This pantry&apos;s key for signed changes does not open.</source>
        <translation>La clave de esta despensa para los cambios firmados no se abre.</translation>
    </message>
    <message>
        <source>This sync file&apos;s changes are signed under another history key than this laptop&apos;s: it comes from a copy of the network that was updated apart from this one.</source>
        <translation>Los cambios de este archivo de sincronización están firmados con otra clave de historial que la de esta computadora: viene de una copia de la red que se actualizó aparte de esta.</translation>
    </message>
    <message>
        <source>Import a file from a laptop that has exchanged files with this one since both were updated. Nothing was changed.</source>
        <translation>Importe un archivo de una computadora que haya intercambiado archivos con esta desde que ambas se actualizaron. No se cambió nada.</translation>
    </message>
    <message>
        <source>an insert without its values</source>
        <translation>un alta sin sus valores</translation>
    </message>
    <message>
        <source>more values than %1 has columns</source>
        <translation>más valores que columnas tiene %1</translation>
    </message>
    <message>
        <source>an unknown field &quot;%1&quot;</source>
        <translation>un campo desconocido «%1»</translation>
    </message>
    <message>
        <source>the field %1 twice</source>
        <translation>el campo %1 dos veces</translation>
    </message>
    <message>
        <source>a malformed value of %1</source>
        <translation>un valor mal formado de %1</translation>
    </message>
    <message>
        <source>a personal value that does not open with the network&apos;s key</source>
        <translation>un dato personal que no se abre con la clave de la red</translation>
    </message>
    <message>
        <source>An operation in this pantry&apos;s log is damaged (%1 %2).</source>
        <translation>Una operación del registro de esta despensa está dañada (%1 %2).</translation>
    </message>
    <message>
        <source>A personal value of %1 %2 was never hashed.</source>
        <translation>Un dato personal de %1 %2 nunca se resumió (hash).</translation>
    </message>
    <message>
        <source>change %1 of this file (%2 %3) is malformed: %4</source>
        <translation>el cambio %1 de este archivo (%2 %3) está mal formado: %4</translation>
    </message>
    <message>
        <source>Run &quot;larder-cli check&quot; on this file. Nothing was changed.</source>
        <translation>Ejecute «larder-cli check» sobre este archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Run &quot;larder-cli check&quot; on this file and keep a copy of it for the people who make Larder. Nothing was exported.</source>
        <translation>Ejecute «larder-cli check» sobre este archivo y guarde una copia para quienes hacen Larder. No se exportó nada.</translation>
    </message>
</context>
<context>
    <name>larder::sync::SyncFileReader</name>
    <message>
        <source>Copy the file again from its source; a file cut short or changed on the way cannot be read. Nothing was changed.</source>
        <translation>Vuelva a copiar el archivo desde su origen; un archivo cortado o cambiado por el camino no se puede leer. No se cambió nada.</translation>
    </message>
    <message>
        <source>This is not a Larder sync file.</source>
        <translation>Este no es un archivo de sincronización de Larder.</translation>
    </message>
    <message>
        <source>Choose a file that Larder exported (it ends in .lardersync).</source>
        <translation>Elija un archivo que Larder haya exportado (termina en .lardersync).</translation>
    </message>
    <message>
        <source>This sync file was made by a newer Larder (format %1; this Larder reads up to %2).</source>
        <translation>Este archivo de sincronización lo hizo un Larder más reciente (formato %1; este Larder lee hasta el %2).</translation>
    </message>
    <message>
        <source>Update Larder to read this file. Nothing was changed.</source>
        <translation>Actualice Larder para leer este archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This sync file was made by an older Larder (format %1), which this Larder no longer reads.</source>
        <translation>Este archivo de sincronización lo hizo un Larder más antiguo (formato %1), que este Larder ya no lee.</translation>
    </message>
    <message>
        <source>Update Larder on the laptop that made it and export again there. Nothing was changed.</source>
        <translation>Actualice Larder en la computadora que lo hizo y exporte de nuevo allí. No se cambió nada.</translation>
    </message>
    <message>
        <source>This sync file&apos;s header is %1 bytes long; a Larder header is at most %2.</source>
        <translation>El encabezado de este archivo de sincronización mide %1 bytes; un encabezado de Larder mide como máximo %2.</translation>
    </message>
    <message>
        <source>This sync file is cut short.</source>
        <translation>Este archivo de sincronización está cortado.</translation>
    </message>
    <message>
        <source>This sync file&apos;s header is damaged.</source>
        <translation>El encabezado de este archivo de sincronización está dañado.</translation>
    </message>
    <message>
        <source>This sync file&apos;s key does not open with the network&apos;s key, although it names it: the file was altered.</source>
        <translation>La clave de este archivo de sincronización no se abre con la clave de la red, aunque la nombra: el archivo se alteró.</translation>
    </message>
    <message>
        <source>This sync file is under another key than this pantry&apos;s.</source>
        <translation>Este archivo de sincronización está cifrado con otra clave, no con la de esta despensa.</translation>
    </message>
    <message>
        <source>Give the network&apos;s passphrase to open it.</source>
        <translation>Dé la contraseña de la red para abrirlo.</translation>
    </message>
    <message>
        <source>The passphrase does not open this sync file.</source>
        <translation>La contraseña no abre este archivo de sincronización.</translation>
    </message>
    <message>
        <source>Check the network&apos;s passphrase (capitals, spaces) and try again.</source>
        <translation>Revise la contraseña de la red (mayúsculas, espacios) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This sync file&apos;s key is not the one its header names: the file was altered.</source>
        <translation>La clave de este archivo de sincronización no es la que nombra su encabezado: el archivo se alteró.</translation>
    </message>
    <message>
        <source>This sync file is cut short (it ends before its last part).</source>
        <translation>Este archivo de sincronización está cortado (termina antes de su última parte).</translation>
    </message>
    <message>
        <source>This sync file is damaged (a part of %1 bytes).</source>
        <translation>Este archivo de sincronización está dañado (una parte de %1 bytes).</translation>
    </message>
    <message>
        <source>This sync file was changed or damaged after it was made.</source>
        <translation>Este archivo de sincronización se cambió o se dañó después de crearse.</translation>
    </message>
    <message>
        <source>This sync file&apos;s description of its contents is damaged.</source>
        <translation>La descripción del contenido de este archivo de sincronización está dañada.</translation>
    </message>
    <message>
        <source>This sync file&apos;s last part is damaged.</source>
        <translation>La última parte de este archivo de sincronización está dañada.</translation>
    </message>
    <message>
        <source>This sync file has unexpected bytes after its end.</source>
        <translation>Este archivo de sincronización tiene bytes inesperados después de su final.</translation>
    </message>
    <message>
        <source>A block of changes in this sync file is damaged.</source>
        <translation>Un bloque de cambios de este archivo de sincronización está dañado.</translation>
    </message>
    <message>
        <source>A block of changes in this sync file claims %1 bytes, more than a file of %2 changes can hold.</source>
        <translation>Un bloque de cambios de este archivo de sincronización dice ocupar %1 bytes, más de lo que puede contener un archivo de %2 cambios.</translation>
    </message>
    <message>
        <source>A block of changes in this sync file does not decompress to the size it states.</source>
        <translation>Un bloque de cambios de este archivo de sincronización no se descomprime al tamaño que indica.</translation>
    </message>
</context>
<context>
    <name>larder::sync::SyncFileWriter</name>
    <message>
        <source>The sync file could not be written (%1).</source>
        <translation>No se pudo escribir el archivo de sincronización (%1).</translation>
    </message>
    <message>
        <source>Check that the stick or folder is writable and not full.</source>
        <translation>Revise que se pueda escribir en la memoria USB o la carpeta y que no esté llena.</translation>
    </message>
    <message>
        <source>The encryption library did not start.</source>
        <translation>La biblioteca de cifrado no arrancó.</translation>
    </message>
    <message>
        <source>The changes could not be compressed.</source>
        <translation>No se pudieron comprimir los cambios.</translation>
    </message>
</context>
<context>
    <name>larder::sync::SyncFolder</name>
    <message>
        <source>This folder does not exist.</source>
        <translation>Esta carpeta no existe.</translation>
    </message>
    <message>
        <source>Choose the folder that Syncthing or Nextcloud keeps in step.</source>
        <translation>Elija la carpeta que Syncthing o Nextcloud mantienen sincronizada.</translation>
    </message>
    <message>
        <source>The pantry&apos;s own database is inside this folder.</source>
        <translation>La base de datos de la propia despensa está dentro de esta carpeta.</translation>
    </message>
    <message>
        <source>A live database must never be synced as a file: keep it elsewhere, and use this folder only for sync files.</source>
        <translation>Una base de datos en uso nunca se debe sincronizar como archivo: guárdela en otro lugar y use esta carpeta solo para archivos de sincronización.</translation>
    </message>
    <message>
        <source>Larder cannot write in this folder.</source>
        <translation>Larder no puede escribir en esta carpeta.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>No sync folder is set.</source>
        <translation>No hay ninguna carpeta de sincronización definida.</translation>
    </message>
    <message>
        <source>Larder stopped while it was reading this file. It is not read again by itself, so that it cannot stop Larder again; choose &quot;Try refused files again&quot; to read it once more, or ask its sender for a new file.</source>
        <translation>Larder se detuvo mientras leía este archivo. No se vuelve a leer por sí solo, para que no pueda detener Larder otra vez; elija &quot;Volver a probar los archivos rechazados&quot; para leerlo una vez más, o pida a quien lo envió un archivo nuevo.</translation>
    </message>
    <message>
        <source>This file cannot be read now.</source>
        <translation>Este archivo no se puede leer ahora.</translation>
    </message>
    <message>
        <source>It is tried again at the next round.</source>
        <translation>Se vuelve a probar en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>larder::ui::AidEntryDialog</name>
    <message>
        <source>New request</source>
        <translation>Solicitud nueva</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Ofrecimiento nuevo</translation>
    </message>
    <message>
        <source>What does someone need?</source>
        <translation>¿Qué necesita alguien?</translation>
    </message>
    <message>
        <source>What can someone give?</source>
        <translation>¿Qué puede dar alguien?</translation>
    </message>
    <message>
        <source>A catalog item rides with the household&apos;s next delivery once it is in stock; anything else waits for an offer that matches.</source>
        <translation>Un artículo del catálogo va con la próxima entrega del hogar cuando haya existencias; cualquier otra cosa espera un ofrecimiento que coincida.</translation>
    </message>
    <message>
        <source>Larder proposes the offer for open requests of the same kind; a coordinator confirms the match.</source>
        <translation>Larder propone el ofrecimiento para las solicitudes pendientes del mismo tipo; un coordinador confirma la coincidencia.</translation>
    </message>
    <message>
        <source>Type a household&apos;s or volunteer&apos;s name</source>
        <translation>Escriba el nombre de un hogar o de un voluntario</translation>
    </message>
    <message>
        <source>A household, a volunteer, or a neighbour&apos;s name</source>
        <translation>Un hogar, un voluntario o el nombre de un vecino</translation>
    </message>
    <message>
        <source>&amp;Who asks</source>
        <translation>Quién lo &amp;pide</translation>
    </message>
    <message>
        <source>&amp;Who offers</source>
        <translation>Quién lo &amp;ofrece</translation>
    </message>
    <message>
        <source>An item from the catalog, or words: &quot;winter coat, age 8&quot;</source>
        <translation>Un artículo del catálogo, o palabras: &quot;abrigo de invierno, 8 años&quot;</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>&amp;Kind of thing</source>
        <translation>&amp;Tipo de cosa</translation>
    </message>
    <message>
        <source>How &amp;many</source>
        <translation>Canti&amp;dad</translation>
    </message>
    <message>
        <source>How &amp;soon</source>
        <translation>&amp;Urgencia</translation>
    </message>
    <message>
        <source>It needs &amp;picking up (else they bring it)</source>
        <translation>&amp;Hay que recogerlo (si no, lo traen)</translation>
    </message>
    <message>
        <source>Where to pick it up, if not the household&apos;s address</source>
        <translation>Dónde recogerlo, si no es en la dirección del hogar</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Di&amp;rección</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <source>Room in a car (&amp;boxes)</source>
        <translation>Lugar en el carro (ca&amp;jas)</translation>
    </message>
    <message>
        <source>Empty, or 2w, sat, 12/5, 2027-01-15</source>
        <translation>Vacío, o 2w, sab, 12/5, 2027-01-15</translation>
    </message>
    <message>
        <source>Available &amp;until</source>
        <translation>Disponi&amp;ble hasta</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Say who asks: type the household&apos;s or volunteer&apos;s name.</source>
        <translation>Diga quién lo pide: escriba el nombre del hogar o del voluntario.</translation>
    </message>
    <message>
        <source>Nobody on file is called &quot;%1&quot;. Choose a name from the list as you type, or add the household first.</source>
        <translation>No hay nadie registrado con el nombre &quot;%1&quot;. Elija un nombre de la lista mientras escribe, o primero agregue el hogar.</translation>
    </message>
    <message>
        <source>Available until: %1</source>
        <translation>Disponible hasta: %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::AidPanel</name>
    <message>
        <source>%1: %2</source>
        <comment>who: what</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New &amp;request…</source>
        <translation>Nueva so&amp;licitud…</translation>
    </message>
    <message>
        <source>Someone needs something: a household or a volunteer.</source>
        <translation>Alguien necesita algo: un hogar o un voluntario.</translation>
    </message>
    <message>
        <source>New &amp;offer…</source>
        <translation>Nuevo &amp;ofrecimiento…</translation>
    </message>
    <message>
        <source>Someone can give something: a neighbour, a household or a volunteer.</source>
        <translation>Alguien puede dar algo: un vecino, un hogar o un voluntario.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>How soon</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Taken on by</source>
        <translation>A cargo de</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>What households and volunteers asked for and have not received, most urgent and oldest first. A catalog item rides with the household&apos;s next delivery once there is enough in stock.</source>
        <translation>Lo que pidieron los hogares y los voluntarios y todavía no recibieron, primero lo más urgente y lo más antiguo. Un artículo del catálogo va con la próxima entrega del hogar cuando haya suficientes existencias.</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>No hay solicitudes pendientes.</translation>
    </message>
    <message>
        <source>Close &amp;unmet…</source>
        <translation>Ce&amp;rrar sin cumplir…</translation>
    </message>
    <message>
        <source>The request will not be met (found elsewhere, no longer needed): close it with the reason.</source>
        <translation>La solicitud no se va a cumplir (lo consiguieron en otro lado, ya no hace falta): ciérrela con el motivo.</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Lo pedido</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Matches to confirm</source>
        <translation>Coincidencias por confirmar</translation>
    </message>
    <message>
        <source>Offers that may answer a request: the same kind of thing, and the same item or words in common. Confirm the ones that fit.</source>
        <translation>Ofrecimientos que pueden responder a una solicitud: el mismo tipo de cosa, y el mismo artículo o palabras en común. Confirme los que sirvan.</translation>
    </message>
    <message>
        <source>No offer matches an open request.</source>
        <translation>Ningún ofrecimiento coincide con una solicitud pendiente.</translation>
    </message>
    <message>
        <source>&amp;Confirm match</source>
        <translation>&amp;Confirmar coincidencia</translation>
    </message>
    <message>
        <source>This offer goes to this request: the request is promised.</source>
        <translation>Este ofrecimiento va para esta solicitud: la solicitud queda prometida.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Close unmet</source>
        <translation>Cerrar sin cumplir</translation>
    </message>
    <message>
        <source>Why will &quot;%1&quot; not be met? (found elsewhere, no longer needed…)</source>
        <translation>¿Por qué no se va a cumplir &quot;%1&quot;? (lo consiguieron en otro lado, ya no hace falta…)</translation>
    </message>
    <message>
        <source>packed for %1</source>
        <translation>empacada para el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>same item</source>
        <translation>mismo artículo</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) in common</source>
        <translation>
            <numerusform>%n palabra en común</numerusform>
            <numerusform>%n palabras en común</numerusform>
        </translation>
    </message>
    <message>
        <source>not all of it</source>
        <translation>no alcanza para todo</translation>
    </message>
    <message>
        <source>pick up</source>
        <translation>recoger</translation>
    </message>
    <message>
        <source>brought</source>
        <translation>lo traen</translation>
    </message>
    <message>
        <source>since today</source>
        <translation>desde hoy</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofrecimientos</translation>
    </message>
    <message>
        <source>Offers nobody has matched to a request yet come first, then those matched and not yet in hand. Press Received when one reaches the pantry: an item goes into stock.</source>
        <translation>Primero los ofrecimientos que nadie ha emparejado aún con una solicitud, luego los emparejados que todavía no llegan. Presione Recibido cuando uno llegue a la despensa: un artículo entra en las existencias.</translation>
    </message>
    <message>
        <source>No offer is waiting.</source>
        <translation>No hay ofrecimientos en espera.</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>Recibi&amp;do</translation>
    </message>
    <message>
        <source>The chosen offer is at the pantry: an item is received into stock as a donation.</source>
        <translation>El ofrecimiento elegido está en la despensa: un artículo se recibe en las existencias como donación.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie aún</translation>
    </message>
</context>
<context>
    <name>larder::ui::AidUndoCommands</name>
    <message>
        <source>new request</source>
        <translation>solicitud nueva</translation>
    </message>
    <message>
        <source>new request: %1</source>
        <translation>solicitud nueva: %1</translation>
    </message>
    <message>
        <source>new offer</source>
        <translation>ofrecimiento nuevo</translation>
    </message>
    <message>
        <source>new offer: %1</source>
        <translation>ofrecimiento nuevo: %1</translation>
    </message>
    <message>
        <source>match %1 for %2</source>
        <translation>coincidencia: %1 para %2</translation>
    </message>
    <message>
        <source>close request unmet: %1</source>
        <translation>cerrar solicitud sin cumplir: %1</translation>
    </message>
    <message>
        <source>receive %1</source>
        <translation>recibir %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::BelowParModel</name>
    <message>
        <source>%1 — below zero</source>
        <translation>%1 — bajo cero</translation>
    </message>
    <message>
        <source>Par: the amount the pantry aims to keep on the shelf.</source>
        <translation>Mínimo: la cantidad que la despensa quiere tener en el estante.</translation>
    </message>
    <message>
        <source>Enter or double-click: the history of %1</source>
        <translation>Enter o doble clic: el historial de %1</translation>
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
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Faltan</translation>
    </message>
</context>
<context>
    <name>larder::ui::CheckInDialog</name>
    <message>
        <source>stop %1</source>
        <translation>parada %1</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Copy the ticks from the route sheets, sheet by sheet, in the order printed. On a row press &lt;b&gt;1&lt;/b&gt; Delivered, &lt;b&gt;2&lt;/b&gt; Left at door, &lt;b&gt;3&lt;/b&gt; Not home, &lt;b&gt;4&lt;/b&gt; Wrong address or &lt;b&gt;5&lt;/b&gt; Declined — the numbers of the sheet&apos;s boxes — and the next stop is chosen. &lt;b&gt;N&lt;/b&gt; or &lt;b&gt;Tab&lt;/b&gt; writes a note, &lt;b&gt;0&lt;/b&gt; clears a row, &lt;b&gt;Ctrl+Z&lt;/b&gt; takes back the last change. Nothing is kept until you press Save.</source>
        <translation>Copie las marcas de las hojas de ruta, hoja por hoja, en el orden en que se imprimieron. En una fila presione &lt;b&gt;1&lt;/b&gt; Entregado, &lt;b&gt;2&lt;/b&gt; Dejado en la puerta, &lt;b&gt;3&lt;/b&gt; No estaba, &lt;b&gt;4&lt;/b&gt; Dirección equivocada o &lt;b&gt;5&lt;/b&gt; No lo quiso (los números de las casillas de la hoja) y se pasa a la siguiente parada. &lt;b&gt;N&lt;/b&gt; o &lt;b&gt;Tab&lt;/b&gt; escribe una nota, &lt;b&gt;0&lt;/b&gt; borra una fila, &lt;b&gt;Ctrl+Z&lt;/b&gt; deshace el último cambio. No se guarda nada hasta que presione Guardar.</translation>
    </message>
    <message>
        <source>Save outcomes</source>
        <translation>Guardar resultados</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>This run is no longer in the file (deleted, perhaps on another laptop). Close this window and choose the run again.</source>
        <translation>Este reparto ya no está en el archivo (quizás se borró en otra computadora). Cierre esta ventana y elija el reparto de nuevo.</translation>
    </message>
    <message>
        <source>Outcomes of %1</source>
        <translation>Resultados de %1</translation>
    </message>
    <message>
        <source>This run has no stops, so there is nothing to record.</source>
        <translation>Este reparto no tiene paradas, así que no hay nada que registrar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recorded</source>
        <translation>
            <numerusform>%1 de %n registrada</numerusform>
            <numerusform>%1 de %n registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not saved yet</source>
        <translation>
            <numerusform>%n sin guardar todavía</numerusform>
            <numerusform>%n sin guardar todavía</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed since the last save.</source>
        <translation>No ha cambiado nada desde la última vez que se guardó.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Outcomes not saved</source>
        <translation>Resultados sin guardar</translation>
    </message>
    <message>
        <source>Some outcomes are not saved yet. Save them before closing?</source>
        <translation>Hay resultados que aún no se han guardado. ¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Outcomes of %1 (%2)</source>
        <translation>Resultados del %1 (%2)</translation>
    </message>
    <message>
        <source>Saved. Every stop has an outcome, so the run is closed: delivered boxes have left stock and the others are back on the shelf.</source>
        <translation>Guardado. Todas las paradas tienen un resultado, así que el reparto está cerrado: las cajas entregadas salieron de las existencias y las demás volvieron al estante.</translation>
    </message>
    <message>
        <source>Saved. The run closes when every stop has an outcome; still to record: %1.</source>
        <translation>Guardado. El reparto se cierra cuando todas las paradas tienen un resultado; faltan por registrar: %1.</translation>
    </message>
    <message>
        <source>Every stop of the run in the route sheets&apos; order: press 1 to 5 on a row to record what happened there, N to write a note.</source>
        <translation>Cada parada del reparto en el orden de las hojas de ruta: pulse de 1 a 5 en una fila para registrar lo que pasó allí, N para escribir una nota.</translation>
    </message>
    <message>
        <source>Save the outcomes recorded here (Ctrl+S); the run closes when every stop has one.</source>
        <translation>Guardar los resultados registrados aquí (Ctrl+S); el reparto se cierra cuando cada parada tiene uno.</translation>
    </message>
    <message>
        <source>Close this window; outcomes not saved yet are offered for saving first.</source>
        <translation>Cerrar esta ventana; antes se ofrece guardar los resultados que aún no se guardaron.</translation>
    </message>
</context>
<context>
    <name>larder::ui::CheckInModel</name>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Not on a route</source>
        <translation>Sin ruta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>— press 1-5</source>
        <translation>— presione 1-5</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Cambiado, sin guardar todavía</translation>
    </message>
</context>
<context>
    <name>larder::ui::CountModel</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>Type what is on the shelf and press Enter; empty means not counted.</source>
        <translation>Escriba lo que hay en el estante y presione Enter; vacío quiere decir sin contar.</translation>
    </message>
    <message>
        <source>%1 when the count started; stock moved since.</source>
        <translation>%1 al empezar el conteo; las existencias se movieron desde entonces.</translation>
    </message>
    <message>
        <source>Confirming posts %1 for this line.</source>
        <translation>Al confirmar se registra %1 para esta línea.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count: type a whole number, 0 if there is none.</source>
        <translation>&quot;%1&quot; no es un conteo: escriba un número entero, 0 si no hay ninguno.</translation>
    </message>
</context>
<context>
    <name>larder::ui::CountPanel</name>
    <message>
        <source>A count compares what is on the shelves with what the books say. Start a count, print the count sheet, count, type the numbers in, review the differences and confirm: each difference is posted as a &quot;counted&quot; movement, so it stays visible in the item&apos;s history.</source>
        <translation>Un conteo compara lo que hay en los estantes con lo que dicen los registros. Empiece un conteo, imprima la hoja de conteo, cuente, escriba los números, revise las diferencias y confirme: cada diferencia se registra como un movimiento &quot;contado&quot;, así que sigue visible en el historial del artículo.</translation>
    </message>
    <message>
        <source>Coun&amp;t:</source>
        <translation>¿&amp;Qué contar?</translation>
    </message>
    <message>
        <source>Start count</source>
        <translation>Empezar el conteo</translation>
    </message>
    <message>
        <source>Open counts:</source>
        <translation>Conteos abiertos:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>All counts</source>
        <translation>Todos los conteos</translation>
    </message>
    <message>
        <source>&amp;Print count sheet…</source>
        <translation>Imprimir la &amp;hoja de conteo…</translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation>Guardar la hoja como PDF…</translation>
    </message>
    <message>
        <source>Blind count (hide what the books expect)</source>
        <translation>Conteo a ciegas (ocultar lo que esperan los registros)</translation>
    </message>
    <message>
        <source>Counters see only the items, not the numbers they should find: counts come out more honest.</source>
        <translation>Quienes cuentan ven solo los artículos, no los números que deberían encontrar: los conteos salen más honestos.</translation>
    </message>
    <message>
        <source>Type each counted number and press Enter to go down the list. Leave a line empty if it was not counted.</source>
        <translation>Escriba cada número contado y presione Enter para bajar por la lista. Deje una línea vacía si no se contó.</translation>
    </message>
    <message>
        <source>&amp;Review differences</source>
        <translation>&amp;Revisar diferencias</translation>
    </message>
    <message>
        <source>Confir&amp;m count…</source>
        <translation>Con&amp;firmar el conteo…</translation>
    </message>
    <message>
        <source>Cancel count…</source>
        <translation>Cancelar el conteo…</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todos los lugares</translation>
    </message>
    <message>
        <source>%1 — started %2</source>
        <translation>%1 — empezado %2</translation>
    </message>
    <message>
        <source>Count started. Print the sheet, or type the numbers straight in.</source>
        <translation>Conteo empezado. Imprima la hoja o escriba los números directamente.</translation>
    </message>
    <message>
        <source>Counting: %1</source>
        <translation>Se cuenta: %1</translation>
    </message>
    <message numerus="yes">
        <source>started %1 · %2 of %n lines counted · %3</source>
        <translation>
            <numerusform>empezado %1 · %2 de %n línea contada · %3</numerusform>
            <numerusform>empezado %1 · %2 de %n líneas contadas · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>%n diferencia</numerusform>
            <numerusform>%n diferencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all lines</source>
        <translation>Mostrar todas las líneas</translation>
    </message>
    <message>
        <source>No differences: every counted line matches the books.</source>
        <translation>Sin diferencias: cada línea contada coincide con los registros.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines differ from the books. Confirm posts one adjustment for each.</source>
        <translation>
            <numerusform>%n línea no coincide con los registros. Al confirmar se registra un ajuste por ella.</numerusform>
            <numerusform>%n líneas no coinciden con los registros. Al confirmar se registra un ajuste por cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the count</source>
        <translation>Confirmar el conteo</translation>
    </message>
    <message>
        <source>Every counted line matches the books: nothing will be posted, and the count is closed.</source>
        <translation>Todas las líneas contadas coinciden con los registros: no se registrará nada y el conteo se cerrará.</translation>
    </message>
    <message numerus="yes">
        <source>%n adjustments will be posted, one for each line that differs, with the reason &quot;count&quot;.</source>
        <translation>
            <numerusform>Se registrará %n ajuste, uno por cada línea que no coincide, con el motivo &quot;conteo&quot;.</numerusform>
            <numerusform>Se registrarán %n ajustes, uno por cada línea que no coincide, con el motivo &quot;conteo&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lines were counted; lines left empty stay as they are.</source>
        <translation>
            <numerusform>Se contó %1 de %n línea; las líneas vacías se quedan como están.</numerusform>
            <numerusform>Se contaron %1 de %n líneas; las líneas vacías se quedan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the count</source>
        <translation>Cerrar el conteo</translation>
    </message>
    <message numerus="yes">
        <source>Post %n adjustments</source>
        <translation>
            <numerusform>Registrar %n ajuste</numerusform>
            <numerusform>Registrar %n ajustes</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep counting</source>
        <translation>Seguir contando</translation>
    </message>
    <message>
        <source>Count confirmed: everything matched, nothing posted.</source>
        <translation>Conteo confirmado: todo coincidía, no se registró nada.</translation>
    </message>
    <message numerus="yes">
        <source>Count confirmed: %n adjustments posted. Each one is in its item&apos;s history.</source>
        <translation>
            <numerusform>Conteo confirmado: se registró %n ajuste. Aparece en el historial de su artículo.</numerusform>
            <numerusform>Conteo confirmado: se registraron %n ajustes. Cada uno aparece en el historial de su artículo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation>Cancelar el conteo</translation>
    </message>
    <message>
        <source>Cancel this count? The numbers typed into it are dropped; the stock stays as it is.</source>
        <translation>¿Cancelar este conteo? Los números escritos en él se descartan; las existencias se quedan como están.</translation>
    </message>
    <message>
        <source>Count cancelled. Nothing was posted.</source>
        <translation>Conteo cancelado. No se registró nada.</translation>
    </message>
    <message>
        <source>Add found item</source>
        <translation>Agregar lo encontrado</translation>
    </message>
    <message>
        <source>Stock on the shelf that the count did not list: scan or type the item, say where it is and how many.</source>
        <translation>Existencias en el estante que el conteo no incluía: escanee o escriba el artículo, diga dónde está y cuántos hay.</translation>
    </message>
    <message>
        <source>Scan, or type a name</source>
        <translation>Escanee o escriba un nombre</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Artículo:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Lu&amp;gar:</translation>
    </message>
    <message>
        <source>&amp;Use by:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>how many</source>
        <translation>cuántos</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Contado:</translation>
    </message>
    <message>
        <source>Add to the count</source>
        <translation>Agregar al conteo</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>No date / not sure</source>
        <translation>Sin fecha / no sé</translation>
    </message>
    <message>
        <source>Scan or type the item.</source>
        <translation>Escanee o escriba el artículo.</translation>
    </message>
    <message>
        <source>No single item matches &quot;%1&quot;: type more of its name, or pick it from the list.</source>
        <translation>Ningún artículo coincide solo con &quot;%1&quot;: escriba más letras del nombre o elíjalo de la lista.</translation>
    </message>
    <message>
        <source>Type how many you found.</source>
        <translation>Escriba cuántos encontró.</translation>
    </message>
    <message>
        <source>Added to the count.</source>
        <translation>Agregado al conteo.</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>Hoja de conteo</translation>
    </message>
    <message>
        <source>count-sheet-%1.pdf</source>
        <translation>hoja-de-conteo-%1.pdf</translation>
    </message>
    <message>
        <source>Save the count sheet</source>
        <translation>Guardar la hoja de conteo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the count sheet as %1.</source>
        <translation>Hoja de conteo guardada como %1.</translation>
    </message>
    <message>
        <source>A&amp;dd found item…</source>
        <translation>Agregar lo encontra&amp;do…</translation>
    </message>
    <message>
        <source>The location to count, or all of them.</source>
        <translation>El lugar que se va a contar, o todos.</translation>
    </message>
    <message>
        <source>Start counting the chosen location: print its sheet or type the numbers straight in.</source>
        <translation>Empezar a contar el lugar elegido: imprimir su hoja o escribir los números directamente.</translation>
    </message>
    <message>
        <source>Counts started earlier and not yet confirmed or cancelled.</source>
        <translation>Conteos empezados antes y todavía sin confirmar ni cancelar.</translation>
    </message>
    <message>
        <source>Go back to the chosen open count.</source>
        <translation>Volver al conteo abierto elegido.</translation>
    </message>
    <message>
        <source>Back to the counts, to start or continue another; this one stays open.</source>
        <translation>Volver a los conteos, para empezar o continuar otro; este sigue abierto.</translation>
    </message>
    <message>
        <source>Preview and print a sheet to count on paper.</source>
        <translation>Ver e imprimir una hoja para contar en papel.</translation>
    </message>
    <message>
        <source>Save the count sheet as a PDF file.</source>
        <translation>Guardar la hoja de conteo como archivo PDF.</translation>
    </message>
    <message>
        <source>Add stock found on the shelf that the count does not list.</source>
        <translation>Agregar existencias encontradas en el estante que el conteo no lista.</translation>
    </message>
    <message>
        <source>Lines to count</source>
        <translation>Líneas para contar</translation>
    </message>
    <message>
        <source>Show only the lines that differ from the books, or every line again.</source>
        <translation>Mostrar solo las líneas que no coinciden con los registros, o de nuevo todas las líneas.</translation>
    </message>
    <message>
        <source>Post one adjustment for each line that differs from the books and close the count, after asking.</source>
        <translation>Registrar un ajuste por cada línea que no coincide con los registros y cerrar el conteo, después de preguntar.</translation>
    </message>
    <message>
        <source>Drop this count and the numbers typed into it, after asking; the stock stays as it is.</source>
        <translation>Descartar este conteo y los números escritos en él, después de preguntar; las existencias quedan como están.</translation>
    </message>
</context>
<context>
    <name>larder::ui::CountSheet</name>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(continúa)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Nothing on the books here. Write down what you find.</source>
        <translation>Aquí no hay nada en los registros. Anote lo que encuentre.</translation>
    </message>
    <message>
        <source>Found something that is not listed? Write its name, use-by date and count in the space below; it is added with &quot;Add found item&quot;.</source>
        <translation>¿Encontró algo que no está en la lista? Escriba su nombre, fecha de vencimiento y cantidad en el espacio de abajo; se agrega con &quot;Agregar lo encontrado&quot;.</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>Hoja de conteo</translation>
    </message>
    <message>
        <source>Counting: %1</source>
        <translation>Se cuenta: %1</translation>
    </message>
    <message>
        <source>blind count</source>
        <translation>conteo a ciegas</translation>
    </message>
    <message>
        <source>Counted by: ____________________</source>
        <translation>Contó: ____________________</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Count sheet — %1</source>
        <translation>Hoja de conteo — %1</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can save in.</source>
        <translation>No se pudo escribir %1. Elija una carpeta donde se pueda guardar.</translation>
    </message>
</context>
<context>
    <name>larder::ui::CsvImportDialog</name>
    <message>
        <source>Import volunteers from a spreadsheet</source>
        <translation>Importar voluntarios desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Import households from a spreadsheet</source>
        <translation>Importar hogares desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Which Larder field each column of your file fills (guessed from the headers; change any that are wrong):</source>
        <translation>Qué campo de Larder llena cada columna de su archivo (adivinado a partir de los encabezados; cambie los que estén mal):</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Columna de su archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Larder field</source>
        <translation>Campo de Larder</translation>
    </message>
    <message>
        <source>A row is a household already on file when it has:</source>
        <translation>Una fila es un hogar ya registrado cuando tiene:</translation>
    </message>
    <message>
        <source>A row is a volunteer already on file when it has:</source>
        <translation>Una fila es un voluntario ya registrado cuando tiene:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %n row(s), %2, separated by “%3”.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n fila, %2, separadas por “%3”.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n filas, %2, separadas por “%3”.</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(no usar)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Importado: %1 agregados, %2 actualizados, %3 sin cambios.</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Aviso: </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file or the mapping before anything can be imported. Nothing has been written.</source>
        <translation>
            <numerusform>Hay %n problema que corregir en el archivo o en la asignación de columnas antes de poder importar. No se ha escrito nada.</numerusform>
            <numerusform>Hay %n problemas que corregir en el archivo o en la asignación de columnas antes de poder importar. No se ha escrito nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: %1 row(s) — %2 to add, %3 to update, %4 already the same. Nothing is written until you press Import.</source>
        <translation>Listo: %1 fila(s) — %2 para agregar, %3 para actualizar, %4 ya iguales. No se escribe nada hasta que presione Importar.</translation>
    </message>
    <message>
        <source>Never imported (by design)</source>
        <translation>Nunca se importa (a propósito)</translation>
    </message>
    <message>
        <source>Nothing new to import: every row is already on file.</source>
        <translation>Nada nuevo que importar: todas las filas ya están registradas.</translation>
    </message>
    <message>
        <source>Import items from a spreadsheet</source>
        <translation>Importar artículos desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>A row is an item already in the catalog when it has:</source>
        <translation>Una fila es un artículo que ya está en el catálogo cuando tiene:</translation>
    </message>
    <message>
        <source>Same name and address</source>
        <translation>Mismo nombre y dirección</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>Mismo teléfono</translation>
    </message>
    <message>
        <source>Same address</source>
        <translation>Misma dirección</translation>
    </message>
    <message>
        <source>Same Larder id (a file exported from Larder)</source>
        <translation>Mismo identificador de Larder (un archivo exportado de Larder)</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Mismo nombre</translation>
    </message>
    <message>
        <source>Same barcode</source>
        <translation>Mismo código de barras</translation>
    </message>
    <message>
        <source>Never: add every row</source>
        <translation>Nunca: agregar todas las filas</translation>
    </message>
    <message>
        <source>Columns of your file</source>
        <translation>Columnas de su archivo</translation>
    </message>
    <message>
        <source>Each column of your file with its first value and the Larder field it fills; change any field that is wrong.</source>
        <translation>Cada columna de su archivo con su primer valor y el campo de Larder que llena; cambie cualquier campo que esté mal.</translation>
    </message>
    <message>
        <source>How a row is matched to one already on file: a matched row updates it instead of being added.</source>
        <translation>Cómo se reconoce que una fila ya está registrada: una fila reconocida la actualiza en lugar de agregarse.</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>Problemas y advertencias</translation>
    </message>
    <message>
        <source>What must be fixed before anything can be imported, and warnings, each with its file, row and column.</source>
        <translation>Lo que hay que corregir antes de poder importar algo, y las advertencias, cada uno con su archivo, fila y columna.</translation>
    </message>
    <message>
        <source>Add and update the rows as the summary above says.</source>
        <translation>Agregar y actualizar las filas como indica el resumen de arriba.</translation>
    </message>
    <message>
        <source>Close this window without importing anything.</source>
        <translation>Cerrar esta ventana sin importar nada.</translation>
    </message>
    <message>
        <source>Larder field for %1</source>
        <translation>Campo de Larder para %1</translation>
    </message>
    <message>
        <source>The Larder field this column fills, or &quot;(leave out)&quot;.</source>
        <translation>El campo de Larder que llena esta columna, o &quot;(no usar)&quot;.</translation>
    </message>
</context>
<context>
    <name>larder::ui::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>pick-up at the pantry</source>
        <translation>recogida en la despensa</translation>
    </message>
    <message>
        <source>collection from suppliers</source>
        <translation>recolección con proveedores</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>entrega a domicilio</translation>
    </message>
    <message>
        <source>Plan a distribution day: the households due, the drivers who came, and a route for each. Every change is saved at once; Ctrl+Z undoes.</source>
        <translation>Planifique un día de reparto: los hogares que tocan, los conductores que vinieron y una ruta para cada uno. Cada cambio se guarda al instante; Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>More than one distribution on this day: choose which.</source>
        <translation>Hay más de un reparto este día: elija cuál.</translation>
    </message>
    <message>
        <source>Start the day shown: the households due that day are proposed as stops (Alt+N).</source>
        <translation>Empezar el día mostrado: los hogares que tocan ese día se proponen como paradas (Alt+N).</translation>
    </message>
    <message>
        <source>&amp;Delivery by drivers</source>
        <translation>Entrega por &amp;conductores</translation>
    </message>
    <message>
        <source>&amp;Pick-up at the pantry</source>
        <translation>&amp;Recogida en la despensa</translation>
    </message>
    <message>
        <source>&amp;Collection from suppliers</source>
        <translation>Recolección con proveedor&amp;es</translation>
    </message>
    <message>
        <source>&amp;Stops</source>
        <translation>&amp;Paradas</translation>
    </message>
    <message>
        <source>D&amp;rivers</source>
        <translation>Conduc&amp;tores</translation>
    </message>
    <message>
        <source>R&amp;outes</source>
        <translation>R&amp;utas</translation>
    </message>
    <message>
        <source>change %1&apos;s limits</source>
        <translation>cambiar los límites de %1</translation>
    </message>
    <message>
        <source>Plan routes</source>
        <translation>Planificar rutas</translation>
    </message>
    <message>
        <source>Lock route</source>
        <translation>Bloquear ruta</translation>
    </message>
    <message>
        <source>Print route sheets</source>
        <translation>Imprimir hojas de ruta</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>New distribution day</source>
        <translation>Nuevo día de reparto</translation>
    </message>
    <message>
        <source>Move to route</source>
        <translation>Mover a la ruta</translation>
    </message>
    <message>
        <source>Choose a stop first, then Ctrl+M.</source>
        <translation>Primero elija una parada y luego Ctrl+M.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No distribution day on %1.&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;New distribution day&lt;/b&gt; (Alt+N) to start one: Larder proposes the households due that day by their schedule, and you add or remove any.&lt;/p&gt;&lt;p&gt;Then add the drivers who came, press &lt;b&gt;Plan routes&lt;/b&gt; (Ctrl+R), and correct the routes by hand where you know better. Or pick another day above.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay día de reparto el %1.&lt;/h3&gt;&lt;p&gt;Presione &lt;b&gt;Nuevo día de reparto&lt;/b&gt; (Alt+N) para empezar uno: Larder propone los hogares que tocan ese día según su calendario, y usted agrega o quita los que quiera.&lt;/p&gt;&lt;p&gt;Luego agregue los conductores que vinieron, presione &lt;b&gt;Planificar rutas&lt;/b&gt; (Ctrl+R) y corrija a mano las rutas donde usted sepa más. O elija otro día arriba.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n stop(s)</source>
        <translation>
            <numerusform>%1 · %n parada</numerusform>
            <numerusform>%1 · %n paradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n driver(s)</source>
        <translation>
            <numerusform> · %n conductor</numerusform>
            <numerusform> · %n conductores</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1. Ctrl+Z undoes it.</source>
        <translation>Hecho: %1. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>new distribution day on %1</source>
        <translation>nuevo día de reparto el %1</translation>
    </message>
    <message>
        <source>Start a distribution day first (Alt+N).</source>
        <translation>Primero empiece un día de reparto (Alt+N).</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>agregar %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>quitar %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n box(es)</source>
        <translation>
            <numerusform>%1: %n caja</numerusform>
            <numerusform>%1: %n cajas</numerusform>
        </translation>
    </message>
    <message>
        <source>That driver is no longer on file. Choose another.</source>
        <translation>Ese conductor ya no está registrado. Elija otro.</translation>
    </message>
    <message>
        <source>add driver %1</source>
        <translation>agregar al conductor %1</translation>
    </message>
    <message>
        <source>%1 has no vehicle capacity on file: type today&apos;s boxes in the Boxes column.</source>
        <translation>%1 no tiene capacidad de vehículo registrada: escriba las cajas de hoy en la columna Cajas.</translation>
    </message>
    <message>
        <source>remove driver %1</source>
        <translation>quitar al conductor %1</translation>
    </message>
    <message>
        <source>No driver on this day yet: add the drivers who came, then plan.</source>
        <translation>Todavía no hay conductores este día: agregue los conductores que vinieron y luego planifique.</translation>
    </message>
    <message>
        <source>Planning routes…</source>
        <translation>Planificando rutas…</translation>
    </message>
    <message>
        <source>Stop and keep the best so far</source>
        <translation>Detener y quedarse con lo mejor hasta ahora</translation>
    </message>
    <message>
        <source>Planning routes… best so far %1 km</source>
        <translation>Planificando rutas… lo mejor hasta ahora: %1 km</translation>
    </message>
    <message>
        <source>re-plan the rest</source>
        <translation>volver a planificar las demás</translation>
    </message>
    <message>
        <source>plan routes</source>
        <translation>planificar rutas</translation>
    </message>
    <message>
        <source>Routes planned. Ctrl+Z goes back to the routes before.</source>
        <translation>Rutas planificadas. Ctrl+Z vuelve a las rutas de antes.</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>sin ruta</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>ruta %1</translation>
    </message>
    <message>
        <source>move %1 to %2</source>
        <translation>mover %1 a %2</translation>
    </message>
    <message>
        <source>move %1 up</source>
        <translation>subir %1</translation>
    </message>
    <message>
        <source>move %1 down</source>
        <translation>bajar %1</translation>
    </message>
    <message>
        <source>lock %1</source>
        <translation>bloquear %1</translation>
    </message>
    <message>
        <source>unlock %1</source>
        <translation>desbloquear %1</translation>
    </message>
    <message>
        <source>Stops show by route and number, and check-in by route and stop number works. Making a day, planning routes, packing boxes and printing route sheets wait for a coordinator.</source>
        <translation>Las paradas se ven por ruta y número, y el registro por número de ruta y de parada funciona. Crear un día, planificar rutas, preparar cajas e imprimir hojas de ruta esperan a un coordinador.</translation>
    </message>
    <message>
        <source>Start a collection day first (Alt+N).</source>
        <translation>Primero empiece un día de recolección (Alt+N).</translation>
    </message>
    <message>
        <source>The day to plan: its distribution shows below, or one can be started.</source>
        <translation>El día que se planifica: su reparto aparece abajo, o se puede empezar uno.</translation>
    </message>
    <message>
        <source>Start a delivery day first (Alt+N).</source>
        <translation>Primero inicie un día de reparto (Alt+N).</translation>
    </message>
    <message>
        <source>add the pickup from %1</source>
        <translation>agregar la recogida de %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::DistributionTab</name>
    <message>
        <source>Route %1 · %2</source>
        <translation>Ruta %1 · %2</translation>
    </message>
    <message>
        <source>No driver yet: add drivers first</source>
        <translation>Todavía no hay conductores: agregue conductores primero</translation>
    </message>
    <message>
        <source>Not on a route</source>
        <translation>Sin ruta</translation>
    </message>
    <message>
        <source>Move to route</source>
        <translation>Mover a la ruta</translation>
    </message>
    <message>
        <source>Earlier on the route (Alt+Up)</source>
        <translation>Antes en la ruta (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Later on the route (Alt+Down)</source>
        <translation>Después en la ruta (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Remove from this day</source>
        <translation>Quitar de este día</translation>
    </message>
</context>
<context>
    <name>larder::ui::DriversTab</name>
    <message>
        <source>Add a &amp;driver who came:</source>
        <translation>Agregar un conductor que &amp;vino:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove driver</source>
        <translation>Quitar conductor</translation>
    </message>
    <message>
        <source>Their stops go back to &quot;not on a route&quot; (Delete).</source>
        <translation>Sus paradas vuelven a &quot;sin ruta&quot; (Supr).</translation>
    </message>
    <message>
        <source>Choose a driver in the list first.</source>
        <translation>Primero elija un conductor de la lista.</translation>
    </message>
    <message>
        <source>No driver yet. Add each driver who came from the list above; their vehicle&apos;s boxes and usual start fill in, and you can change them for today.</source>
        <translation>Todavía no hay conductores. Agregue de la lista de arriba a cada conductor que vino; las cajas de su vehículo y su salida habitual se llenan solas, y puede cambiarlas para hoy.</translation>
    </message>
    <message>
        <source>Together they carry %1 boxes; the stops need %2.</source>
        <translation>Entre todos llevan %1 cajas; las paradas necesitan %2.</translation>
    </message>
    <message>
        <source>Not everyone fits: add a driver or raise a capacity.</source>
        <translation>No cabe todo: agregue un conductor o aumente una capacidad.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n box(es))</source>
        <translation>
            <numerusform>%1 (%n caja)</numerusform>
            <numerusform>%1 (%n cajas)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one has the driver role: add it under Households → Volunteers and drivers</source>
        <translation>Nadie tiene el rol de conductor: agréguelo en Hogares → Voluntarios y conductores</translation>
    </message>
    <message>
        <source>Every driver is on this day already</source>
        <translation>Todos los conductores ya están en este día</translation>
    </message>
    <message>
        <source>The drivers on file who are not on this day yet.</source>
        <translation>Los conductores registrados que todavía no están en este día.</translation>
    </message>
    <message>
        <source>Add the chosen driver to this day, with their vehicle&apos;s boxes and usual start.</source>
        <translation>Agregar el conductor elegido a este día, con las cajas de su vehículo y su punto de salida habitual.</translation>
    </message>
    <message>
        <source>Drivers of the day</source>
        <translation>Conductores del día</translation>
    </message>
    <message>
        <source>The drivers who came and their limits for today; type in a cell to change a limit, Delete removes the selected driver.</source>
        <translation>Los conductores que vinieron y sus límites de hoy; escriba en una celda para cambiar un límite; Supr quita al conductor seleccionado.</translation>
    </message>
</context>
<context>
    <name>larder::ui::ExpiringLotsModel</name>
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
</context>
<context>
    <name>larder::ui::FigureDetailsDialog</name>
    <message>
        <source>Behind &quot;%1&quot;</source>
        <translation>Detalle de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Distribution day</source>
        <translation>Día de reparto</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(bloqueado)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>The first %1 stops are listed.</source>
        <translation>Se muestran las primeras %1 paradas.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>  correction</source>
        <translation>  corrección</translation>
    </message>
    <message>
        <source>The first %1 ledger rows are listed.</source>
        <translation>Se muestran las primeras %1 filas del registro.</translation>
    </message>
    <message>
        <source>This figure reads the shelf as it is now: the Inventory page lists every lot behind it.</source>
        <translation>Esta cifra lee los estantes tal como están ahora: la página Inventario muestra cada lote que la forma.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nada en este período.</translation>
    </message>
    <message>
        <source>The rows this figure counts, one a line.</source>
        <translation>Las filas que cuenta esta cifra, una por línea.</translation>
    </message>
    <message>
        <source>Back to the report.</source>
        <translation>Vuelve al informe.</translation>
    </message>
</context>
<context>
    <name>larder::ui::HandOffBar</name>
    <message>
        <source>Set aside stock…</source>
        <translation>Apartar existencias…</translation>
    </message>
    <message>
        <source>Set stock aside for every household&apos;s package, see what is short and what could stand in, and the pick list.</source>
        <translation>Apartar existencias para el paquete de cada hogar, ver lo que falta y lo que podría reemplazarlo, y la lista de recolección.</translation>
    </message>
    <message>
        <source>Print route sheets…</source>
        <translation>Imprimir hojas de ruta…</translation>
    </message>
    <message>
        <source>One sheet per driver: stops in order, map, tick boxes (Ctrl+P).</source>
        <translation>Una hoja por conductor: paradas en orden, mapa, casillas para marcar (Ctrl+P).</translation>
    </message>
    <message>
        <source>Print packing lists…</source>
        <translation>Imprimir listas de empaque…</translation>
    </message>
    <message>
        <source>What goes into each household&apos;s boxes, route by route.</source>
        <translation>Lo que va en las cajas de cada hogar, ruta por ruta.</translation>
    </message>
    <message>
        <source>Record outcomes…</source>
        <translation>Registrar resultados…</translation>
    </message>
    <message>
        <source>Type in what the drivers ticked on their sheets: delivered, not home…</source>
        <translation>Escriba lo que los conductores marcaron en sus hojas: entregado, no estaba…</translation>
    </message>
    <message>
        <source>Set stock aside first?</source>
        <translation>¿Apartar existencias primero?</translation>
    </message>
    <message>
        <source>No stock was set aside for this day, so delivered boxes would take nothing from stock. Set it aside now, first expiry first out, before recording what happened?</source>
        <translation>No se apartaron existencias para este día, así que las cajas entregadas no descontarían nada de las existencias. ¿Apartarlas ahora, primero lo que vence antes, antes de registrar lo que pasó?</translation>
    </message>
    <message>
        <source>Route sheets</source>
        <translation>Hojas de ruta</translation>
    </message>
    <message>
        <source>Packing lists</source>
        <translation>Listas de empaque</translation>
    </message>
    <message>
        <source>Compact: one row a stop</source>
        <translation>Compacta: una fila por parada</translation>
    </message>
    <message>
        <source>About twelve stops a page instead of two or three.</source>
        <translation>Unas doce paradas por página en lugar de dos o tres.</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>Idioma de los papeles</translation>
    </message>
    <message>
        <source>The language these papers print in.</source>
        <translation>El idioma en que se imprimen estos papeles.</translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdAddUndoCommand</name>
    <message>
        <source>adding %1</source>
        <translation>agregar %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdEditUndoCommand</name>
    <message>
        <source>change to %1</source>
        <translation>cambiar a %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdForm</name>
    <message>
        <source>Name they chose *</source>
        <translation>Nombre elegido *</translation>
    </message>
    <message>
        <source>A name or alias; a legal name is never needed</source>
        <translation>Un nombre o apodo; nunca hace falta el nombre legal</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Depto.</translation>
    </message>
    <message>
        <source>Apartment, floor</source>
        <translation>Departamento, piso</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>Punto de encuentro</translation>
    </message>
    <message>
        <source>Instead of an address, for someone without one</source>
        <translation>En lugar de una dirección, para quien no tiene una</translation>
    </message>
    <message>
        <source>Map location</source>
        <translation>Ubicación en el mapa</translation>
    </message>
    <message>
        <source>&quot;lat, lon&quot; or a pasted map link (optional)</source>
        <translation>&quot;lat, lon&quot; o un enlace de mapa pegado (opcional)</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Seniors</source>
        <translation>Mayores</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades de dieta</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Separated by ; (peanuts; shellfish)</source>
        <translation>Separadas por ; (maní; mariscos)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Spanish, English</source>
        <translation>Español, inglés</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Notas de entrega</translation>
    </message>
    <message>
        <source>Side door, call on arrival</source>
        <translation>Puerta lateral, llamar al llegar</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de acceso</translation>
    </message>
    <message>
        <source>No stairs, carry upstairs</source>
        <translation>Sin escaleras, subir las cajas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>May call</source>
        <translation>Se puede llamar</translation>
    </message>
    <message>
        <source>May text</source>
        <translation>Se pueden mandar mensajes</translation>
    </message>
    <message>
        <source>May leave at the door</source>
        <translation>Se puede dejar en la puerta</translation>
    </message>
    <message>
        <source>They agreed</source>
        <translation>Lo aceptaron</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>Día preferido</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>9-12, afternoon (optional)</source>
        <translation>9-12, tarde (opcional)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Volunteers here</source>
        <translation>Voluntarios de aquí</translation>
    </message>
    <message>
        <source>Open that household</source>
        <translation>Abrir ese hogar</translation>
    </message>
    <message>
        <source>Merge it into this one…</source>
        <translation>Unirlo a este…</translation>
    </message>
    <message>
        <source>Merge households</source>
        <translation>Unir hogares</translation>
    </message>
    <message>
        <source>By design there is no field for legal ID, immigration status, income, date of birth or photos.</source>
        <translation>A propósito no hay ningún campo para documento de identidad, situación migratoria, ingresos, fecha de nacimiento ni fotos.</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Agregar hogar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the form (Esc). Changes are already saved.</source>
        <translation>Cerrar el formulario (Esc). Los cambios ya están guardados.</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Hogar nuevo</translation>
    </message>
    <message>
        <source>Nobody from this household volunteers yet.</source>
        <translation>Nadie de este hogar es voluntario todavía.</translation>
    </message>
    <message>
        <source>Ready: press Enter or “Add household” to save it.</source>
        <translation>Listo: presione Enter o “Agregar hogar” para guardarlo.</translation>
    </message>
    <message>
        <source>Fill in the fields marked in red to add the household.</source>
        <translation>Complete los campos marcados en rojo para agregar el hogar.</translation>
    </message>
    <message>
        <source>Every change is saved when you leave a field. Ctrl+Z undoes.</source>
        <translation>Cada cambio se guarda al salir de un campo. Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>Not saved until the fields marked in red are fixed.</source>
        <translation>No se guarda hasta que se corrijan los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>This looks like a household already on file:</source>
        <translation>Parece un hogar que ya está registrado:</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added. Ctrl+Z takes it back.</source>
        <translation>Agregado. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Saved at %1. Ctrl+Z undoes.</source>
        <translation>Guardado a las %1. Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>Type the name they chose and an address or a meeting point, then press Enter.</source>
        <translation>Escriba el nombre elegido y una dirección o un punto de encuentro, y luego presione Enter.</translation>
    </message>
    <message>
        <source>Merge the other household into this one? Empty fields here are filled from it, its volunteers and history move here, and it is removed. Ctrl+Z takes the merge back.</source>
        <translation>¿Unir el otro hogar a este? Los campos vacíos de aquí se llenan con los suyos, sus voluntarios e historial pasan a este y el otro se elimina. Ctrl+Z deshace la unión.</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n field(s) filled from the other household. Ctrl+Z takes the merge back.</source>
        <translation>
            <numerusform>Unidos: se llenó %n campo con datos del otro hogar. Ctrl+Z deshace la unión.</numerusform>
            <numerusform>Unidos: se llenaron %n campos con datos del otro hogar. Ctrl+Z deshace la unión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <source>Kosher</source>
        <translation>Kosher</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>Vegetariano</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>Vegano</translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation>Sin gluten</translation>
    </message>
    <message>
        <source>Nut-free</source>
        <translation>Sin nueces</translation>
    </message>
    <message>
        <source>Diabetic-friendly</source>
        <translation>Apto para diabéticos</translation>
    </message>
    <message>
        <source>Low sodium</source>
        <translation>Bajo en sodio</translation>
    </message>
    <message>
        <source>That was a barcode scan (%1), not typing: nothing was changed here. Scan donations at Inventory → Intake.</source>
        <translation>Eso fue un escaneo de código de barras (%1), no escritura: aquí no se cambió nada. Escanee las donaciones en Inventario → Recepción.</translation>
    </message>
    <message>
        <source>The name or alias the household chose; it is needed, a legal name never is.</source>
        <translation>El nombre o alias que eligió el hogar; es necesario, un nombre legal nunca lo es.</translation>
    </message>
    <message>
        <source>The street and number deliveries go to.</source>
        <translation>La calle y el número adonde van las entregas.</translation>
    </message>
    <message>
        <source>The apartment or floor, if there is one.</source>
        <translation>El apartamento o piso, si lo hay.</translation>
    </message>
    <message>
        <source>The city of the address.</source>
        <translation>La ciudad de la dirección.</translation>
    </message>
    <message>
        <source>The postal code of the address.</source>
        <translation>El código postal de la dirección.</translation>
    </message>
    <message>
        <source>Where to meet a household that has no address, instead of one.</source>
        <translation>Dónde encontrarse con un hogar que no tiene dirección, en lugar de una.</translation>
    </message>
    <message>
        <source>Where the household is on the map: latitude and longitude, or a link copied from OpenStreetMap or Google Maps.</source>
        <translation>Dónde está el hogar en el mapa: latitud y longitud, o un enlace copiado de OpenStreetMap o Google Maps.</translation>
    </message>
    <message>
        <source>How many adults live in the household.</source>
        <translation>Cuántos adultos viven en el hogar.</translation>
    </message>
    <message>
        <source>How many children live in the household.</source>
        <translation>Cuántos niños viven en el hogar.</translation>
    </message>
    <message>
        <source>How many seniors live in the household.</source>
        <translation>Cuántas personas mayores viven en el hogar.</translation>
    </message>
    <message>
        <source>Tick when the household needs food marked &quot;%1&quot;.</source>
        <translation>Marque si el hogar necesita alimentos marcados como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>What they must not eat, separated by semicolons.</source>
        <translation>Lo que no deben comer, separado por punto y coma.</translation>
    </message>
    <message>
        <source>The languages they speak, separated by commas.</source>
        <translation>Los idiomas que hablan, separados por comas.</translation>
    </message>
    <message>
        <source>What the driver should know when delivering.</source>
        <translation>Lo que el conductor debe saber al entregar.</translation>
    </message>
    <message>
        <source>What they need to receive a delivery, such as no stairs.</source>
        <translation>Lo que necesitan para recibir una entrega, como no usar escaleras.</translation>
    </message>
    <message>
        <source>A number to reach the household; it may stay empty.</source>
        <translation>Un número para comunicarse con el hogar; puede quedar vacío.</translation>
    </message>
    <message>
        <source>Tick when they agreed to be phoned.</source>
        <translation>Marque si aceptaron que se les llame.</translation>
    </message>
    <message>
        <source>Tick when they agreed to get text messages.</source>
        <translation>Marque si aceptaron recibir mensajes de texto.</translation>
    </message>
    <message>
        <source>Tick when they agreed that the package may be left at the door.</source>
        <translation>Marque si aceptaron que el paquete se deje en la puerta.</translation>
    </message>
    <message>
        <source>How often the household gets a package.</source>
        <translation>Con qué frecuencia recibe un paquete el hogar.</translation>
    </message>
    <message>
        <source>The day of the week that suits them best for a delivery.</source>
        <translation>El día de la semana que mejor les conviene para una entrega.</translation>
    </message>
    <message>
        <source>The time of day a delivery suits them; it may stay empty.</source>
        <translation>La hora del día en que les conviene una entrega; puede quedar vacía.</translation>
    </message>
    <message>
        <source>Whether the household is active, paused, closed or on the waiting list.</source>
        <translation>Si el hogar está activo, en pausa, cerrado o en lista de espera.</translation>
    </message>
    <message>
        <source>Show the household this one looks like, in this form.</source>
        <translation>Mostrar en este formulario el hogar al que se parece este.</translation>
    </message>
    <message>
        <source>Merge the other household into this one, after asking; Ctrl+Z takes it back.</source>
        <translation>Unir el otro hogar a este, después de preguntar; Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Add the household to the file (Enter in a field does the same).</source>
        <translation>Agregar el hogar al archivo (Enter en un campo hace lo mismo).</translation>
    </message>
    <message>
        <source>Add a re&amp;quest…</source>
        <translation>Agregar una so&amp;licitud…</translation>
    </message>
    <message>
        <source>Something this household needs: it rides with their next delivery when it is in stock, or waits for an offer.</source>
        <translation>Algo que necesita este hogar: va con su próxima entrega cuando haya existencias, o espera un ofrecimiento.</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Lo pedido</translation>
    </message>
    <message>
        <source>Save the household first; then add what it asks for.</source>
        <translation>Primero guarde el hogar; luego agregue lo que pide.</translation>
    </message>
    <message>
        <source>%1 — packed for %2</source>
        <translation>%1 — empacada para el %2</translation>
    </message>
    <message>
        <source>Nothing asked for at the moment.</source>
        <translation>Por ahora no ha pedido nada.</translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdMergeUndoCommand</name>
    <message>
        <source>merge into %1</source>
        <translation>unir a %1</translation>
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
    <message>
        <source>Meeting point</source>
        <translation>Punto de encuentro</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdsPage</name>
    <message>
        <source>Households</source>
        <translation>Hogares</translation>
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
    <message>
        <source>The households this pantry delivers to, and the volunteers who deliver. Only what delivery needs is kept; addresses and phones appear only in a household&apos;s form.</source>
        <translation>Los hogares a los que esta despensa entrega, y los voluntarios que reparten. Solo se guarda lo que necesita la entrega; las direcciones y los teléfonos solo aparecen en el formulario de cada hogar.</translation>
    </message>
    <message>
        <source>Volunteers and drivers</source>
        <translation>Voluntarios y conductores</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Search by name, street, notes or phone…</source>
        <translation>Buscar por nombre, calle, notas o teléfono…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any schedule</source>
        <translation>Cualquier calendario</translation>
    </message>
    <message>
        <source>Any dietary need</source>
        <translation>Cualquier necesidad de dieta</translation>
    </message>
    <message>
        <source>Postal area, e.g. 606</source>
        <translation>Zona postal, p. ej. 606</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Enter or double-click opens one.</source>
        <translation>Enter o doble clic abre uno.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 households match.</source>
        <translation>
            <numerusform>%n de %1 hogares coincide.</numerusform>
            <numerusform>%n de %1 hogares coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try fewer letters or clear the filters.</source>
        <translation>Pruebe con menos letras o quite los filtros.</translation>
    </message>
    <message>
        <source>Import households from a spreadsheet</source>
        <translation>Importar hogares desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export households</source>
        <translation>Exportar hogares</translation>
    </message>
    <message>
        <source>Which file do you need?</source>
        <translation>¿Qué archivo necesita?</translation>
    </message>
    <message>
        <source>Redacted file</source>
        <translation>Archivo sin datos personales</translation>
    </message>
    <message>
        <source>Full file (contains personal data)</source>
        <translation>Archivo completo (con datos personales)</translation>
    </message>
    <message>
        <source>This file contains personal data</source>
        <translation>Este archivo contiene datos personales</translation>
    </message>
    <message>
        <source>This file contains personal data: names, addresses, phones and notes of the households. Anyone with the file can read them. Export it anyway?</source>
        <translation>Este archivo contiene datos personales: nombres, direcciones, teléfonos y notas de los hogares. Cualquiera que tenga el archivo puede leerlos. ¿Exportarlo de todos modos?</translation>
    </message>
    <message>
        <source>households-redacted.csv</source>
        <translation>hogares-sin-datos-personales.csv</translation>
    </message>
    <message>
        <source>households.csv</source>
        <translation>hogares.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation>&amp;Nuevo hogar</translation>
    </message>
    <message>
        <source>Add a household (Alt+N)</source>
        <translation>Agregar un hogar (Alt+N)</translation>
    </message>
    <message>
        <source>No households on file yet. Press “New household” (Alt+N) or import a spreadsheet with “Import CSV…”.</source>
        <translation>Todavía no hay hogares registrados. Presione “Nuevo hogar” (Alt+N) o importe una hoja de cálculo con “Importar CSV…”.</translation>
    </message>
    <message>
        <source>The household details are locked on this laptop. A coordinator unlocks them with the pantry&apos;s passphrase: File ▸ Unlock details (Ctrl+Shift+U).</source>
        <translation>Los datos de los hogares están bloqueados en esta computadora. Una persona coordinadora los desbloquea con la frase de paso de la despensa: Archivo ▸ Desbloquear datos (Ctrl+Mayús+U).</translation>
    </message>
    <message>
        <source>A redacted file has no names, phones or street addresses: only the postal area, size, status and month or year added of each household, made coarse enough that every row is shared by at least 5 households (the file&apos;s first lines say how). For counts and reports.

A full file contains personal data of the people you serve. Keep it on this laptop, never email it, and delete it when done.</source>
        <translation>Un archivo anonimizado no tiene nombres, teléfonos ni direcciones: solo la zona postal, el tamaño, el estado y el mes o año de alta de cada hogar, lo bastante generales como para que cada fila la compartan al menos 5 hogares (las primeras líneas del archivo dicen cómo). Para recuentos e informes.

Un archivo completo contiene datos personales de las personas a las que sirve. Guárdelo en este portátil, nunca lo envíe por correo y bórrelo al terminar.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1. %n household(s) left out: too few households shared their values.</source>
        <translation>
            <numerusform>Exportado a %1. Se dejó fuera %n hogar: demasiado pocos hogares compartían sus valores.</numerusform>
            <numerusform>Exportado a %1. Se dejaron fuera %n hogares: demasiado pocos hogares compartían sus valores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>Buscar hogares</translation>
    </message>
    <message>
        <source>Add households from a spreadsheet saved as CSV, after checking which column fills which field.</source>
        <translation>Agregar hogares desde una hoja de cálculo guardada como CSV, después de revisar qué columna llena cada campo.</translation>
    </message>
    <message>
        <source>Save the households as a CSV file for a spreadsheet: redacted for counts and reports, or in full with their personal data.</source>
        <translation>Guardar los hogares en un archivo CSV para una hoja de cálculo: sin datos personales para conteos e informes, o completo con sus datos personales.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show only the households with this status.</source>
        <translation>Mostrar solo los hogares con este estado.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Show only the households on this delivery schedule.</source>
        <translation>Mostrar solo los hogares con este calendario de entrega.</translation>
    </message>
    <message>
        <source>Dietary need</source>
        <translation>Necesidad de dieta</translation>
    </message>
    <message>
        <source>Show only the households with this dietary need.</source>
        <translation>Mostrar solo los hogares con esta necesidad de dieta.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show only the households that speak this language.</source>
        <translation>Mostrar solo los hogares que hablan este idioma.</translation>
    </message>
    <message>
        <source>Postal area</source>
        <translation>Zona postal</translation>
    </message>
    <message>
        <source>Show only the households whose postal code starts with this.</source>
        <translation>Mostrar solo los hogares cuyo código postal empieza así.</translation>
    </message>
    <message>
        <source>Put every filter back to “Any” and empty the postal area; the search stays.</source>
        <translation>Volver a poner cada filtro en “Cualquier” y vaciar la zona postal; la búsqueda se mantiene.</translation>
    </message>
    <message>
        <source>The households that match the search and the filters; Enter or a double-click opens one.</source>
        <translation>Los hogares que coinciden con la búsqueda y los filtros; Enter o un doble clic abre uno.</translation>
    </message>
</context>
<context>
    <name>larder::ui::IntakeForm</name>
    <message>
        <source>Scan the barcode or type the item&apos;s name, then the quantity and the use-by date; Enter moves on and Enter on the date saves. Nothing else to save: each line is kept at once.</source>
        <translation>Escanee el código de barras o escriba el nombre del artículo, luego la cantidad y la fecha de vencimiento; Enter pasa al siguiente campo y Enter en la fecha guarda. No hay nada más que guardar: cada línea queda guardada al instante.</translation>
    </message>
    <message>
        <source>Last entries</source>
        <translation>Últimas entradas</translation>
    </message>
    <message>
        <source>This shift&apos;s lines. Ctrl+Z undoes the last one; Enter on a line shows the item&apos;s history.</source>
        <translation>Las líneas de este turno. Ctrl+Z deshace la última; Enter en una línea muestra el historial del artículo.</translation>
    </message>
    <message>
        <source>Scan, or type a name</source>
        <translation>Escanee o escriba un nombre</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>14, 3 cases</source>
        <translation>14, 3 cajas</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>fri, 3w, 12/5</source>
        <translation>vie, 3w, 12/5</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>The date printed on the package: &quot;fri&quot;, &quot;3w&quot; (three weeks), &quot;12/5&quot;, &quot;2027-01&quot; (end of that month). Leave empty for things that keep.</source>
        <translation>La fecha impresa en el paquete: &quot;vie&quot;, &quot;3w&quot; (tres semanas), &quot;12/5&quot;, &quot;2027-01&quot; (fin de ese mes). Déjelo vacío para lo que no se echa a perder.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Where it goes. Stays as chosen until you change it.</source>
        <translation>Adónde va. Se queda así hasta que lo cambie.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Where it came from. Stays as chosen until you change it.</source>
        <translation>De dónde vino. Se queda así hasta que lo cambie.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Which supplier?</source>
        <translation>¿Qué proveedor?</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Saves the line (Enter on the last field does the same).</source>
        <translation>Guarda la línea (Enter en el último campo hace lo mismo).</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>Artícu&amp;lo nuevo…</translation>
    </message>
    <message>
        <source>Add an item that is not in the catalog yet (Alt+N).</source>
        <translation>Agregue un artículo que aún no está en el catálogo.</translation>
    </message>
    <message>
        <source>Ite&amp;m</source>
        <translation>A&amp;rtículo</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>Ca&amp;ntidad</translation>
    </message>
    <message>
        <source>Use &amp;by</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>Lu&amp;gar</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>case of %1</source>
        <translation>caja de %1</translation>
    </message>
    <message numerus="yes">
        <source>keeps %n days</source>
        <translation>
            <numerusform>dura %n día</numerusform>
            <numerusform>dura %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>fresh: needs a date</source>
        <translation>fresco: necesita fecha</translation>
    </message>
    <message>
        <source>where it is kept</source>
        <translation>donde se guarda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired in the catalog.</source>
        <translation>&quot;%1&quot; está retirado del catálogo.</translation>
    </message>
    <message>
        <source>needed: fri, 3w</source>
        <translation>obligatoria: vie, 3w</translation>
    </message>
    <message>
        <source>if printed</source>
        <translation>si la trae</translation>
    </message>
    <message>
        <source>Scan a barcode or type the item&apos;s name.</source>
        <translation>Escanee un código de barras o escriba el nombre del artículo.</translation>
    </message>
    <message numerus="yes">
        <source>%n items match: keep typing, or pick one with ↓ and Enter.</source>
        <translation>
            <numerusform>%n artículo coincide: siga escribiendo o elija uno con ↓ y Enter.</numerusform>
            <numerusform>%n artículos coinciden: siga escribiendo o elija uno con ↓ y Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item is called &quot;%1&quot;. Check the spelling, or add it with New item (Alt+N).</source>
        <translation>Ningún artículo se llama &quot;%1&quot;. Revise cómo está escrito o agréguelo con Artículo nuevo (Alt+N).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the catalog now.</source>
        <translation>&quot;%1&quot; ya está en el catálogo.</translation>
    </message>
    <message>
        <source>&quot;3 cases&quot; = %1</source>
        <translation>&quot;3 cajas&quot; = %1</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>First scan or type the item.</source>
        <translation>Primero escanee o escriba el artículo.</translation>
    </message>
    <message>
        <source>Already past its date</source>
        <translation>Ya pasó su fecha</translation>
    </message>
    <message>
        <source>The use-by date %1 is already past. Receive it anyway?</source>
        <translation>La fecha de vencimiento %1 ya pasó. ¿Recibirlo de todos modos?</translation>
    </message>
    <message>
        <source>Food past its date usually goes to disposal, not onto the shelf. Check the date on the package.</source>
        <translation>La comida vencida normalmente se desecha, no va al estante. Revise la fecha en el paquete.</translation>
    </message>
    <message>
        <source>Receive anyway</source>
        <translation>Recibir de todos modos</translation>
    </message>
    <message>
        <source>Fix the date</source>
        <translation>Corregir la fecha</translation>
    </message>
    <message>
        <source>Type how many: &quot;14&quot; or &quot;3 cases&quot;.</source>
        <translation>Escriba cuántos: &quot;14&quot; o &quot;3 cajas&quot;.</translation>
    </message>
    <message>
        <source>Fresh food needs its use-by date: &quot;fri&quot;, &quot;5d&quot;, &quot;12/5&quot;.</source>
        <translation>La comida fresca necesita su fecha de vencimiento: &quot;vie&quot;, &quot;5d&quot;, &quot;12/5&quot;.</translation>
    </message>
    <message>
        <source>Choose where it goes.</source>
        <translation>Elija adónde va.</translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>Elija el proveedor.</translation>
    </message>
    <message>
        <source>receive %1 × %2</source>
        <translation>recibir %1 × %2</translation>
    </message>
    <message>
        <source>Saved: %1 × %2 → %3. Ctrl+Z undoes it.</source>
        <translation>Guardado: %1 × %2 → %3. Ctrl+Z lo deshace.</translation>
    </message>
</context>
<context>
    <name>larder::ui::InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
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
    <message>
        <source>Receive stock, see what is on the shelves and what to give out first, and count. Every change is a recorded movement, so every number can be traced; Ctrl+Z undoes the last one.</source>
        <translation>Reciba existencias, mire lo que hay en los estantes y lo que hay que entregar primero, y cuente. Cada cambio es un movimiento registrado, así que cada número se puede rastrear; Ctrl+Z deshace el último.</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Entrada</translation>
    </message>
    <message>
        <source>&amp;On hand</source>
        <translation>E&amp;xistencias</translation>
    </message>
    <message>
        <source>&amp;Use first</source>
        <translation>Usar &amp;primero</translation>
    </message>
    <message>
        <source>Belo&amp;w par</source>
        <translation>Bajo &amp;mínimo</translation>
    </message>
    <message>
        <source>&amp;Counts</source>
        <translation>&amp;Conteos</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>Nada que deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Shift+Z)</source>
        <translation>Nada que rehacer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Give out…</source>
        <translation>&amp;Entregar…</translation>
    </message>
    <message>
        <source>Give some to a walk-in visitor; the oldest dates go first (Ctrl+G).</source>
        <translation>Entregar algo a una persona que llega sin cita; las fechas más antiguas salen primero (Ctrl+G).</translation>
    </message>
    <message>
        <source>Throw &amp;away…</source>
        <translation>&amp;Desechar…</translation>
    </message>
    <message>
        <source>Record stock thrown away: spoiled, past its date, damaged, recalled (Ctrl+D).</source>
        <translation>Registrar existencias desechadas: echadas a perder, vencidas, dañadas, retiradas del mercado (Ctrl+D).</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>Move stock to another place (Ctrl+M).</source>
        <translation>Mover existencias a otro lugar (Ctrl+M).</translation>
    </message>
    <message>
        <source>Re&amp;turn undelivered…</source>
        <translation>De&amp;volver lo no entregado…</translation>
    </message>
    <message>
        <source>Put undelivered boxes back on the shelf, into their lot (Ctrl+R).</source>
        <translation>Devolver al estante las cajas no entregadas, a su lote (Ctrl+R).</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Every movement of this item: when, who, where, why (Enter, Ctrl+H).</source>
        <translation>Todos los movimientos de este artículo: cuándo, quién, dónde, por qué (Enter, Ctrl+H).</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>Primero elija una línea.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Search items, categories or places (Ctrl+F)</source>
        <translation>Buscar artículos, categorías o lugares (Ctrl+F)</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>Por artículo</translation>
    </message>
    <message>
        <source>By place and date</source>
        <translation>Por lugar y fecha</translation>
    </message>
    <message>
        <source>Every lot on every shelf, with its use-by date.</source>
        <translation>Todos los lotes de todos los estantes, con su fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Items with less on hand than the pantry aims to keep (their par level), the emptiest first: what to ask suppliers and drives for.</source>
        <translation>Artículos con menos existencias de las que la despensa quiere tener (su mínimo), los más vacíos primero: lo que hay que pedir a proveedores y colectas.</translation>
    </message>
    <message>
        <source>Every item is at or above its par level.</source>
        <translation>Todos los artículos están en su mínimo o por encima.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Use first (%1)</source>
        <translation>Usar &amp;primero (%1)</translation>
    </message>
    <message>
        <source>Belo&amp;w par (%1)</source>
        <translation>Bajo &amp;mínimo (%1)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Counts (%n open)</source>
        <translation>
            <numerusform>&amp;Conteos (%n abierto)</numerusform>
            <numerusform>&amp;Conteos (%n abiertos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lots that expire within %n days, and lots already past their date, soonest first. Give these out first; throw away what has spoiled (Ctrl+D). The number of days is set on the Settings page.</source>
        <translation>
            <numerusform>Lotes que vencen en %n día y lotes ya vencidos, los más próximos primero. Entréguelos primero; deseche lo que se echó a perder (Ctrl+D). El número de días se ajusta en la página Ajustes.</numerusform>
            <numerusform>Lotes que vencen en %n días y lotes ya vencidos, los más próximos primero. Entréguelos primero; deseche lo que se echó a perder (Ctrl+D). El número de días se ajusta en la página Ajustes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n are past their date.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n está vencido.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n están vencidos.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing on the shelves expires within %n days.</source>
        <translation>
            <numerusform>Nada en los estantes vence en %n día.</numerusform>
            <numerusform>Nada en los estantes vence en %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lines match</source>
        <translation>
            <numerusform>%1 de %n línea coincide</numerusform>
            <numerusform>%1 de %n líneas coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n lines show less than zero.&lt;/b&gt; More went out than was recorded coming in (or a sync brought both sides). Count those shelves to set them right. &lt;a href=&quot;show&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n línea muestra menos de cero.&lt;/b&gt; Salió más de lo que se registró al entrar (o una sincronización trajo ambos lados). Cuente esos estantes para corregirlo. &lt;a href=&quot;show&quot;&gt;Mostrarlas&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n líneas muestran menos de cero.&lt;/b&gt; Salió más de lo que se registró al entrar (o una sincronización trajo ambos lados). Cuente esos estantes para corregirlo. &lt;a href=&quot;show&quot;&gt;Mostrarlas&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>give out %1 × %2</source>
        <translation>entregar %1 × %2</translation>
    </message>
    <message>
        <source>throw away %1 × %2</source>
        <translation>desechar %1 × %2</translation>
    </message>
    <message>
        <source>move %1 × %2</source>
        <translation>mover %1 × %2</translation>
    </message>
    <message>
        <source>return %1 × %2</source>
        <translation>devolver %1 × %2</translation>
    </message>
    <message>
        <source>Done: %1. Ctrl+Z undoes it.</source>
        <translation>Hecho: %1. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>No hay nada que deshacer en esta página.</translation>
    </message>
    <message>
        <source>Undone: %1. Ctrl+Shift+Z does it again.</source>
        <translation>Deshecho: %1. Ctrl+Shift+Z lo vuelve a hacer.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nada que rehacer.</translation>
    </message>
    <message>
        <source>Done again: %1. Ctrl+Z undoes it.</source>
        <translation>Hecho de nuevo: %1. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Import items from CSV…</source>
        <translation>Importar artículos desde CSV…</translation>
    </message>
    <message>
        <source>Add or update catalog items from a spreadsheet&apos;s CSV file</source>
        <translation>Agregar o actualizar artículos del catálogo desde el archivo CSV de una hoja de cálculo</translation>
    </message>
    <message>
        <source>Import items from a spreadsheet</source>
        <translation>Importar artículos desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Items imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Artículos importados: %1 agregados, %2 actualizados, %3 sin cambios.</translation>
    </message>
    <message>
        <source>Suppliers…</source>
        <translation>Proveedores…</translation>
    </message>
    <message>
        <source>Where the food comes from: names, pickup days, addresses and contacts for collection days.</source>
        <translation>De dónde viene la comida: nombres, días de recolección, direcciones y contactos para los días de recolección.</translation>
    </message>
    <message>
        <source>One line for each item, with all of it on hand.</source>
        <translation>Una línea por artículo, con todas sus existencias.</translation>
    </message>
    <message>
        <source>Stock by item</source>
        <translation>Existencias por artículo</translation>
    </message>
    <message>
        <source>Every item with what is on hand; Enter shows the item&apos;s history.</source>
        <translation>Cada artículo con sus existencias; Enter muestra el historial del artículo.</translation>
    </message>
    <message>
        <source>Stock by place and date</source>
        <translation>Existencias por lugar y fecha</translation>
    </message>
    <message>
        <source>Every lot on every shelf with its use-by date; Enter shows the item&apos;s history.</source>
        <translation>Todos los lotes de todos los estantes con su fecha de vencimiento; Enter muestra el historial del artículo.</translation>
    </message>
    <message>
        <source>Use first</source>
        <translation>Usar primero</translation>
    </message>
    <message>
        <source>Lots to give out first, the soonest to expire at the top; Enter shows the item&apos;s history.</source>
        <translation>Lotes que conviene repartir primero, los que vencen antes arriba; Enter muestra el historial del artículo.</translation>
    </message>
    <message>
        <source>Below par</source>
        <translation>Bajo mínimo</translation>
    </message>
    <message>
        <source>Items with less on hand than their par level, the emptiest first; Enter shows the item&apos;s history.</source>
        <translation>Artículos con menos existencias que su mínimo, los más vacíos primero; Enter muestra el historial del artículo.</translation>
    </message>
</context>
<context>
    <name>larder::ui::ItemHistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>Historial: %1</translation>
    </message>
    <message>
        <source>On hand now: %1.</source>
        <translation>Existencias ahora: %1.</translation>
    </message>
    <message>
        <source>Below zero: count the shelves to set it right.</source>
        <translation>Bajo cero: cuente los estantes para corregirlo.</translation>
    </message>
    <message>
        <source>The newest %1 movements, newest first.</source>
        <translation>Los %1 movimientos más recientes, primero los más nuevos.</translation>
    </message>
    <message numerus="yes">
        <source>%n movements, newest first. Nothing is ever edited: a correction is a new movement.</source>
        <translation>
            <numerusform>%n movimiento, primero los más nuevos. Nunca se edita nada: una corrección es un movimiento nuevo.</numerusform>
            <numerusform>%n movimientos, primero los más nuevos. Nunca se edita nada: una corrección es un movimiento nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The movements of this item&apos;s stock, newest first: when, what, how much, where, which lot, who, why and a note.</source>
        <translation>Los movimientos de las existencias de este artículo, los más recientes primero: cuándo, qué, cuánto, dónde, qué lote, quién, por qué y una nota.</translation>
    </message>
    <message>
        <source>Close this window.</source>
        <translation>Cerrar esta ventana.</translation>
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
        <translation>Echado a perder</translation>
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
    <message>
        <source>Thrown away</source>
        <translation>Desechado</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Donación</translation>
    </message>
    <message>
        <source>From a supplier</source>
        <translation>De un proveedor</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Food drive</source>
        <translation>Colecta</translation>
    </message>
    <message>
        <source>Past its date</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Retirado del mercado</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Conteo de existencias</translation>
    </message>
    <message>
        <source>Undone at intake</source>
        <translation>Deshecho en la entrada</translation>
    </message>
    <message>
        <source>Undone on the inventory page</source>
        <translation>Deshecho en la página de inventario</translation>
    </message>
    <message>
        <source>Undelivered, back on the shelf</source>
        <translation>No entregado, de vuelta en el estante</translation>
    </message>
    <message>
        <source>Given to a walk-in visitor</source>
        <translation>Entregado a una persona sin cita</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>reason: note</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Estante</translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation>Refrigerador</translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation>Congelador</translation>
    </message>
    <message>
        <source>Partner&apos;s hub</source>
        <translation>Centro de una organización aliada</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Grocery</source>
        <translation>Tienda de comestibles</translation>
    </message>
    <message>
        <source>Bakery</source>
        <translation>Panadería</translation>
    </message>
    <message>
        <source>Farm or garden</source>
        <translation>Granja o huerta</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurante</translation>
    </message>
    <message>
        <source>Church or temple</source>
        <translation>Iglesia o templo</translation>
    </message>
    <message>
        <source>Food bank</source>
        <translation>Banco de alimentos</translation>
    </message>
</context>
<context>
    <name>larder::ui::LastEntriesModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>amount (as typed)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Undone: a correction was posted, so this line no longer counts. Redo (Ctrl+Shift+Z) records it again.</source>
        <translation>Deshecho: se registró una corrección, así que esta línea ya no cuenta. Rehacer (Ctrl+Shift+Z) la vuelve a registrar.</translation>
    </message>
    <message>
        <source>Nobody was on shift</source>
        <translation>No había nadie de turno</translation>
    </message>
    <message>
        <source>Enter or double-click: the history of %1</source>
        <translation>Enter o doble clic: el historial de %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>larder::ui::LotsModel</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>%1 — below zero</source>
        <translation>%1 — bajo cero</translation>
    </message>
    <message>
        <source>The books show less than zero here: more was given out, moved or thrown away than was recorded coming in (or a sync brought both sides). Count this shelf to set it right.</source>
        <translation>Los registros muestran menos de cero aquí: se entregó, movió o desechó más de lo que se registró al entrar (o una sincronización trajo ambos lados). Cuente este estante para corregirlo.</translation>
    </message>
    <message>
        <source>Past its date. Check it: throw it away if it is spoiled (Ctrl+D).</source>
        <translation>Vencido. Revíselo: deséchelo si se echó a perder (Ctrl+D).</translation>
    </message>
    <message>
        <source>Enter or double-click: the history of %1</source>
        <translation>Enter o doble clic: el historial de %1</translation>
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
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
</context>
<context>
    <name>larder::ui::MainWindow</name>
    <message>
        <source>This is the demo pantry: made-up households and stock, for practice. Nothing you do here touches a real pantry&apos;s file.</source>
        <translation>Esta es la despensa de prueba: hogares y existencias inventados, para practicar. Nada de lo que haga aquí toca el archivo de una despensa real.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody is on shift.&lt;/b&gt; Type your name in “On shift” at the top right (Alt+S) and press Enter, so the changes you make are recorded under it.</source>
        <translation>&lt;b&gt;No hay nadie de turno.&lt;/b&gt; Escriba su nombre en «De turno», arriba a la derecha (Alt+T), y presione Enter, para que los cambios que haga queden registrados con él.</translation>
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
        <translation>No se pudo agregar este nombre</translation>
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
        <translation>&lt;h3&gt;Larder %1&lt;/h3&gt;&lt;p&gt;Existencias, hogares y rutas de reparto para despensas de ayuda mutua. Larder funciona sin conexión: los datos de una despensa se quedan en un archivo de esta computadora.&lt;/p&gt;&lt;p&gt;Larder es software libre, bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.&lt;/p&gt;&lt;p&gt;Hecho con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Larder</source>
        <translation>Acerca de Larder</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Household details are locked.&lt;/b&gt; Names, addresses, phones and notes are hidden; stock, counts, packing and check-in by route and stop number work. A coordinator unlocks them with the pantry&apos;s passphrase: File ▸ Unlock details (Ctrl+Shift+U).</source>
        <translation>&lt;b&gt;Los datos de los hogares están bloqueados.&lt;/b&gt; Nombres, direcciones, teléfonos y notas están ocultos; funcionan las existencias, los conteos, el empaque y el registro por número de ruta y parada. Una persona coordinadora los desbloquea con la frase de paso de la despensa: Archivo ▸ Desbloquear datos (Ctrl+Mayús+U).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This pantry has no passphrase.&lt;/b&gt; Anyone who copies the file or a backup can read who lives where. Give it one: File ▸ Protect with a passphrase.</source>
        <translation>&lt;b&gt;Esta despensa no tiene frase de paso.&lt;/b&gt; Cualquiera que copie el archivo o una copia de seguridad puede leer quién vive dónde. Dele una: Archivo ▸ Proteger con una frase de paso.</translation>
    </message>
    <message>
        <source>The household details were locked after a while without use.</source>
        <translation>Los datos de los hogares se bloquearon tras un rato sin uso.</translation>
    </message>
    <message>
        <source>&amp;Unlock details…</source>
        <translation>&amp;Desbloquear datos…</translation>
    </message>
    <message>
        <source>&amp;Lock details</source>
        <translation>&amp;Bloquear datos</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;Proteger con una frase de paso…</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more second(s) before trying again.</source>
        <translation>
            <numerusform>Espere %n segundo más antes de volver a intentarlo.</numerusform>
            <numerusform>Espere %n segundos más antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock household details</source>
        <translation>Desbloquear los datos de los hogares</translation>
    </message>
    <message>
        <source>The pantry&apos;s passphrase:</source>
        <translation>La frase de paso de la despensa:</translation>
    </message>
    <message>
        <source>Not unlocked</source>
        <translation>No se desbloqueó</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n backup(s) taken before the passphrase still show names and addresses&lt;/b&gt; to anyone who copies them. &lt;a href=&quot;replace&quot;&gt;Replace them with a protected backup…&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n copia de seguridad hecha antes de la frase de contraseña todavía muestra nombres y direcciones&lt;/b&gt; a quien la copie. &lt;a href=&quot;replace&quot;&gt;Reemplazarla por una copia protegida…&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n copias de seguridad hechas antes de la frase de contraseña todavía muestran nombres y direcciones&lt;/b&gt; a quien las copie. &lt;a href=&quot;replace&quot;&gt;Reemplazarlas por una copia protegida…&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>This pantry is part of a network: type the network&apos;s passphrase. From now on it also seals every name, address, phone and note in this file.</source>
        <translation>Esta despensa forma parte de una red: escriba la frase de contraseña de la red. Desde ahora también sella cada nombre, dirección, teléfono y nota de este archivo.</translation>
    </message>
    <message>
        <source>The passphrase seals every name, address, phone and note in this file, its backups and its sync files. It is also the passphrase of the pantry&apos;s network: other pantries that share data with this one use the same.</source>
        <translation>La frase de contraseña sella cada nombre, dirección, teléfono y nota de este archivo, sus copias de seguridad y sus archivos de sincronización. También es la frase de la red de la despensa: las otras despensas que comparten datos con esta usan la misma.</translation>
    </message>
    <message>
        <source>Backups taken before the passphrase</source>
        <translation>Copias hechas antes de la frase de contraseña</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of this pantry were taken before it had its passphrase: anyone who copies them can read every name, address and phone.</source>
        <translation>
            <numerusform>%n copia de seguridad de esta despensa se hizo antes de que tuviera su frase de contraseña: quien la copie puede leer cada nombre, dirección y teléfono.</numerusform>
            <numerusform>%n copias de seguridad de esta despensa se hicieron antes de que tuviera su frase de contraseña: quien las copie puede leer cada nombre, dirección y teléfono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them and take one protected backup now? The files:
%1</source>
        <translation>¿Borrarlas y hacer ahora una copia protegida? Los archivos:
%1</translation>
    </message>
    <message>
        <source>&amp;Delete them and back up</source>
        <translation>&amp;Borrarlas y hacer copia</translation>
    </message>
    <message>
        <source>&amp;Keep them for now</source>
        <translation>&amp;Conservarlas por ahora</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n unprotected backup(s); a protected backup was taken.</source>
        <translation>
            <numerusform>Se borró %n copia sin proteger; se hizo una copia protegida.</numerusform>
            <numerusform>Se borraron %n copias sin proteger; se hizo una copia protegida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealing every name, address, phone and note with the passphrase… A pantry of thousands of households takes a minute or two; Larder is busy until then.</source>
        <translation>Sellando cada nombre, dirección, teléfono y nota con la frase de contraseña… Una despensa de miles de hogares tarda uno o dos minutos; Larder está ocupado hasta entonces.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <source>On shift: &lt;b&gt;%1&lt;/b&gt;. What you change is recorded under this name; at the end of the shift, clear it at the top right (Alt+S).</source>
        <translation>De turno: &lt;b&gt;%1&lt;/b&gt;. Lo que usted cambie queda registrado con este nombre; al terminar el turno, bórrelo arriba a la derecha (Alt+T).</translation>
    </message>
    <message>
        <source>Choosing a page shows it; Ctrl+1 to Ctrl+%1 go straight to one.</source>
        <translation>Al elegir una página, se muestra; de Ctrl+1 a Ctrl+%1 se va directamente a una.</translation>
    </message>
</context>
<context>
    <name>larder::ui::MembersPanel</name>
    <message>
        <source>Every laptop signs its changes with a key of its own; a file with a change its laptop did not sign is refused. To be sure a laptop is the one you think, compare its fingerprint here with the one on its own Sync page.</source>
        <translation>Cada computadora firma sus cambios con una clave propia; un archivo con un cambio que su computadora no firmó se rechaza. Para asegurarse de que una computadora es la que usted cree, compare aquí su huella con la de su propia página Sincronizar.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Changes held</source>
        <translation>Cambios recibidos</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>Conocida desde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Re&amp;voke this laptop…</source>
        <translation>Re&amp;vocar esta computadora…</translation>
    </message>
    <message>
        <source>For a lost, stolen or misused laptop: the other laptops refuse its new changes and its files.</source>
        <translation>Para una computadora perdida, robada o mal usada: las demás rechazan sus nuevos cambios y sus archivos.</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Huella de esta computadora: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>made with its first sync file</source>
        <translation>se crea con su primer archivo de sincronización</translation>
    </message>
    <message>
        <source>Laptop id %1</source>
        <translation>Identificador de la computadora: %1</translation>
    </message>
    <message>
        <source>none yet (vouched for by %1)</source>
        <translation>aún ninguna (avalada por %1)</translation>
    </message>
    <message>
        <source>A laptop from before signed changes: its history reached this laptop signed by &quot;%1&quot;. Its own key comes with its next file.</source>
        <translation>Una computadora de antes de los cambios firmados: su historial llegó a esta computadora firmado por «%1». Su propia clave llega con su próximo archivo.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Revoked by %1 on %2</source>
        <translation>Revocada por %1 el %2</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;</source>
        <translation>Revocar «%1»</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;?

Every laptop this one&apos;s sync files reach will refuse the changes it makes from now on, and its files. What it made before stays. This cannot be undone.

Revoking does not stop it reading new files: if it was lost or stolen, give the network a new key too (&quot;A laptop was lost…&quot;).</source>
        <translation>¿Revocar «%1»?

Cada computadora a la que lleguen los archivos de sincronización de esta rechazará los cambios que haga a partir de ahora, y sus archivos. Lo que hizo antes se queda. No se puede deshacer.

Revocarla no le impide leer archivos nuevos: si se perdió o se la robaron, dé también una nueva clave a la red («Se perdió una computadora…»).</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>No se revocó</translation>
    </message>
    <message>
        <source>Laptops of the network</source>
        <translation>Computadoras de la red</translation>
    </message>
    <message>
        <source>The other laptops of the network with their fingerprints; choose one to revoke it.</source>
        <translation>Las demás computadoras de la red con sus huellas; elija una para revocarla.</translation>
    </message>
</context>
<context>
    <name>larder::ui::MovementsModel</name>
    <message>
        <source>Reversed later</source>
        <translation>Anulado después</translation>
    </message>
    <message>
        <source>Corrects an earlier movement</source>
        <translation>Corrige un movimiento anterior</translation>
    </message>
    <message>
        <source>Cancels: %1 %2 (%3)</source>
        <translation>Anula: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Nobody was on shift</source>
        <translation>No había nadie de turno</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Lot (use by)</source>
        <translation>Lote (vence)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>larder::ui::NewItemDialog</name>
    <message>
        <source>New item</source>
        <translation>Artículo nuevo</translation>
    </message>
    <message>
        <source>Add an item to the catalog. Only the name is needed; press Enter to add it.</source>
        <translation>Agregue un artículo al catálogo. Solo hace falta el nombre; presione Enter para agregarlo.</translation>
    </message>
    <message>
        <source>The barcode %1 is not in the catalog yet. Say what it is, then press Enter to add it.</source>
        <translation>El código de barras %1 todavía no está en el catálogo. Diga qué es y luego presione Enter para agregarlo.</translation>
    </message>
    <message>
        <source>What it is, with the size: &quot;Diapers size 4&quot;</source>
        <translation>Qué es, con el tamaño: &quot;Pañales talla 4&quot;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Scan or type it; may stay empty</source>
        <translation>Escanéelo o escríbalo; puede quedar vacío</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>Código de &amp;barras:</translation>
    </message>
    <message>
        <source>C&amp;ase of:</source>
        <translation>C&amp;aja de:</translation>
    </message>
    <message>
        <source>not sold by the case</source>
        <translation>no se vende por caja</translation>
    </message>
    <message>
        <source>How many units one case holds, so that &quot;3 cases&quot; can be typed at intake.</source>
        <translation>Cuántas unidades trae una caja, para poder escribir &quot;3 cajas&quot; en la entrada.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Perishable</source>
        <translation>&amp;Perecedero</translation>
    </message>
    <message>
        <source>keeps about</source>
        <translation>dura unos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>ask at intake</source>
        <translation>preguntar en la entrada</translation>
    </message>
    <message>
        <source>Proposed as the use-by date at intake; the date on the package wins.</source>
        <translation>Se propone como fecha de vencimiento en la entrada; manda la fecha del paquete.</translation>
    </message>
    <message>
        <source>Fresh food:</source>
        <translation>Comida fresca:</translation>
    </message>
    <message>
        <source>Dietary:</source>
        <translation>Dieta:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The amount the pantry aims to keep; below it the item is listed under &quot;Below par&quot;.</source>
        <translation>La cantidad que la despensa quiere tener; por debajo de ella el artículo aparece en &quot;Bajo mínimo&quot;.</translation>
    </message>
    <message>
        <source>Pa&amp;r level:</source>
        <translation>Nivel &amp;mínimo:</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Agregar artículo</translation>
    </message>
    <message>
        <source>Each (a can, a pack, a loaf)</source>
        <translation>Unidad (una lata, un paquete, un pan)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>Libras (lb)</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>Kilogramos (kg)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <source>Kosher</source>
        <translation>Kosher</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>Vegetariano</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>Vegano</translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation>Sin gluten</translation>
    </message>
    <message>
        <source>Nut-free</source>
        <translation>Sin nueces</translation>
    </message>
    <message>
        <source>Diabetic-friendly</source>
        <translation>Apto para diabéticos</translation>
    </message>
    <message>
        <source>Low sodium</source>
        <translation>Bajo en sodio</translation>
    </message>
    <message>
        <source>What the item is, with its size; the only field that is needed.</source>
        <translation>Qué es el artículo, con su tamaño; el único campo necesario.</translation>
    </message>
    <message>
        <source>The group the item is filed under in the catalog.</source>
        <translation>El grupo en el que se clasifica el artículo en el catálogo.</translation>
    </message>
    <message>
        <source>Scanning this barcode at intake then finds the item.</source>
        <translation>Al escanear este código de barras en la recepción, se encuentra el artículo.</translation>
    </message>
    <message>
        <source>How the item is counted in stock.</source>
        <translation>Cómo se cuenta el artículo en las existencias.</translation>
    </message>
    <message>
        <source>Tick for fresh food that spoils, to say how long it keeps.</source>
        <translation>Marque para alimentos frescos que se echan a perder, para indicar cuánto duran.</translation>
    </message>
    <message>
        <source>Days it keeps</source>
        <translation>Días que dura</translation>
    </message>
    <message>
        <source>Tick when this item suits a diet marked &quot;%1&quot;.</source>
        <translation>Marque si este artículo es apto para una dieta marcada como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Add the item to the catalog (Enter does the same).</source>
        <translation>Agregar el artículo al catálogo (Enter hace lo mismo).</translation>
    </message>
    <message>
        <source>Close this window without adding the item.</source>
        <translation>Cerrar esta ventana sin agregar el artículo.</translation>
    </message>
</context>
<context>
    <name>larder::ui::PackingDialog</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Empaque</translation>
    </message>
    <message>
        <source>Set stock aside for every household&apos;s package, check what is short before anyone packs, then pack from the pick list. Stock set aside stays on the shelf until the outcomes are recorded: delivered boxes leave stock then, the others return to it.</source>
        <translation>Aparte existencias para el paquete de cada hogar, revise lo que falta antes de que alguien empaque y luego empaque con la lista de recolección. Las existencias apartadas se quedan en el estante hasta que se registran los resultados: entonces las cajas entregadas salen de las existencias y las demás vuelven a ellas.</translation>
    </message>
    <message>
        <source>Set aside stock</source>
        <translation>Apartar existencias</translation>
    </message>
    <message>
        <source>Sets aside, first expiry first, what every package needs. Run it again after changing templates or stock.</source>
        <translation>Aparta lo que necesita cada paquete, lo que vence antes primero. Vuelva a hacerlo después de cambiar las plantillas o las existencias.</translation>
    </message>
    <message>
        <source>Box templates…</source>
        <translation>Plantillas de caja…</translation>
    </message>
    <message>
        <source>What goes in a package for each household size.</source>
        <translation>Lo que va en un paquete según el tamaño del hogar.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesario</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Households going without</source>
        <translation>Hogares que se quedan sin él</translation>
    </message>
    <message>
        <source>Give instead:</source>
        <translation>Dar en su lugar:</translation>
    </message>
    <message>
        <source>Use for these households</source>
        <translation>Usar para estos hogares</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Where / item</source>
        <translation>Dónde / artículo</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Lista de recolección</translation>
    </message>
    <message>
        <source>Stop / item</source>
        <translation>Parada / artículo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Packages by stop</source>
        <translation>Paquetes por parada</translation>
    </message>
    <message>
        <source>There are no box templates in use yet, so nothing says what a package holds. Press &quot;Box templates…&quot; and add one for each household size.</source>
        <translation>Todavía no hay plantillas de caja en uso, así que nada dice qué lleva un paquete. Presione &quot;Plantillas de caja…&quot; y agregue una para cada tamaño de hogar.</translation>
    </message>
    <message>
        <source>No stock was set aside: %1</source>
        <translation>No se apartaron existencias: %1</translation>
    </message>
    <message>
        <source>Stock is set aside for every package. Pack from the pick list.</source>
        <translation>Hay existencias apartadas para cada paquete. Empaque con la lista de recolección.</translation>
    </message>
    <message>
        <source>Choose a short item in the list, then what to give instead.</source>
        <translation>Elija un artículo que falta en la lista y luego lo que se da en su lugar.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>This run is no longer in the file (deleted, perhaps on another laptop). Close this window and choose the run again.</source>
        <translation>Este reparto ya no está en el archivo (quizás se borró en otra computadora). Cierre esta ventana y elija el reparto de nuevo.</translation>
    </message>
    <message>
        <source>Packing for %1</source>
        <translation>Empaque para %1</translation>
    </message>
    <message>
        <source>This run is closed: its outcomes are recorded.</source>
        <translation>Este reparto está cerrado: sus resultados están registrados.</translation>
    </message>
    <message>
        <source>Nothing set aside yet: press &quot;Set aside stock&quot;.</source>
        <translation>Todavía no se apartó nada: presione &quot;Apartar existencias&quot;.</translation>
    </message>
    <message>
        <source>Stock is set aside for this run.</source>
        <translation>Hay existencias apartadas para este reparto.</translation>
    </message>
    <message>
        <source>Shortages show here once stock is set aside.</source>
        <translation>Lo que falta aparece aquí cuando se apartan las existencias.</translation>
    </message>
    <message>
        <source>Nothing is short: every package has all its items.</source>
        <translation>No falta nada: cada paquete tiene todos sus artículos.</translation>
    </message>
    <message>
        <source>Short (%1)</source>
        <translation>Faltan (%1)</translation>
    </message>
    <message>
        <source>%1 (%2 to spare)</source>
        <translation>%1 (sobran %2)</translation>
    </message>
    <message>
        <source>nothing of the same kind suits them</source>
        <translation>nada del mismo tipo les sirve</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Sin lugar</translation>
    </message>
    <message>
        <source>Route %1, stop %2 — %3</source>
        <translation>Ruta %1, parada %2 — %3</translation>
    </message>
    <message>
        <source>Not on a route — %1</source>
        <translation>Sin ruta — %1</translation>
    </message>
    <message>
        <source>%1 (instead of %2)</source>
        <translation>%1 (en lugar de %2)</translation>
    </message>
    <message>
        <source>%1, use by %2</source>
        <translation>%1, vence %2</translation>
    </message>
    <message>
        <source>Stock is set aside, but not everything is there (short: %1). See what could stand in before packing.</source>
        <translation>Las existencias están apartadas, pero no hay de todo (faltan: %1). Vea qué podría reemplazarlo antes de empacar.</translation>
    </message>
    <message>
        <source>%1 now goes instead of %2 to the households that were short of it.</source>
        <translation>Ahora va %1 en lugar de %2 a los hogares a los que les faltaba.</translation>
    </message>
    <message>
        <source>Packing for %1 (%2)</source>
        <translation>Empaque del %1 (%2)</translation>
    </message>
    <message>
        <source>Instead of %1, give:</source>
        <translation>En lugar de %1, dar:</translation>
    </message>
    <message>
        <source>boxes: %1</source>
        <translation>cajas: %1</translation>
    </message>
    <message>
        <source>nothing set aside: see the Short tab</source>
        <translation>nada apartado: vea la pestaña Faltan</translation>
    </message>
    <message>
        <source>The items there is not enough of for every package, and the households going without; choose one to give something else instead.</source>
        <translation>Los artículos que no alcanzan para todos los paquetes, y los hogares que se quedan sin ellos; elija uno para dar otra cosa en su lugar.</translation>
    </message>
    <message>
        <source>An item on hand to give instead of the short item chosen in the list.</source>
        <translation>Un artículo disponible para dar en lugar del artículo que falta elegido en la lista.</translation>
    </message>
    <message>
        <source>Give the item chosen beside it instead, to the households short of the item chosen in the list.</source>
        <translation>Dar en su lugar el artículo elegido al lado, a los hogares a los que les falta el artículo elegido en la lista.</translation>
    </message>
    <message>
        <source>What to take from each place to pack every package, with its use-by date.</source>
        <translation>Lo que hay que tomar de cada lugar para armar todos los paquetes, con su fecha de vencimiento.</translation>
    </message>
    <message>
        <source>What goes in each stop&apos;s package, and where each item is taken from.</source>
        <translation>Lo que va en el paquete de cada parada, y de dónde se toma cada artículo.</translation>
    </message>
    <message>
        <source>Close this window; the stock set aside stays set aside.</source>
        <translation>Cerrar esta ventana; las existencias apartadas siguen apartadas.</translation>
    </message>
</context>
<context>
    <name>larder::ui::Page</name>
    <message>
        <source>&lt;b&gt;Names and addresses are locked on this laptop.&lt;/b&gt; %1 A coordinator unlocks them with the pantry&apos;s passphrase: File ▸ Unlock details (Ctrl+Shift+U).</source>
        <translation>&lt;b&gt;Los nombres y direcciones están bloqueados en este portátil.&lt;/b&gt; %1 Un coordinador los desbloquea con la frase de contraseña de la despensa: Archivo ▸ Desbloquear datos (Ctrl+Mayús+U).</translation>
    </message>
</context>
<context>
    <name>larder::ui::PassphraseDialog</name>
    <message>
        <source>Choose the pantry&apos;s passphrase</source>
        <translation>Elija la frase de contraseña de la despensa</translation>
    </message>
    <message>
        <source>The network&apos;s passphrase</source>
        <translation>La frase de contraseña de la red</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>La frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write it down&lt;/b&gt; and keep the paper apart from the laptop (not in its bag). Without the passphrase nobody, not even Larder&apos;s makers, can read the household details again.</source>
        <translation>&lt;b&gt;Anótela&lt;/b&gt; y guarde el papel lejos del portátil (no en su bolsa). Sin la frase de contraseña nadie, ni siquiera quienes hicieron Larder, puede volver a leer los datos de los hogares.</translation>
    </message>
    <message>
        <source>S&amp;uggest one</source>
        <translation>S&amp;ugerir una</translation>
    </message>
    <message>
        <source>Six words chosen at random from Larder&apos;s list: about %1 bits, stronger than most passwords and easier to type.</source>
        <translation>Seis palabras elegidas al azar de la lista de Larder: unos %1 bits, más fuerte que la mayoría de las contraseñas y más fácil de escribir.</translation>
    </message>
    <message>
        <source>Type it again below, to be sure of it.</source>
        <translation>Escríbala otra vez abajo, para estar seguro.</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation>Las dos todavía no coinciden.</translation>
    </message>
    <message>
        <source>At least %1 characters: a few words that mean something to you and nothing to anyone else.</source>
        <translation>Al menos %1 caracteres: unas palabras que signifiquen algo para usted y nada para los demás.</translation>
    </message>
    <message>
        <source>The new passphrase: a few words that mean something to you and nothing to anyone else.</source>
        <translation>La nueva frase de contraseña: unas palabras que signifiquen algo para usted y nada para los demás.</translation>
    </message>
    <message>
        <source>Type the passphrase the text above asks for.</source>
        <translation>Escriba la frase de contraseña que pide el texto de arriba.</translation>
    </message>
    <message>
        <source>The same passphrase once more, to be sure it was typed as meant.</source>
        <translation>La misma frase de contraseña otra vez, para estar seguros de que se escribió como se quería.</translation>
    </message>
    <message>
        <source>Show the passphrase as it is typed, instead of hiding it.</source>
        <translation>Mostrar la frase de contraseña mientras se escribe, en lugar de ocultarla.</translation>
    </message>
    <message>
        <source>Use this passphrase; possible once it is strong enough and typed the same twice.</source>
        <translation>Usar esta frase de contraseña; es posible cuando es lo bastante segura y se escribió igual dos veces.</translation>
    </message>
    <message>
        <source>Use this passphrase.</source>
        <translation>Usar esta frase de contraseña.</translation>
    </message>
    <message>
        <source>Close this window without using a passphrase.</source>
        <translation>Cerrar esta ventana sin usar una frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>larder::ui::PeoplePanel</name>
    <message>
        <source>Search volunteers by name, role or language…</source>
        <translation>Buscar voluntarios por nombre, rol o idioma…</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Voluntario nuevo</translation>
    </message>
    <message>
        <source>What the team calls them</source>
        <translation>Cómo lo llama el equipo</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>No vehicle</source>
        <translation>Sin vehículo</translation>
    </message>
    <message>
        <source> boxes</source>
        <translation> cajas</translation>
    </message>
    <message>
        <source>Vehicle holds</source>
        <translation>Caben en el vehículo</translation>
    </message>
    <message>
        <source>Spanish, English</source>
        <translation>Español, inglés</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Where a driver usually starts</source>
        <translation>Dónde suele salir un conductor</translation>
    </message>
    <message>
        <source>Start point</source>
        <translation>Punto de salida</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>Días habituales</translation>
    </message>
    <message>
        <source>Type to find their household, if they receive too</source>
        <translation>Escriba para encontrar su hogar, si también recibe</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Active volunteer</source>
        <translation>Voluntario activo</translation>
    </message>
    <message>
        <source>Add volunteer</source>
        <translation>Agregar voluntario</translation>
    </message>
    <message>
        <source>Type a name, then press Enter to add them.</source>
        <translation>Escriba un nombre y presione Enter para agregarlo.</translation>
    </message>
    <message>
        <source>Every change is saved when you leave a field.</source>
        <translation>Cada cambio se guarda al salir de un campo.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Agregado.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Guardado a las %1.</translation>
    </message>
    <message>
        <source>No longer linked to a household.</source>
        <translation>Ya no está vinculado a un hogar.</translation>
    </message>
    <message>
        <source>Linked: they also receive deliveries.</source>
        <translation>Vinculado: también recibe entregas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removes this person from the file. Ctrl+Z brings them back.</source>
        <translation>Quita a esta persona del archivo. Ctrl+Z la trae de vuelta.</translation>
    </message>
    <message>
        <source>Added. Ctrl+Z takes it back.</source>
        <translation>Agregado. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Saved at %1. Ctrl+Z undoes.</source>
        <translation>Guardado a las %1. Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>This person is no longer on file; they may have been removed on another laptop.</source>
        <translation>Esta persona ya no está registrada; quizás la quitaron en otra computadora.</translation>
    </message>
    <message>
        <source>%1 removed. Ctrl+Z brings them back.</source>
        <translation>%1 quitado. Ctrl+Z lo trae de vuelta.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 quitado.</translation>
    </message>
    <message>
        <source>Delivers boxes: drivers can be added to a distribution day.</source>
        <translation>Entrega cajas: los conductores se pueden agregar a un día de reparto.</translation>
    </message>
    <message>
        <source>Packs the boxes for distribution days.</source>
        <translation>Arma las cajas para los días de reparto.</translation>
    </message>
    <message>
        <source>Receives and records the stock that comes in.</source>
        <translation>Recibe y registra las existencias que llegan.</translation>
    </message>
    <message>
        <source>Coordinates the pantry&apos;s volunteers and distribution days.</source>
        <translation>Coordina a los voluntarios y los días de reparto de la despensa.</translation>
    </message>
    <message>
        <source>One of the jobs this person does at the pantry.</source>
        <translation>Una de las tareas que esta persona hace en la despensa.</translation>
    </message>
    <message>
        <source>Search volunteers</source>
        <translation>Buscar voluntarios</translation>
    </message>
    <message>
        <source>Empty the form beside the list, to add a volunteer or driver.</source>
        <translation>Vaciar el formulario junto a la lista, para agregar un voluntario o conductor.</translation>
    </message>
    <message>
        <source>Volunteers and drivers</source>
        <translation>Voluntarios y conductores</translation>
    </message>
    <message>
        <source>Everyone who helps the pantry; choosing one shows their details in the form beside the list.</source>
        <translation>Todas las personas que ayudan en la despensa; al elegir una, sus datos aparecen en el formulario junto a la lista.</translation>
    </message>
    <message>
        <source>How many boxes their vehicle carries; 0 means no vehicle.</source>
        <translation>Cuántas cajas lleva su vehículo; 0 significa sin vehículo.</translation>
    </message>
    <message>
        <source>Ticked when this person usually helps on %1.</source>
        <translation>Marcada si esta persona suele ayudar el %1.</translation>
    </message>
    <message>
        <source>Take away the link to their household; the household stays on file.</source>
        <translation>Quitar el vínculo con su hogar; el hogar sigue registrado.</translation>
    </message>
    <message>
        <source>Untick when they stop helping: they stay on file but leave the on-shift and driver lists.</source>
        <translation>Desmarque cuando deje de ayudar: sigue registrado, pero sale de las listas de turno y de conductores.</translation>
    </message>
    <message>
        <source>Add this person to the file (Enter in a field does the same).</source>
        <translation>Agregar a esta persona al archivo (Enter en un campo hace lo mismo).</translation>
    </message>
</context>
<context>
    <name>larder::ui::PeopleTableModel</name>
    <message>
        <source>%1 (not active)</source>
        <translation>%1 (no activo)</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n caja</numerusform>
            <numerusform>%n cajas</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>Días habituales</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
</context>
<context>
    <name>larder::ui::PersonEditUndoCommand</name>
    <message>
        <source>change to %1</source>
        <translation>cambiar a %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::PersonPresenceUndoCommand</name>
    <message>
        <source>adding %1</source>
        <translation>agregar a %1</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>quitar a %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::ReportFiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>larder::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>What came in, went out, was thrown away and delivered, from the ledger and the recorded outcomes: for the pantry&apos;s own records, its network and its suppliers.</source>
        <translation>Lo que entró, salió, se desechó y se entregó, según el registro y los resultados registrados: para las cuentas de la propia despensa, para su red y para sus proveedores.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>P&amp;antry:</source>
        <translation>D&amp;espensa:</translation>
    </message>
    <message>
        <source>Pantry</source>
        <translation>Despensa</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Every figure as a spreadsheet, without personal data; counts of fewer than %1 households are shown as &quot;&lt;%1&quot;.</source>
        <translation>Cada cifra en una hoja de cálculo, sin datos personales; las cantidades de menos de %1 hogares se muestran como &quot;&lt;%1&quot;.</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>The key figures and four charts on one page, to hand to the network or a supplier; no personal data.</source>
        <translation>Las cifras clave y cuatro gráficos en una página, para entregar a la red o a un proveedor; sin datos personales.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Figures of the period</source>
        <translation>Cifras del período</translation>
    </message>
    <message>
        <source>What this counts</source>
        <translation>Qué cuenta esta cifra</translation>
    </message>
    <message>
        <source>&amp;Show the rows behind it</source>
        <translation>&amp;Mostrar las filas que la forman</translation>
    </message>
    <message>
        <source>Or press Enter, or double-click a figure.</source>
        <translation>O presione Enter, o haga doble clic en una cifra.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Stock by week</source>
        <translation>Existencias por semana</translation>
    </message>
    <message>
        <source>Households served by week</source>
        <translation>Hogares atendidos por semana</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Semana desde</translation>
    </message>
    <message>
        <source>Given out</source>
        <translation>Repartido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Thrown away</source>
        <translation>Desechado</translation>
    </message>
    <message>
        <source>Households served</source>
        <translation>Hogares atendidos</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semana a semana</translation>
    </message>
    <message>
        <source>Deliveries by outcome</source>
        <translation>Entregas por resultado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Paradas</translation>
    </message>
    <message>
        <source>Given out by category</source>
        <translation>Repartido por categoría</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>What the stock counts found against the ledger, and stock given out with no delivery behind it. Per shelf and item, never per person.</source>
        <translation>Lo que los conteos de existencias encontraron frente al registro, y las existencias repartidas sin una entrega que las respalde. Por estante y artículo, nunca por persona.</translation>
    </message>
    <message>
        <source>What the counts found, by week</source>
        <translation>Lo que encontraron los conteos, por semana</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Sobrante</translation>
    </message>
    <message>
        <source>Given out with no delivery behind it</source>
        <translation>Repartido sin una entrega que lo respalde</translation>
    </message>
    <message>
        <source>Supply checks</source>
        <translation>Comprobaciones de existencias</translation>
    </message>
    <message>
        <source>The same period for every pantry whose records reached this laptop by sync, and for the network as a whole. A pantry&apos;s figures are its own ledger rows, distribution days and shelves.</source>
        <translation>El mismo período para cada despensa cuyos datos llegaron a esta computadora por sincronización, y para la red en conjunto. Las cifras de una despensa son sus propias filas del registro, sus días de reparto y sus estantes.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>All pantries in this file</source>
        <translation>Todas las despensas de este archivo</translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation>%1 (esta computadora)</translation>
    </message>
    <message>
        <source>Choose a figure to see what it counts.</source>
        <translation>Elija una cifra para ver qué cuenta.</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>Sin resultado todavía</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Toda la red</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personas alcanzadas</translation>
    </message>
    <message>
        <source>Deliveries completed</source>
        <translation>Entregas completadas</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>Existencias actuales</translation>
    </message>
    <message>
        <source>Counts found missing (units)</source>
        <translation>Faltantes en los conteos (unidades)</translation>
    </message>
    <message>
        <source>Could not write the CSV file (%1).</source>
        <translation>No se pudo escribir el archivo CSV (%1).</translation>
    </message>
    <message>
        <source>Choose a folder you can save in.</source>
        <translation>Elija una carpeta donde se pueda guardar.</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>report-%1-%2.csv</source>
        <translation>informe-%1-%2.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Exported to %1. It holds no personal data; counts of fewer than %2 households are shown as &quot;&lt;%2&quot;.</source>
        <translation>Exportado a %1. No contiene datos personales; las cantidades de menos de %2 hogares se muestran como &quot;&lt;%2&quot;.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>report-%1-%2.pdf</source>
        <translation>informe-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to %1. It holds no personal data.</source>
        <translation>Exportado a %1. No contiene datos personales.</translation>
    </message>
    <message>
        <source>%1 · every figure from the ledger and the recorded outcomes; choose a figure to see what it counts.</source>
        <translation>%1 · cada cifra sale del registro y de los resultados registrados; elija una cifra para ver qué cuenta.</translation>
    </message>
    <message>
        <source>The period every report covers; choosing one fills in its first and last day.</source>
        <translation>El período que cubren todos los informes; al elegir uno, se completan su primer y su último día.</translation>
    </message>
    <message>
        <source>The first day of the period; changing it makes the period custom.</source>
        <translation>El primer día del período; al cambiarlo, el período pasa a ser personalizado.</translation>
    </message>
    <message>
        <source>The last day of the period; changing it makes the period custom.</source>
        <translation>El último día del período; al cambiarlo, el período pasa a ser personalizado.</translation>
    </message>
    <message>
        <source>The pantry whose figures are shown, or all the pantries in this file.</source>
        <translation>La despensa cuyas cifras se muestran, o todas las despensas de este archivo.</translation>
    </message>
    <message>
        <source>Every figure of the period; Enter or a double-click shows the rows behind one.</source>
        <translation>Todas las cifras del período; Enter o un doble clic muestra las filas que forman una.</translation>
    </message>
    <message>
        <source>List the stops or stock movements that the chosen figure counts.</source>
        <translation>Listar las paradas o los movimientos de existencias que cuenta la cifra elegida.</translation>
    </message>
    <message>
        <source>For each week of the period: what was given out, received and thrown away, the households served and the deliveries.</source>
        <translation>Para cada semana del período: lo repartido, recibido y desechado, los hogares atendidos y las entregas.</translation>
    </message>
    <message>
        <source>How many stops of the period ended with each outcome: the chart&apos;s numbers.</source>
        <translation>Cuántas paradas del período terminaron con cada resultado: los números del gráfico.</translation>
    </message>
    <message>
        <source>The weight, units and movements given out in each category during the period.</source>
        <translation>El peso, las unidades y los movimientos repartidos en cada categoría durante el período.</translation>
    </message>
    <message>
        <source>What the counts found</source>
        <translation>Lo que encontraron los conteos</translation>
    </message>
    <message>
        <source>For each item and shelf, how much the stock counts found missing or extra against the ledger.</source>
        <translation>Para cada artículo y estante, cuánto encontraron de menos o de más los conteos frente al registro.</translation>
    </message>
    <message>
        <source>Each item given out in the period with no delivery to account for it.</source>
        <translation>Cada artículo repartido en el período sin una entrega que lo respalde.</translation>
    </message>
    <message>
        <source>Pantries of the network</source>
        <translation>Despensas de la red</translation>
    </message>
    <message>
        <source>The period&apos;s figures for each pantry whose records reached this laptop, and for the whole network.</source>
        <translation>Las cifras del período de cada despensa cuyos registros llegaron a esta computadora, y de toda la red.</translation>
    </message>
</context>
<context>
    <name>larder::ui::RouteMapWidget</name>
    <message>
        <source>Choose a route with stops to see its map.</source>
        <translation>Elija una ruta con paradas para ver su mapa.</translation>
    </message>
    <message>
        <source>The route map is not part of this build.</source>
        <translation>El mapa de rutas no está incluido en esta versión.</translation>
    </message>
</context>
<context>
    <name>larder::ui::RoutesTab</name>
    <message>
        <source>Plan routes</source>
        <translation>Planificar rutas</translation>
    </message>
    <message>
        <source>Share the stops out between the drivers within their limits, keeping locked routes as they are (Ctrl+R).</source>
        <translation>Repartir las paradas entre los conductores dentro de sus límites, sin tocar las rutas bloqueadas (Ctrl+R).</translation>
    </message>
    <message>
        <source>Move to route…</source>
        <translation>Mover a la ruta…</translation>
    </message>
    <message>
        <source>Give the selected stop to another driver (Ctrl+M). Alt+Up and Alt+Down change its place on the route.</source>
        <translation>Pasar la parada seleccionada a otro conductor (Ctrl+M). Alt+Arriba y Alt+Abajo cambian su lugar en la ruta.</translation>
    </message>
    <message>
        <source>Lock route</source>
        <translation>Bloquear ruta</translation>
    </message>
    <message>
        <source>A locked route stays as it is when you re-plan the rest (Ctrl+L).</source>
        <translation>Una ruta bloqueada se queda como está cuando vuelve a planificar las demás (Ctrl+L).</translation>
    </message>
    <message>
        <source>Choose a stop in the route&apos;s list first.</source>
        <translation>Primero elija una parada de la lista de la ruta.</translation>
    </message>
    <message>
        <source>Choose a driver&apos;s route first.</source>
        <translation>Primero elija la ruta de un conductor.</translation>
    </message>
    <message>
        <source>Re-plan the rest</source>
        <translation>Volver a planificar las demás</translation>
    </message>
    <message>
        <source>Unlock route</source>
        <translation>Desbloquear ruta</translation>
    </message>
    <message>
        <source>Add the drivers who came (Drivers tab), then press Plan routes (Ctrl+R).</source>
        <translation>Agregue los conductores que vinieron (pestaña Conductores) y luego presione Planificar rutas (Ctrl+R).</translation>
    </message>
    <message>
        <source>Select a route to see its stops and map. Ctrl+M moves a stop, Alt+Up/Down reorders, Ctrl+L locks a route, Ctrl+Z undoes.</source>
        <translation>Seleccione una ruta para ver sus paradas y su mapa. Ctrl+M mueve una parada, Alt+Arriba/Abajo cambia el orden, Ctrl+L bloquea una ruta, Ctrl+Z deshace.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) placed on routes, </source>
        <translation>
            <numerusform>%n parada puesta en rutas, </numerusform>
            <numerusform>%n paradas puestas en rutas, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km in all.</source>
        <translation>%1 km en total.</translation>
    </message>
    <message>
        <source>Stopped early: these are the best routes found so far.</source>
        <translation>Se detuvo antes: estas son las mejores rutas encontradas hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) fit on no route: add a driver, raise a capacity or a limit, or move them by hand.</source>
        <translation>
            <numerusform>%n parada no cabe en ninguna ruta: agregue un conductor, aumente una capacidad o un límite, o muévala a mano.</numerusform>
            <numerusform>%n paradas no caben en ninguna ruta: agregue un conductor, aumente una capacidad o un límite, o muévalas a mano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) without coordinates could not be planned.</source>
        <translation>
            <numerusform>No se pudo planificar %n parada sin coordenadas.</numerusform>
            <numerusform>No se pudieron planificar %n paradas sin coordenadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) placed by postal area: check them.</source>
        <translation>
            <numerusform>%n parada ubicada por zona postal: revísela.</numerusform>
            <numerusform>%n paradas ubicadas por zona postal: revíselas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stops on no route have no map.</source>
        <translation>Las paradas sin ruta no tienen mapa.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Pantry</source>
        <translation>Despensa</translation>
    </message>
    <message>
        <source>Route %1 · %2</source>
        <translation>Ruta %1 · %2</translation>
    </message>
    <message>
        <source>set the pantry&apos;s coordinates in Settings to mark the start</source>
        <translation>ponga las coordenadas de la despensa en Ajustes para marcar la salida</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) not on the map (no coordinates)</source>
        <translation>
            <numerusform>%n parada fuera del mapa (sin coordenadas)</numerusform>
            <numerusform>%n paradas fuera del mapa (sin coordenadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest route %1 min, shortest %2 min (%3 min apart).</source>
        <translation>Ruta más larga %1 min, más corta %2 min (%3 min de diferencia).</translation>
    </message>
    <message>
        <source>%1 has no stop: %2.</source>
        <translation>%1 no tiene paradas: %2.</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <source>Each driver&apos;s route with its stops, load and minutes; choosing one lists its stops and shows its map.</source>
        <translation>La ruta de cada conductor con sus paradas, su carga y sus minutos; al elegir una, se listan sus paradas y se muestra su mapa.</translation>
    </message>
    <message>
        <source>Stops on the chosen route</source>
        <translation>Paradas de la ruta elegida</translation>
    </message>
    <message>
        <source>The chosen route&apos;s stops in order; Alt+Up and Alt+Down change a stop&apos;s place, Ctrl+M gives it to another driver.</source>
        <translation>Las paradas de la ruta elegida, en orden; Alt+Arriba y Alt+Abajo cambian el lugar de una parada; Ctrl+M la pasa a otro conductor.</translation>
    </message>
</context>
<context>
    <name>larder::ui::RunDriversModel</name>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>pantry</source>
        <translation>despensa</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>vuelve</translation>
    </message>
    <message>
        <source>ends at last stop</source>
        <translation>termina en la última parada</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Boxes this driver&apos;s vehicle carries today.</source>
        <translation>Cajas que lleva hoy el vehículo de este conductor.</translation>
    </message>
    <message>
        <source>Starts at home, but Larder has no coordinates for it: add them to the driver on the Households page, or start at the pantry.</source>
        <translation>Sale de su casa, pero Larder no tiene sus coordenadas: agréguelas al conductor en la página Hogares o haga que salga de la despensa.</translation>
    </message>
    <message>
        <source>Checked: the route starts at the driver&apos;s home; otherwise at the pantry.</source>
        <translation>Marcado: la ruta sale de la casa del conductor; si no, de la despensa.</translation>
    </message>
    <message>
        <source>Checked: the driver comes back to the pantry after the last stop.</source>
        <translation>Marcado: el conductor vuelve a la despensa después de la última parada.</translation>
    </message>
    <message>
        <source>0 means no limit.</source>
        <translation>0 quiere decir sin límite.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
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
        <source>Starts at home</source>
        <translation>Sale de casa</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Vuelve</translation>
    </message>
    <message>
        <source>Most stops</source>
        <translation>Máx. paradas</translation>
    </message>
    <message>
        <source>Most minutes</source>
        <translation>Máx. minutos</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>a cualquier hora</translation>
    </message>
    <message>
        <source>The earliest this driver can leave today, such as 11 or 11:30. Empty: when the routes leave.</source>
        <translation>Lo más temprano que este conductor puede salir hoy, como 11 o 11:30. Vacío: cuando salen las rutas.</translation>
    </message>
    <message>
        <source>When this driver must be back (or done, when they end at the last stop), such as 2 pm. Empty: no limit.</source>
        <translation>Cuándo debe estar de vuelta este conductor (o haber terminado, si acaba en la última parada), como 14:00 o 2 pm. Vacío: sin límite.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Back by</source>
        <translation>De vuelta antes de</translation>
    </message>
</context>
<context>
    <name>larder::ui::RunRoutesModel</name>
    <message>
        <source>Not on a route</source>
        <translation>Sin ruta</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n caja</numerusform>
            <numerusform>%n cajas</numerusform>
        </translation>
    </message>
    <message>
        <source>Stops no driver could take within the limits, or not planned yet. Plan routes (Ctrl+R), add a driver, or move them by hand (Ctrl+M).</source>
        <translation>Paradas que ningún conductor pudo llevar dentro de los límites, o aún sin planificar. Planifique las rutas (Ctrl+R), agregue un conductor o muévalas a mano (Ctrl+M).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 / %2 boxes</source>
        <translation>%1 / %2 cajas</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>Re-planning keeps this route as it is (Ctrl+L unlocks).</source>
        <translation>Al volver a planificar, esta ruta se queda como está (Ctrl+L la desbloquea).</translation>
    </message>
    <message>
        <source>Ctrl+L locks the route: re-planning then leaves it alone.</source>
        <translation>Ctrl+L bloquea la ruta: así, al volver a planificar, no se toca.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Conductor</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Paradas</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>When the route leaves, so that it reaches its households within their windows (Settings: routes leave from).</source>
        <translation>Cuándo sale la ruta para llegar a sus hogares dentro de sus horarios (Configuración: las rutas salen desde).</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Sale</translation>
    </message>
</context>
<context>
    <name>larder::ui::RunStopsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not on a route</source>
        <translation>sin ruta</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>sin coordenadas</translation>
    </message>
    <message>
        <source>placed by postal area</source>
        <translation>ubicado por zona postal</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>agregado a mano</translation>
    </message>
    <message>
        <source>outcome recorded</source>
        <translation>resultado registrado</translation>
    </message>
    <message>
        <source>Larder does not know where this household is: it has no coordinates and no other household in its postal area has any. Add coordinates on the Households page, or move the stop to a route by hand (Ctrl+M).</source>
        <translation>Larder no sabe dónde está este hogar: no tiene coordenadas y ningún otro hogar de su zona postal las tiene. Agregue coordenadas en la página Hogares o mueva la parada a una ruta a mano (Ctrl+M).</translation>
    </message>
    <message>
        <source>No coordinates of its own: planned at the centre of its postal area. Check its place on the route.</source>
        <translation>No tiene coordenadas propias: se planificó en el centro de su zona postal. Revise su lugar en la ruta.</translation>
    </message>
    <message>
        <source>Boxes for this household. Type a number to change it.</source>
        <translation>Cajas para este hogar. Escriba un número para cambiarlo.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Larder does not know where this supplier is. Add its coordinates with Suppliers…, or move the stop to a route by hand (Ctrl+M).</source>
        <translation>Larder no sabe dónde está este proveedor. Agregue sus coordenadas con Proveedores… o mueva la parada a una ruta a mano (Ctrl+M).</translation>
    </message>
    <message>
        <source>Boxes to collect here (room in the vehicle). Type a number to change it.</source>
        <translation>Cajas que recoger aquí (lugar en el vehículo). Escriba un número para cambiarlo.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
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
        <translation>Identificador de esta computadora</translation>
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
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Lots that expire within this many days are listed under Inventory → Use first.</source>
        <translation>Los lotes que vencen dentro de esta cantidad de días aparecen en Inventario → Usar primero.</translation>
    </message>
    <message>
        <source>&quot;Use first&quot; lists lots expiring &amp;within:</source>
        <translation>&quot;Usar primero&quot; muestra los lotes que vencen dentr&amp;o de:</translation>
    </message>
    <message>
        <source>&amp;Month first, as in the United States</source>
        <translation>&amp;Mes primero, como en Estados Unidos</translation>
    </message>
    <message>
        <source>Typed dates:</source>
        <translation>Fechas escritas:</translation>
    </message>
    <message>
        <source>(at intake, &quot;12/5&quot; is read as %1)</source>
        <translation>(en la entrada, &quot;12/5&quot; se lee como %1)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The pantry</source>
        <translation>La despensa</translation>
    </message>
    <message>
        <source>Routes and route sheets</source>
        <translation>Rutas y hojas de ruta</translation>
    </message>
    <message>
        <source>&amp;Name on the papers:</source>
        <translation>&amp;Nombre en los papeles:</translation>
    </message>
    <message>
        <source>Printed at the top of route sheets and packing lists.</source>
        <translation>Se imprime arriba en las hojas de ruta y las listas de empaque.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Where drivers start and come back to, as printed on the sheets.</source>
        <translation>De dónde salen y adónde vuelven los conductores, tal como se imprime en las hojas.</translation>
    </message>
    <message>
        <source>&amp;Phone for drivers:</source>
        <translation>&amp;Teléfono para conductores:</translation>
    </message>
    <message>
        <source>The number a driver calls with a problem, printed on every sheet.</source>
        <translation>El número al que llama un conductor si tiene un problema, impreso en cada hoja.</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>&amp;Coordenadas:</translation>
    </message>
    <message>
        <source>41.8575, -87.6607 or a map link</source>
        <translation>41.8575, -87.6607 o un enlace de mapa</translation>
    </message>
    <message>
        <source>Type the coordinates as &quot;41.8575, -87.6607&quot;.</source>
        <translation>Escriba las coordenadas así: &quot;41.8575, -87.6607&quot;.</translation>
    </message>
    <message>
        <source>Roads are longer than a straight line by:</source>
        <translation>Las calles son más largas que la línea recta por:</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Road distance ÷ straight-line distance; 1.3 suits most towns.</source>
        <translation>Distancia por calle ÷ distancia en línea recta; 1.3 sirve para la mayoría de las ciudades.</translation>
    </message>
    <message>
        <source>Average driving &amp;speed:</source>
        <translation>&amp;Velocidad media al manejar:</translation>
    </message>
    <message>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <source>Used for the minutes of each route, with the time at each stop.</source>
        <translation>Se usa para los minutos de cada ruta, junto con el tiempo en cada parada.</translation>
    </message>
    <message>
        <source>Minutes at each &amp;stop:</source>
        <translation>Minutos en cada par&amp;ada:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Parking, carrying the boxes, a word at the door.</source>
        <translation>Estacionar, cargar las cajas, unas palabras en la puerta.</translation>
    </message>
    <message>
        <source>Most stops per driver (&amp;default):</source>
        <translation>Má&amp;ximo de paradas por conductor (predeterminado):</translation>
    </message>
    <message>
        <source>Filled in for each driver added to a day; 0 means no limit.</source>
        <translation>Se llena para cada conductor que se agrega a un día; 0 quiere decir sin límite.</translation>
    </message>
    <message>
        <source>Keep a household with last time&apos;s &amp;driver:</source>
        <translation>Mantener un &amp;hogar con el conductor de la última vez:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Worth this much extra driving to keep a household with the driver who came last time; 0 turns it off.</source>
        <translation>Cuánto manejo extra vale la pena para que un hogar siga con el conductor que fue la última vez; 0 lo desactiva.</translation>
    </message>
    <message>
        <source>&amp;Time to spend planning:</source>
        <translation>Tiempo para planifica&amp;r:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Longer finds slightly shorter routes.</source>
        <translation>Con más tiempo se encuentran rutas un poco más cortas.</translation>
    </message>
    <message>
        <source>Print &amp;initials instead of names, and no phone numbers</source>
        <translation>Imprimir &amp;iniciales en lugar de nombres, y sin números de teléfono</translation>
    </message>
    <message>
        <source>Route sheets:</source>
        <translation>Hojas de ruta:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>A backup copy of this file is made once a day when Larder opens it, in the folder next to it ending in &lt;tt&gt;.backups&lt;/tt&gt;; the last 7 days and 4 weeks are kept. Erased households are erased from those copies too.</source>
        <translation>Larder hace una copia de seguridad de este archivo una vez al día al abrirlo, en la carpeta de al lado que termina en &lt;tt&gt;.backups&lt;/tt&gt;; se guardan los últimos 7 días y 4 semanas. Los hogares borrados también se borran de esas copias.</translation>
    </message>
    <message>
        <source>The network passphrase that protects sync files is set on the Sync page.</source>
        <translation>La contraseña de la red que protege los archivos de sincronización se establece en la página Sincronizar.</translation>
    </message>
    <message>
        <source>Where routes start: &quot;41.8575, -87.6607&quot; or a map link copied from OpenStreetMap or Google Maps. Routes cannot be planned without them.</source>
        <translation>Donde empiezan las rutas: &quot;41.8575, -87.6607&quot; o un enlace de mapa copiado de OpenStreetMap o Google Maps. Sin ellas no se pueden planificar rutas.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>A household closed for longer than this is erased: its name, address, phone and notes leave this file, its backups and, through sync, every laptop of the network.</source>
        <translation>Un hogar cerrado por más tiempo que este se borra: su nombre, dirección, teléfono y notas salen de este archivo, de sus copias de seguridad y, por la sincronización, de cada computadora de la red.</translation>
    </message>
    <message>
        <source>Erase households closed for &amp;more than:</source>
        <translation>Borrar hogares cerrados hace &amp;más de:</translation>
    </message>
    <message>
        <source>&amp;Erase them now…</source>
        <translation>&amp;Borrarlos ahora…</translation>
    </message>
    <message>
        <source>No closed household is past that time.</source>
        <translation>Ningún hogar cerrado pasó ese tiempo.</translation>
    </message>
    <message>
        <source>%1 closed household(s) are past that time, the oldest closed since %2.</source>
        <translation>%1 hogar(es) cerrado(s) pasaron ese tiempo; el más antiguo, cerrado desde el %2.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Erase closed households</source>
        <translation>Borrar hogares cerrados</translation>
    </message>
    <message>
        <source>Erase %1 household(s) closed for more than %2 months?</source>
        <translation>¿Borrar %1 hogar(es) cerrado(s) hace más de %2 meses?</translation>
    </message>
    <message>
        <source>Their names, addresses, phones and notes leave this file, its backups at the next backup, and every laptop of the network at its next sync. This cannot be undone.&lt;br&gt;&lt;br&gt;%1</source>
        <translation>Sus nombres, direcciones, teléfonos y notas salen de este archivo, de sus copias de seguridad en la próxima copia y de cada computadora de la red en su próxima sincronización. No se puede deshacer.&lt;br&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Erased %1 household(s).</source>
        <translation>Se borraron %1 hogar(es).</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>After this long without a key press or a click, the app locks names, addresses, phones and notes until a coordinator unlocks them with the passphrase.</source>
        <translation>Tras este tiempo sin pulsar una tecla ni hacer clic, la aplicación bloquea nombres, direcciones, teléfonos y notas hasta que una persona coordinadora los desbloquee con la frase de paso.</translation>
    </message>
    <message>
        <source>&amp;Lock household details after:</source>
        <translation>&amp;Bloquear los datos de los hogares tras:</translation>
    </message>
    <message>
        <source>&amp;Accept these changes</source>
        <translation>&amp;Aceptar estos cambios</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; here; &lt;b&gt;%3&lt;/b&gt; proposed</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; aquí; &lt;b&gt;%3&lt;/b&gt; propuesto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another laptop of the network made these privacy settings weaker.&lt;/b&gt; They take effect on this laptop only when someone here accepts them; until then the stricter value stays.</source>
        <translation>&lt;b&gt;Otro portátil de la red hizo menos estrictos estos ajustes de privacidad.&lt;/b&gt; Solo tienen efecto en este portátil cuando alguien aquí los acepta; hasta entonces se mantiene el valor más estricto.</translation>
    </message>
    <message>
        <source>Share the day among every driver who came</source>
        <translation>Repartir el día entre todos los conductores que vinieron</translation>
    </message>
    <message>
        <source>Fewest kilometres</source>
        <translation>Menos kilómetros</translation>
    </message>
    <message>
        <source>Sharing gives every driver stops and evens out their minutes and boxes, for a few more kilometres; fewest kilometres may send a driver home without a stop.</source>
        <translation>Repartir da paradas a cada conductor e iguala sus minutos y cajas, a cambio de unos kilómetros más; con menos kilómetros, un conductor puede irse a casa sin paradas.</translation>
    </message>
    <message>
        <source>What route planning aims for</source>
        <translation>Qué busca la planificación de rutas</translation>
    </message>
    <message>
        <source>Plan routes to:</source>
        <translation>Planificar rutas para:</translation>
    </message>
    <message>
        <source>The earliest a route leaves; a route whose first household wants its boxes later leaves later.</source>
        <translation>Lo más temprano que sale una ruta; una ruta cuyo primer hogar quiere sus cajas más tarde sale más tarde.</translation>
    </message>
    <message>
        <source>Routes leave from</source>
        <translation>Las rutas salen desde</translation>
    </message>
    <message>
        <source>Routes &amp;leave from:</source>
        <translation>Las rutas &amp;salen desde:</translation>
    </message>
    <message>
        <source>Keep them when possible (a stop may be late)</source>
        <translation>Respetarlos cuando se pueda (una parada puede llegar tarde)</translation>
    </message>
    <message>
        <source>Always keep them (leave a stop off rather than late)</source>
        <translation>Respetarlos siempre (dejar una parada fuera antes que llegar tarde)</translation>
    </message>
    <message>
        <source>Households&apos; delivery windows</source>
        <translation>Horarios de entrega de los hogares</translation>
    </message>
    <message>
        <source>Households&apos; &amp;windows:</source>
        <translation>&amp;Horarios de los hogares:</translation>
    </message>
    <message>
        <source>A minute late is worth:</source>
        <translation>Un minuto de retraso vale:</translation>
    </message>
    <message>
        <source>How much extra driving planning accepts to save a minute of lateness, when windows are kept when possible.</source>
        <translation>Cuánta conducción extra acepta la planificación para ahorrar un minuto de retraso, cuando los horarios se respetan cuando se puede.</translation>
    </message>
    <message>
        <source>&amp;Compact: one row a stop (about twelve a page)</source>
        <translation>&amp;Compacta: una fila por parada (unas doce por página)</translation>
    </message>
    <message>
        <source>The default when printing; the print preview can switch it for one print.</source>
        <translation>Lo que se usa al imprimir; la vista previa puede cambiarlo para una impresión.</translation>
    </message>
    <message>
        <source>The language chosen above can be overridden for one start: set &lt;tt&gt;LARDER_LANG=es&lt;/tt&gt; before starting Larder.</source>
        <translation>El idioma elegido arriba puede cambiarse para un solo inicio: defina &lt;tt&gt;LARDER_LANG=es&lt;/tt&gt; antes de iniciar Larder.</translation>
    </message>
    <message>
        <source>As this computer</source>
        <translation>Como esta computadora</translation>
    </message>
    <message>
        <source>Language of Larder on this computer</source>
        <translation>Idioma de Larder en esta computadora</translation>
    </message>
    <message>
        <source>Chosen for this computer, whoever&apos;s pantry file is open. Larder starts in it the next time.</source>
        <translation>Se elige para esta computadora, sea cual sea el archivo de despensa abierto. Larder se inicia en él la próxima vez.</translation>
    </message>
    <message>
        <source>&amp;Language on this computer:</source>
        <translation>&amp;Idioma en esta computadora:</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>El idioma de la ventana</translation>
    </message>
    <message>
        <source>Language of route sheets and packing lists</source>
        <translation>Idioma de las hojas de ruta y las listas de empaque</translation>
    </message>
    <message>
        <source>A driver may read Spanish while the coordinator works in English. The print preview can choose another for one print.</source>
        <translation>Un conductor puede leer español mientras la coordinación trabaja en inglés. La vista previa de impresión puede elegir otro para una impresión.</translation>
    </message>
    <message>
        <source>Papers &amp;print in:</source>
        <translation>Los papeles se im&amp;primen en:</translation>
    </message>
    <message>
        <source>this computer&apos;s language</source>
        <translation>el idioma de esta computadora</translation>
    </message>
    <message>
        <source>Saved. Larder speaks %1 the next time it starts.</source>
        <translation>Guardado. Larder hablará %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Open the folder that holds this pantry&apos;s file, where its backups are kept too.</source>
        <translation>Abrir la carpeta que contiene el archivo de esta despensa, donde también se guardan sus copias de seguridad.</translation>
    </message>
    <message>
        <source>When a household&apos;s hours cannot all be kept, planning brings its stop late or leaves it off the routes.</source>
        <translation>Cuando no se pueden respetar los horarios de un hogar, la planificación lleva su parada tarde o la deja fuera de las rutas.</translation>
    </message>
    <message>
        <source>Route sheets then show each household by its initials, without phone numbers.</source>
        <translation>Así, las hojas de ruta muestran cada hogar por sus iniciales, sin números de teléfono.</translation>
    </message>
    <message>
        <source>The paper size Larder&apos;s printed sheets use.</source>
        <translation>El tamaño de papel de las hojas que imprime Larder.</translation>
    </message>
    <message>
        <source>A typed date such as 3/4 is read as March 4 rather than 3 April.</source>
        <translation>Una fecha escrita como 3/4 se lee como 4 de marzo y no como 3 de abril.</translation>
    </message>
    <message>
        <source>Erase now the households closed for longer than that, after asking; this cannot be undone.</source>
        <translation>Borrar ahora los hogares cerrados desde hace más de ese tiempo, después de preguntar; no se puede deshacer.</translation>
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
        <translation>¿Quién está de turno? Escriba su nombre</translation>
    </message>
    <message>
        <source>Who is on shift</source>
        <translation>Quién está de turno</translation>
    </message>
    <message>
        <source>Pick your name, or type it and press Enter if you are new. Every change you make is recorded under this name.</source>
        <translation>Elija su nombre, o escríbalo y presione Enter si es nuevo. Cada cambio que haga queda registrado con este nombre.</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation>Terminar turno</translation>
    </message>
    <message>
        <source>Leave the laptop with nobody on shift, for the next volunteer.</source>
        <translation>Deje la computadora sin nadie de turno, para el siguiente voluntario.</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>Escriba primero su nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a scanned barcode, not a name. To receive stock, go to Inventory (Ctrl+2) and scan again.</source>
        <translation>&quot;%1&quot; parece un código de barras escaneado, no un nombre. Para recibir existencias, vaya a Inventario (Ctrl+2) y escanee de nuevo.</translation>
    </message>
    <message>
        <source>Names are locked</source>
        <translation>Los nombres están bloqueados</translation>
    </message>
    <message>
        <source>Names are locked on this laptop. Whoever was on shift stays on shift; a new name can be typed once a coordinator unlocks (Ctrl+Shift+U). Stock, counts and packing work meanwhile.</source>
        <translation>Los nombres están bloqueados en este portátil. Quien estaba de turno sigue de turno; se puede escribir un nombre nuevo cuando un coordinador desbloquee (Ctrl+Mayús+U). Mientras tanto funcionan existencias, recuentos y preparación de cajas.</translation>
    </message>
    <message>
        <source>On shift (name locked)</source>
        <translation>De turno (nombre bloqueado)</translation>
    </message>
</context>
<context>
    <name>larder::ui::StartDialog</name>
    <message>
        <source>Welcome to Larder</source>
        <translation>Le damos la bienvenida a Larder</translation>
    </message>
    <message>
        <source>Larder keeps a pantry&apos;s stock, the households it serves and its delivery routes in one file on this laptop. Nothing leaves the laptop unless you export it.</source>
        <translation>Larder guarda las existencias de una despensa, los hogares a los que sirve y sus rutas de reparto en un archivo de esta computadora. Nada sale de la computadora a menos que lo exporte.</translation>
    </message>
    <message>
        <source>Create a new pantry file…</source>
        <translation>Crear un archivo de despensa nuevo…</translation>
    </message>
    <message>
        <source>Start empty, for a pantry that is new to Larder.</source>
        <translation>Empiece con un archivo vacío, para una despensa que aún no usa Larder.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <source>A .larder file kept on this laptop, a USB stick or a backup.</source>
        <translation>Un archivo .larder de esta computadora, de una memoria USB o de una copia de seguridad.</translation>
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
    <message>
        <source>Join a network…</source>
        <translation>Unirse a una red…</translation>
    </message>
    <message>
        <source>Start from another pantry&apos;s sync file and its passphrase, to share data with it.</source>
        <translation>Empezar con el archivo de sincronización de otra despensa y su contraseña, para compartir datos con ella.</translation>
    </message>
    <message>
        <source>Closes Larder without opening a pantry file.</source>
        <translation>Cierra Larder sin abrir un archivo de despensa.</translation>
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
        <translation>Larder no pudo abrir el archivo que pidió.</translation>
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
        <translation>¿Cómo se llama esta despensa? Las otras despensas de su red verán este nombre.</translation>
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
    <message>
        <source>A sync file from a pantry of the network</source>
        <translation>Un archivo de sincronización de una despensa de la red</translation>
    </message>
    <message>
        <source>Larder sync files (*.lardersync);;All files (*)</source>
        <translation>Archivos de sincronización de Larder (*.lardersync);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Network passphrase</source>
        <translation>Contraseña de la red</translation>
    </message>
    <message>
        <source>Type the network&apos;s passphrase (ask the pantry that gave you the file).</source>
        <translation>Escriba la contraseña de la red (pídasela a la despensa que le dio el archivo).</translation>
    </message>
    <message>
        <source>This pantry&apos;s name</source>
        <translation>Nombre de esta despensa</translation>
    </message>
    <message>
        <source>A synced folder</source>
        <translation>Una carpeta sincronizada</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Elegir otra carpeta</translation>
    </message>
    <message>
        <source>Keep it here</source>
        <translation>Dejarlo aquí</translation>
    </message>
    <message>
        <source>A copy then lives outside this laptop, on every computer and server the folder is synced to (names, addresses and phones readable unless the pantry has a passphrase), and a file copied while Larder has it open can arrive damaged. Close Larder, move the file and its .backups folder to a folder on this laptop only, and open it from there.</source>
        <translation>Entonces una copia vive fuera de este portátil, en cada computadora y servidor con los que se sincroniza la carpeta (con nombres, direcciones y teléfonos legibles si la despensa no tiene frase de contraseña), y un archivo copiado mientras Larder lo tiene abierto puede llegar dañado. Cierre Larder, mueva el archivo y su carpeta .backups a una carpeta solo de este portátil y ábralo desde ahí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This pantry file is in a folder that %1 copies off this laptop:&lt;/b&gt; %2. %3</source>
        <translation>&lt;b&gt;Este archivo de despensa está en una carpeta que %1 copia fuera de este portátil:&lt;/b&gt; %2. %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;This pantry&apos;s backups are in a folder that %1 copies off this laptop:&lt;/b&gt; %2. %3</source>
        <translation>&lt;b&gt;Las copias de seguridad de esta despensa están en una carpeta que %1 copia fuera de este portátil:&lt;/b&gt; %2. %3</translation>
    </message>
    <message>
        <source>Names, addresses, phones and notes are kept sealed with this passphrase: someone who takes the laptop or copies the file cannot read them. Volunteers on shift do not need it (stock, counts and packing work without it); a coordinator types it to see or change the details. Pantries of one network share it.</source>
        <translation>Los nombres, direcciones, teléfonos y notas se guardan sellados con esta frase de contraseña: quien se lleve el portátil o copie el archivo no puede leerlos. Los voluntarios de turno no la necesitan (existencias, recuentos y preparación de cajas funcionan sin ella); un coordinador la escribe para ver o cambiar los datos. Las despensas de una red la comparten.</translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation>Estantes</translation>
    </message>
</context>
<context>
    <name>larder::ui::StockActionDialog</name>
    <message>
        <source>Give out</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Desechar</translation>
    </message>
    <message>
        <source>Move to another place</source>
        <translation>Mover a otro lugar</translation>
    </message>
    <message>
        <source>Return undelivered</source>
        <translation>Devolver lo no entregado</translation>
    </message>
    <message>
        <source>Give &lt;b&gt;%1&lt;/b&gt; to a walk-in visitor. The oldest dates go first.</source>
        <translation>Entregar &lt;b&gt;%1&lt;/b&gt; a una persona sin cita. Las fechas más antiguas salen primero.</translation>
    </message>
    <message>
        <source>Throw away &lt;b&gt;%1&lt;/b&gt; that cannot be given out. The reason is recorded.</source>
        <translation>Desechar &lt;b&gt;%1&lt;/b&gt; que no se puede entregar. Se registra el motivo.</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; to another place.</source>
        <translation>Mover &lt;b&gt;%1&lt;/b&gt; a otro lugar.</translation>
    </message>
    <message>
        <source>Put undelivered &lt;b&gt;%1&lt;/b&gt; back on the shelf, into the lot it came from.</source>
        <translation>Devolver al estante &lt;b&gt;%1&lt;/b&gt; no entregado, al lote de donde salió.</translation>
    </message>
    <message>
        <source>Any place — oldest date first</source>
        <translation>Cualquier lugar — la fecha más antigua primero</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Lot %1 (was on %2)</source>
        <translation>Lote %1 (estaba en %2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 there</source>
        <translation>%1 · %2 · hay %3</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hacia:</translation>
    </message>
    <message>
        <source>&amp;Back to:</source>
        <translation>De&amp;volver a:</translation>
    </message>
    <message>
        <source>14 or 2 cases</source>
        <translation>14 o 2 cajas</translation>
    </message>
    <message>
        <source>how many</source>
        <translation>cuántos</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>optional: what was wrong</source>
        <translation>opcional: qué estaba mal</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Este artículo ya no existe.</translation>
    </message>
    <message>
        <source>This item has no lot to return into.</source>
        <translation>Este artículo no tiene un lote al cual devolverlo.</translation>
    </message>
    <message>
        <source>There is none of this item on hand.</source>
        <translation>No hay existencias de este artículo.</translation>
    </message>
    <message>
        <source>Type how many: all of it is %1.</source>
        <translation>Escriba cuántos: todo es %1.</translation>
    </message>
    <message>
        <source>Type how many.</source>
        <translation>Escriba cuántos.</translation>
    </message>
    <message>
        <source>Only %1 on hand there.</source>
        <translation>Ahí solo hay %1.</translation>
    </message>
    <message>
        <source>%1 from %2, %3</source>
        <translation>%1 de %2, %3</translation>
    </message>
    <message>
        <source>%1 from %2 (no date)</source>
        <translation>%1 de %2 (sin fecha)</translation>
    </message>
    <message>
        <source>Takes %1.</source>
        <translation>Se toma %1.</translation>
    </message>
    <message>
        <source>Only %1 there.</source>
        <translation>Ahí solo hay %1.</translation>
    </message>
    <message>
        <source>It is already there: choose another place.</source>
        <translation>Ya está ahí: elija otro lugar.</translation>
    </message>
    <message>
        <source>%1 leave the stock, recorded as thrown away.</source>
        <translation>%1 salen de las existencias, registrado como desechado.</translation>
    </message>
    <message>
        <source>%1 go from %2 to %3.</source>
        <translation>%1 pasan de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 go back to %2.</source>
        <translation>%1 vuelven a %2.</translation>
    </message>
    <message>
        <source>use by %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Where to give it out from; any place takes the oldest dates first.</source>
        <translation>De dónde entregarlo; cualquier lugar toma primero las fechas más antiguas.</translation>
    </message>
    <message>
        <source>The lot it goes back into.</source>
        <translation>El lote al que vuelve.</translation>
    </message>
    <message>
        <source>The place and lot it is taken from.</source>
        <translation>El lugar y el lote de donde se toma.</translation>
    </message>
    <message>
        <source>The place it goes to.</source>
        <translation>El lugar adonde va.</translation>
    </message>
    <message>
        <source>The place it goes back to.</source>
        <translation>El lugar al que vuelve.</translation>
    </message>
    <message>
        <source>How many to give out.</source>
        <translation>Cuántos entregar.</translation>
    </message>
    <message>
        <source>How many to throw away.</source>
        <translation>Cuántos desechar.</translation>
    </message>
    <message>
        <source>How many to move.</source>
        <translation>Cuántos mover.</translation>
    </message>
    <message>
        <source>How many go back on the shelf.</source>
        <translation>Cuántos vuelven al estante.</translation>
    </message>
    <message>
        <source>Why it is thrown away; recorded with it.</source>
        <translation>Por qué se desecha; se registra con ello.</translation>
    </message>
    <message>
        <source>What was wrong, in a few words; recorded with it.</source>
        <translation>Qué estaba mal, en pocas palabras; se registra con ello.</translation>
    </message>
    <message>
        <source>Record that this many were given out, the oldest dates first.</source>
        <translation>Registrar que se entregó esta cantidad, las fechas más antiguas primero.</translation>
    </message>
    <message>
        <source>Record that this many were thrown away, and why.</source>
        <translation>Registrar que se desechó esta cantidad, y por qué.</translation>
    </message>
    <message>
        <source>Record that this many moved to the chosen place.</source>
        <translation>Registrar que esta cantidad pasó al lugar elegido.</translation>
    </message>
    <message>
        <source>Put this many back into the chosen lot.</source>
        <translation>Devolver esta cantidad al lote elegido.</translation>
    </message>
    <message>
        <source>Close this window without changing the stock.</source>
        <translation>Cerrar esta ventana sin cambiar las existencias.</translation>
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
        <translation>Usar primero antes de</translation>
    </message>
    <message>
        <source>%1 — below zero</source>
        <translation>%1 — bajo cero</translation>
    </message>
    <message>
        <source>The books show less than zero: more went out than was recorded coming in (or a sync brought both sides). Count it to set it right.</source>
        <translation>Los registros muestran menos de cero: salió más de lo que se registró al entrar (o una sincronización trajo ambos lados). Cuéntelo para corregirlo.</translation>
    </message>
    <message>
        <source>Enter or double-click: the history of %1</source>
        <translation>Enter o doble clic: el historial de %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::StopsTab</name>
    <message>
        <source>&amp;Add a household:</source>
        <translation>&amp;Agregar un hogar:</translation>
    </message>
    <message>
        <source>Type a name, street or phone, then Enter</source>
        <translation>Escriba un nombre, calle o teléfono y luego Enter</translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation>Quitar parada</translation>
    </message>
    <message>
        <source>Take the selected household off this day (Delete).</source>
        <translation>Quitar el hogar seleccionado de este día (Supr).</translation>
    </message>
    <message>
        <source>Choose a stop in the list first.</source>
        <translation>Primero elija una parada de la lista.</translation>
    </message>
    <message>
        <source>No household is due this day. Add households above by name, street or phone.</source>
        <translation>Ningún hogar toca este día. Agregue hogares arriba por nombre, calle o teléfono.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s), </source>
        <translation>
            <numerusform>%n parada, </numerusform>
            <numerusform>%n paradas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) in all.</source>
        <translation>
            <numerusform>%n caja en total.</numerusform>
            <numerusform>%n cajas en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without coordinates: add them on the Households page, or place the stop on a route by hand (Ctrl+M).</source>
        <translation>
            <numerusform>%n sin coordenadas: agréguelas en la página Hogares o ponga la parada en una ruta a mano (Ctrl+M).</numerusform>
            <numerusform>%n sin coordenadas: agréguelas en la página Hogares o ponga las paradas en una ruta a mano (Ctrl+M).</numerusform>
        </translation>
    </message>
    <message>
        <source>(already on this day)</source>
        <translation>(ya está en este día)</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pausa)</translation>
    </message>
    <message>
        <source>No household to add matches &quot;%1&quot;. Check the spelling, or add the household on the Households page first.</source>
        <translation>Ningún hogar que se pueda agregar coincide con &quot;%1&quot;. Revise cómo está escrito o agregue primero el hogar en la página Hogares.</translation>
    </message>
    <message>
        <source>Suppliers…</source>
        <translation>Proveedores…</translation>
    </message>
    <message>
        <source>Add a supplier, or its address, coordinates and pickup days.</source>
        <translation>Agregar un proveedor, o su dirección, coordenadas y días de recolección.</translation>
    </message>
    <message>
        <source>&amp;Add a supplier:</source>
        <translation>&amp;Agregar un proveedor:</translation>
    </message>
    <message>
        <source>Type a supplier&apos;s name, then Enter</source>
        <translation>Escriba el nombre de un proveedor y luego Enter</translation>
    </message>
    <message>
        <source>No supplier has its pickup day on this day. Add suppliers above by name, or add their pickup days (Suppliers…).</source>
        <translation>Ningún proveedor tiene este día como día de recolección. Agregue proveedores arriba por nombre o agregue sus días de recolección (Proveedores…).</translation>
    </message>
    <message numerus="yes">
        <source>%n without coordinates: add them with Suppliers…, or place the stop on a route by hand (Ctrl+M).</source>
        <translation>
            <numerusform>%n sin coordenadas: agréguelas con Proveedores… o ponga la parada en una ruta a mano (Ctrl+M).</numerusform>
            <numerusform>%n sin coordenadas: agréguelas con Proveedores… o ponga las paradas en una ruta a mano (Ctrl+M).</numerusform>
        </translation>
    </message>
    <message>
        <source>(not on the map)</source>
        <translation>(fuera del mapa)</translation>
    </message>
    <message>
        <source>No supplier to add matches &quot;%1&quot;. Check the spelling, or add the supplier first (Suppliers…).</source>
        <translation>Ningún proveedor que se pueda agregar coincide con &quot;%1&quot;. Revise cómo está escrito o agregue primero el proveedor (Proveedores…).</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Paradas</translation>
    </message>
    <message>
        <source>The stops of this day with their route and boxes; type a number in the Boxes column to change it, Delete takes the selected stop off the day.</source>
        <translation>Las paradas de este día con su ruta y sus cajas; escriba un número en la columna Cajas para cambiarlo; Supr quita la parada seleccionada del día.</translation>
    </message>
    <message>
        <source>pick up</source>
        <translation>recoger</translation>
    </message>
    <message>
        <source>Pick up from %1: %2</source>
        <translation>Recoger de %1: %2</translation>
    </message>
    <message>
        <source>(on another day)</source>
        <translation>(en otro día)</translation>
    </message>
</context>
<context>
    <name>larder::ui::StoreTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping… nothing of the file being read is kept.</source>
        <translation>Deteniendo… no se conserva nada del archivo que se estaba leyendo.</translation>
    </message>
</context>
<context>
    <name>larder::ui::SuppliersDialog</name>
    <message>
        <source>not on the map</source>
        <translation>fuera del mapa</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(retirado)</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Where the pantry&apos;s food comes from. A collection day picks up from the suppliers whose pickup day it is, planned by their coordinates. Changes are saved as you make them.</source>
        <translation>De dónde viene la comida de la despensa. Un día de recolección recoge de los proveedores a los que les toca ese día, planificado según sus coordenadas. Los cambios se guardan a medida que los hace.</translation>
    </message>
    <message>
        <source>&amp;New supplier</source>
        <translation>&amp;Nuevo proveedor</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>e.g. Mercado El Sol</source>
        <translation>p. ej. Mercado El Sol</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Nom&amp;bre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Pickup days</source>
        <translation>Días de recolección</translation>
    </message>
    <message>
        <source> boxes</source>
        <translation> cajas</translation>
    </message>
    <message>
        <source>How many boxes a pickup here usually fills: the room it takes in a vehicle on a collection day. Change it for one day on the Stops tab.</source>
        <translation>Cuántas cajas suele llenar una recolección aquí: el lugar que ocupa en un vehículo en un día de recolección. Cámbielo para un solo día en la pestaña Paradas.</translation>
    </message>
    <message>
        <source>&amp;Usual load</source>
        <translation>Carga &amp;habitual</translation>
    </message>
    <message>
        <source>Printed for the driver, e.g. 2011 W Cermak Rd</source>
        <translation>Se imprime para el conductor, p. ej. 2011 W Cermak Rd</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>41.8520, -87.6780 or a map link</source>
        <translation>41.8520, -87.6780 o un enlace de mapa</translation>
    </message>
    <message>
        <source>Where the driver collects, for planning the routes: latitude and longitude, or a link copied from OpenStreetMap or Google Maps.</source>
        <translation>Dónde recoge el conductor, para planificar las rutas: latitud y longitud, o un enlace copiado de OpenStreetMap o Google Maps.</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>&amp;Coordenadas</translation>
    </message>
    <message>
        <source>Who to ask for</source>
        <translation>Por quién preguntar</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontacto</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <source>What the driver should know: the door, the hours, crates to bring back</source>
        <translation>Lo que el conductor debe saber: la puerta, el horario, los cajones que hay que devolver</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Not&amp;as</translation>
    </message>
    <message>
        <source>Type the new supplier&apos;s name; it is saved when it has one.</source>
        <translation>Escriba el nombre del proveedor nuevo; se guarda cuando tiene uno.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Keep this supplier for the history, but offer it no more at intake or on collection days.</source>
        <translation>Conservar este proveedor para el historial, pero no ofrecerlo más en las entradas ni en los días de recolección.</translation>
    </message>
    <message>
        <source>Make this supplier active again.</source>
        <translation>Volver a activar este proveedor.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another supplier is already called &quot;%1&quot;: choose another name.</source>
        <translation>Ya hay otro proveedor que se llama &quot;%1&quot;: elija otro nombre.</translation>
    </message>
    <message>
        <source>Not saved until this is fixed.</source>
        <translation>No se guarda hasta que se corrija esto.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>Se agregó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>No se cambió: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again.</source>
        <translation>&quot;%1&quot; vuelve a estar activo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired: kept for the history, offered no more.</source>
        <translation>&quot;%1&quot; está retirado: se conserva para el historial y ya no se ofrece.</translation>
    </message>
    <message>
        <source>Every supplier, retired ones too; choosing one shows its details in the form beside the list.</source>
        <translation>Todos los proveedores, también los retirados; al elegir uno, sus datos se muestran en el formulario junto a la lista.</translation>
    </message>
    <message>
        <source>Empty the form, to add a supplier; it is saved when it has a name.</source>
        <translation>Vaciar el formulario, para agregar un proveedor; se guarda cuando tiene nombre.</translation>
    </message>
    <message>
        <source>The supplier&apos;s name, as offered at intake and on collection days.</source>
        <translation>El nombre del proveedor, tal como se ofrece en la recepción y en los días de recolección.</translation>
    </message>
    <message>
        <source>What kind of supplier it is.</source>
        <translation>Qué tipo de proveedor es.</translation>
    </message>
    <message>
        <source>Ticked when a collection day on %1 picks up from this supplier.</source>
        <translation>Marcada si los días de recolección que caen en %1 recogen en este proveedor.</translation>
    </message>
    <message>
        <source>The street address, printed for the driver.</source>
        <translation>La dirección, impresa para el conductor.</translation>
    </message>
    <message>
        <source>Who the driver asks for at this supplier.</source>
        <translation>Por quién pregunta el conductor en este proveedor.</translation>
    </message>
    <message>
        <source>A number to call at this supplier.</source>
        <translation>Un número para llamar a este proveedor.</translation>
    </message>
    <message>
        <source>What the driver should know about this supplier; saved when you leave the field.</source>
        <translation>Lo que el conductor debe saber sobre este proveedor; se guarda al salir del campo.</translation>
    </message>
    <message>
        <source>Close this window; every change is already saved.</source>
        <translation>Cerrar esta ventana; todos los cambios ya están guardados.</translation>
    </message>
</context>
<context>
    <name>larder::ui::SyncImportsModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>New changes</source>
        <translation>Cambios nuevos</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Ya estaban aquí</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) to review</source>
        <translation>
            <numerusform>%n cambio que revisar</numerusform>
            <numerusform>%n cambios que revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>sender&apos;s clock %1 h ahead</source>
        <translation>el reloj del remitente va %1 h adelantado</translation>
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
        <translation>Comparta los cambios de esta despensa con las otras despensas de su red mediante un archivo: una memoria USB, una aplicación de mensajería o una carpeta compartida. No interviene ningún servicio de internet.</translation>
    </message>
    <message>
        <source>changes recorded on this laptop</source>
        <translation>cambios registrados en esta computadora</translation>
    </message>
    <message>
        <source>other laptops heard from</source>
        <translation>otras computadoras de las que hay noticias</translation>
    </message>
    <message>
        <source>This pantry</source>
        <translation>Esta despensa</translation>
    </message>
    <message>
        <source>This laptop&apos;s id</source>
        <translation>Identificador de esta computadora</translation>
    </message>
    <message>
        <source>Network id</source>
        <translation>Identificador de la red</translation>
    </message>
    <message>
        <source>edits to review</source>
        <translation>cambios que revisar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Set the network passphrase…</source>
        <translation>Definir la contraseña de la red…</translation>
    </message>
    <message>
        <source>Network passphrase</source>
        <translation>Contraseña de la red</translation>
    </message>
    <message>
        <source>Passphrase not set</source>
        <translation>Contraseña sin definir</translation>
    </message>
    <message>
        <source>Exchange by file</source>
        <translation>Intercambio por archivo</translation>
    </message>
    <message>
        <source>&amp;Export a sync file…</source>
        <translation>&amp;Exportar un archivo de sincronización…</translation>
    </message>
    <message>
        <source>&amp;Import sync files…</source>
        <translation>&amp;Importar archivos de sincronización…</translation>
    </message>
    <message>
        <source>Send every change, or only what one laptop lacks (from the last file it sent here).</source>
        <translation>Enviar todos los cambios, o solo lo que le falta a una computadora (a partir del último archivo que envió aquí).</translation>
    </message>
    <message>
        <source>for</source>
        <translation>para</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>No se eligió ninguna carpeta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Sync when files arrive</source>
        <translation>Sincronizar cuando lleguen archivos</translation>
    </message>
    <message>
        <source>to sync with the shared folder</source>
        <translation>para sincronizar con la carpeta compartida</translation>
    </message>
    <message>
        <source>to sync whenever files arrive</source>
        <translation>para sincronizar cada vez que lleguen archivos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) to review</source>
        <translation>
            <numerusform>%n cambio que revisar</numerusform>
            <numerusform>%n cambios que revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>Edits to review</source>
        <translation>Cambios que revisar</translation>
    </message>
    <message>
        <source>The same field was changed on two laptops that had not seen each other&apos;s change. Larder kept the newer one everywhere; check it, and keep it or put the other back.</source>
        <translation>El mismo campo se cambió en dos computadoras que no habían visto el cambio de la otra. Larder se quedó con el más reciente en todas partes; revíselo y déjelo o vuelva a poner el otro.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Se quedó</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>&amp;Keep what Larder chose</source>
        <translation>&amp;Dejar lo que eligió Larder</translation>
    </message>
    <message>
        <source>Put the &amp;other value back</source>
        <translation>Volver a poner el &amp;otro valor</translation>
    </message>
    <message>
        <source>This laptop belongs to a network: files it exports open only with the network&apos;s passphrase.</source>
        <translation>Esta computadora pertenece a una red: los archivos que exporta solo se abren con la contraseña de la red.</translation>
    </message>
    <message>
        <source>No network passphrase yet. Set one to start a network, or ask another pantry for its latest file and join it from the start screen.</source>
        <translation>Todavía no hay contraseña de la red. Defina una para crear una red, o pida a otra despensa su último archivo y únase desde la pantalla de inicio.</translation>
    </message>
    <message>
        <source>everyone (all changes)</source>
        <translation>todos (todos los cambios)</translation>
    </message>
    <message>
        <source>%1 (only what it lacks)</source>
        <translation>%1 (solo lo que le falta)</translation>
    </message>
    <message>
        <source>Writing the sync file…</source>
        <translation>Escribiendo el archivo de sincronización…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>%1: not imported. %2</source>
        <translation>%1: no se importó. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2: %n new change(s)</source>
        <translation>
            <numerusform>%1 de %2: %n cambio nuevo</numerusform>
            <numerusform>%1 de %2: %n cambios nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>%n ya estaba aquí</numerusform>
            <numerusform>%n ya estaban aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>Its clock is %1 hours ahead of this laptop&apos;s.</source>
        <translation>Su reloj va %1 horas adelantado respecto al de esta computadora.</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Primero elija la carpeta compartida.</translation>
    </message>
    <message>
        <source>This laptop&apos;s file could not be written: %1</source>
        <translation>No se pudo escribir el archivo de esta computadora: %1</translation>
    </message>
    <message>
        <source>Type the network&apos;s passphrase %1.</source>
        <translation>Escriba la contraseña de la red %1.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Set the network passphrase first (above).</source>
        <translation>Primero defina la contraseña de la red (arriba).</translation>
    </message>
    <message>
        <source>Export a sync file</source>
        <translation>Exportar un archivo de sincronización</translation>
    </message>
    <message>
        <source>Larder sync files (*.lardersync)</source>
        <translation>Archivos de sincronización de Larder (*.lardersync)</translation>
    </message>
    <message>
        <source>to encrypt the file</source>
        <translation>para cifrar el archivo</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n cambio en %1.</numerusform>
            <numerusform>Se escribieron %n cambios en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import sync files</source>
        <translation>Importar archivos de sincronización</translation>
    </message>
    <message>
        <source>Larder sync files (*.lardersync);;All files (*)</source>
        <translation>Archivos de sincronización de Larder (*.lardersync);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>to open the files</source>
        <translation>para abrir los archivos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Conflicts over personal details show no values; exporting and importing ask for the network&apos;s passphrase.</source>
        <translation>Los conflictos sobre datos personales no muestran valores; exportar e importar piden la frase de contraseña de la red.</translation>
    </message>
    <message>
        <source>Choose a passphrase for your network. Every laptop of the network uses the same one: it seals the names, addresses, phones and notes in this pantry&apos;s file and encrypts the sync files. Larder never stores it.</source>
        <translation>Elija una frase de contraseña para su red. Cada portátil de la red usa la misma: sella los nombres, direcciones, teléfonos y notas del archivo de esta despensa y cifra los archivos de sincronización. Larder nunca la guarda.</translation>
    </message>
    <message>
        <source>Set the network passphrase first (above), or join a network from the start screen.</source>
        <translation>Primero defina la contraseña de la red (arriba), o únase a una red desde la pantalla de inicio.</translation>
    </message>
    <message>
        <source>Choose the shared folder and set the network passphrase first.</source>
        <translation>Primero elija la carpeta compartida y defina la contraseña de la red.</translation>
    </message>
    <message>
        <source>Try refused files again</source>
        <translation>Volver a probar los archivos rechazados</translation>
    </message>
    <message>
        <source>Read the refused files again at the next sync, for example after the network&apos;s passphrase changed.</source>
        <translation>Leer otra vez los archivos rechazados en la próxima sincronización, por ejemplo después de que cambió la contraseña de la red.</translation>
    </message>
    <message>
        <source>The refused files will be read again at the next sync.</source>
        <translation>Los archivos rechazados se volverán a leer en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Nothing received yet. Each file imported here, by hand or from the shared folder, is listed with the pantry that sent it.</source>
        <translation>Todavía no se recibió nada. Cada archivo importado aquí, a mano o desde la carpeta compartida, aparece con la despensa que lo envió.</translation>
    </message>
    <message>
        <source>%1: cancelled. Nothing of it was changed.</source>
        <translation>%1: cancelado. No se cambió nada de él.</translation>
    </message>
    <message>
        <source>Syncing with the shared folder…</source>
        <translation>Sincronizando con la carpeta compartida…</translation>
    </message>
    <message>
        <source>Reading %1 from the shared folder…</source>
        <translation>Leyendo %1 de la carpeta compartida…</translation>
    </message>
    <message>
        <source>%1: skipped, refused on %2 and unchanged since: %3</source>
        <translation>%1: omitido; se rechazó el %2 y no cambió desde entonces: %3</translation>
    </message>
    <message>
        <source>Cancelled. The file being read changed nothing; the others are read at the next sync. This laptop&apos;s file was not written.</source>
        <translation>Cancelado. El archivo que se estaba leyendo no cambió nada; los demás se leen en la próxima sincronización. No se escribió el archivo de esta computadora.</translation>
    </message>
    <message>
        <source>Nothing new from the other laptops.</source>
        <translation>Nada nuevo de las otras computadoras.</translation>
    </message>
    <message>
        <source>Writing this laptop&apos;s file in the shared folder…</source>
        <translation>Escribiendo el archivo de esta computadora en la carpeta compartida…</translation>
    </message>
    <message>
        <source>This laptop&apos;s file (%1) is up to date in the folder.</source>
        <translation>El archivo de esta computadora (%1) está al día en la carpeta.</translation>
    </message>
    <message>
        <source>A folder that Syncthing, Nextcloud or a shared drive keeps in step between the laptops of the network. Choose the same folder on each laptop: each writes its own file there and reads the others&apos; whenever you sync.</source>
        <translation>Una carpeta que Syncthing, Nextcloud o una unidad compartida mantiene igual en las computadoras de la red. Elija la misma carpeta en cada computadora: cada una escribe allí su propio archivo y lee los de las demás cada vez que sincroniza.</translation>
    </message>
    <message>
        <source>Each laptop writes its own file here and reads the others&apos;. This laptop&apos;s file is %1; the name tells nothing about the pantry, and the files open only with the network&apos;s passphrase.</source>
        <translation>Cada computadora escribe aquí su propio archivo y lee los de las demás. El archivo de esta computadora es %1; el nombre no dice nada de la despensa, y los archivos solo se abren con la contraseña de la red.</translation>
    </message>
    <message>
        <source>%1 (refused %2): %3</source>
        <translation>%1 (rechazado el %2): %3</translation>
    </message>
    <message>
        <source>These files in the folder were refused and are skipped until they change:</source>
        <translation>Estos archivos de la carpeta se rechazaron y se omiten hasta que cambien:</translation>
    </message>
    <message>
        <source>A laptop was lost…</source>
        <translation>Se perdió una computadora…</translation>
    </message>
    <message>
        <source>Give the network a new key and passphrase, so a lost or stolen laptop opens nothing made from now on.</source>
        <translation>Dar a la red una clave y una contraseña nuevas, para que una computadora perdida o robada no abra nada de lo que se haga a partir de ahora.</translation>
    </message>
    <message>
        <source>A laptop was lost</source>
        <translation>Se perdió una computadora</translation>
    </message>
    <message>
        <source>Larder will give the network a new key and a new passphrase, and seal every name, address, phone and note in this pantry again with it (a large pantry takes minutes).

Then export a sync file: each other laptop imports it and is asked for the new passphrase. The lost laptop, which knows only the old passphrase, opens nothing made from now on. What it held already it still holds: it is sealed with the old passphrase.

Continue?</source>
        <translation>Larder dará a la red una clave nueva y una contraseña nueva, y volverá a sellar con ella cada nombre, dirección, teléfono y nota de esta despensa (en una despensa grande tarda minutos).

Luego exporte un archivo de sincronización: cada una de las otras computadoras lo importa y se le pide la nueva contraseña. La computadora perdida, que solo conoce la contraseña antigua, no abre nada de lo que se haga a partir de ahora. Lo que ya tenía lo sigue teniendo: está sellado con la contraseña antigua.

¿Continuar?</translation>
    </message>
    <message>
        <source>The network&apos;s current passphrase.</source>
        <translation>La contraseña actual de la red.</translation>
    </message>
    <message>
        <source>The network&apos;s new passphrase. Tell it to the other laptops&apos; coordinators in person, never with the sync file.</source>
        <translation>La nueva contraseña de la red. Dígasela en persona a quienes coordinan las otras computadoras, nunca junto con el archivo de sincronización.</translation>
    </message>
    <message>
        <source>Key not changed</source>
        <translation>No se cambió la clave</translation>
    </message>
    <message>
        <source>A new key for the network</source>
        <translation>Una clave nueva para la red</translation>
    </message>
    <message>
        <source>Done. Export a sync file now and bring it to the other laptops; each imports it with the new passphrase.</source>
        <translation>Listo. Exporte ahora un archivo de sincronización y llévelo a las otras computadoras; cada una lo importa con la nueva contraseña.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check the clocks.&lt;/b&gt; A file received recently was made on a laptop whose clock is %1 hours ahead of this one. Larder merged it correctly, but set the date and time right on both laptops: a file more than a day ahead is refused.</source>
        <translation>&lt;b&gt;Revise los relojes.&lt;/b&gt; Un archivo recibido hace poco se hizo en una computadora cuyo reloj va %1 horas adelantado respecto al de esta. Larder lo combinó correctamente, pero ajuste bien la fecha y la hora en ambas computadoras: un archivo adelantado más de un día se rechaza.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The network&apos;s passphrase was changed on &quot;%1&quot;.&lt;/b&gt; The next time this pantry is locked, unlock it with the new passphrase: from then on only the new one opens it. Until then the old one still does.</source>
        <translation>&lt;b&gt;La contraseña de la red se cambió en &quot;%1&quot;.&lt;/b&gt; La próxima vez que esta despensa se bloquee, desbloquéela con la nueva contraseña: a partir de entonces solo la nueva la abre. Hasta entonces, la antigua todavía la abre.</translation>
    </message>
    <message>
        <source>Sealing every detail with the new key…</source>
        <translation>Sellando cada dato con la clave nueva…</translation>
    </message>
    <message>
        <source>Laptops of the network</source>
        <translation>Computadoras de la red</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is revoked. Export a sync file now: the other laptops learn it from the next file they import from this one.</source>
        <translation>«%1» está revocada. Exporte ahora un archivo de sincronización: las demás computadoras lo sabrán con el próximo archivo que importen de esta.</translation>
    </message>
    <message>
        <source>Choose the passphrase every laptop of the network shares: it seals personal details and encrypts the sync files.</source>
        <translation>Elegir la contraseña que comparten todas las computadoras de la red: protege los datos personales y cifra los archivos de sincronización.</translation>
    </message>
    <message>
        <source>Save this pantry&apos;s changes in an encrypted file, to carry to the other laptops.</source>
        <translation>Guardar los cambios de esta despensa en un archivo cifrado, para llevarlo a las demás computadoras.</translation>
    </message>
    <message>
        <source>Open sync files from the other laptops and merge their changes into this pantry&apos;s file.</source>
        <translation>Abrir archivos de sincronización de las demás computadoras y unir sus cambios al archivo de esta despensa.</translation>
    </message>
    <message>
        <source>The folder this laptop syncs through; Choose… changes it.</source>
        <translation>La carpeta con la que sincroniza esta computadora; Elegir… la cambia.</translation>
    </message>
    <message>
        <source>Choose the shared folder this laptop syncs through.</source>
        <translation>Elegir la carpeta compartida con la que sincroniza esta computadora.</translation>
    </message>
    <message>
        <source>Import the other laptops&apos; new files from the shared folder, then write this laptop&apos;s file there.</source>
        <translation>Importar los archivos nuevos de las demás computadoras desde la carpeta compartida y luego escribir ahí el archivo de esta computadora.</translation>
    </message>
    <message>
        <source>While Larder is open, import each file that arrives in the shared folder at once, and write this laptop&apos;s file.</source>
        <translation>Mientras Larder esté abierto, importar en el acto cada archivo que llegue a la carpeta compartida y escribir el archivo de esta computadora.</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>Archivos recibidos</translation>
    </message>
    <message>
        <source>Each sync file imported here, with the pantry that sent it and how many changes it brought.</source>
        <translation>Cada archivo de sincronización importado aquí, con la despensa que lo envió y cuántos cambios trajo.</translation>
    </message>
    <message>
        <source>Fields changed on two laptops at once, with the value kept and the other one; choose one, then keep it or put the other value back.</source>
        <translation>Campos cambiados en dos computadoras a la vez, con el valor que se dejó y el otro; elija uno y luego déjelo o vuelva a poner el otro valor.</translation>
    </message>
    <message>
        <source>Mark the chosen edit as reviewed, keeping the value Larder kept.</source>
        <translation>Marcar el cambio elegido como revisado, dejando el valor que dejó Larder.</translation>
    </message>
    <message>
        <source>Write the other laptop&apos;s value back in place of the one Larder kept.</source>
        <translation>Volver a escribir el valor de la otra computadora en lugar del que dejó Larder.</translation>
    </message>
</context>
<context>
    <name>larder::ui::TemplatesDialog</name>
    <message>
        <source>Box templates</source>
        <translation>Plantillas de caja</translation>
    </message>
    <message>
        <source>What goes in a household&apos;s package, by household size. Each household gets the template for its size; items that do not suit its diet are swapped when stock is set aside. Changes are saved as you make them.</source>
        <translation>Lo que va en el paquete de un hogar, según el tamaño del hogar. Cada hogar recibe la plantilla de su tamaño; los artículos que no van con su dieta se cambian al apartar las existencias. Los cambios se guardan a medida que los hace.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Plantilla nueva</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>e.g. Small household</source>
        <translation>p. ej. Hogar pequeño</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>How many boxes the package fills: drivers&apos; capacity counts boxes.</source>
        <translation>Cuántas cajas llena el paquete: la capacidad de los conductores se cuenta en cajas.</translation>
    </message>
    <message>
        <source>&amp;Boxes</source>
        <translation>&amp;Cajas</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>A template not in use is kept but given to nobody.</source>
        <translation>Una plantilla que no está en uso se guarda, pero no se da a nadie.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Type part of an item&apos;s name, then Enter</source>
        <translation>Escriba parte del nombre de un artículo y luego Enter</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Agregar artículo</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Quitar artículo</translation>
    </message>
    <message>
        <source>(not in use)</source>
        <translation>(no está en uso)</translation>
    </message>
    <message>
        <source>Give the template a name, such as &quot;Small household&quot;.</source>
        <translation>Póngale un nombre a la plantilla, como &quot;Hogar pequeño&quot;.</translation>
    </message>
    <message>
        <source>Another template is already called &quot;%1&quot;: choose another name.</source>
        <translation>Ya hay otra plantilla que se llama &quot;%1&quot;: elija otro nombre.</translation>
    </message>
    <message>
        <source>The largest household size (%1) is below the smallest (%2): raise it, or choose &quot;no limit&quot;.</source>
        <translation>El tamaño de hogar más grande (%1) es menor que el más pequeño (%2): súbalo o elija &quot;sin límite&quot;.</translation>
    </message>
    <message>
        <source>%1 has a quantity of 0: give at least 1, or remove the item.</source>
        <translation>%1 tiene una cantidad de 0: ponga al menos 1 o quite el artículo.</translation>
    </message>
    <message>
        <source>Not saved until this is fixed.</source>
        <translation>No se guarda hasta que se corrija esto.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Plantilla nueva %1</translation>
    </message>
    <message>
        <source>No template was added: %1</source>
        <translation>No se agregó ninguna plantilla: %1</translation>
    </message>
    <message>
        <source>Template added: name it, set the household sizes and add its items.</source>
        <translation>Plantilla agregada: póngale nombre, defina los tamaños de hogar y agregue sus artículos.</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Quitar plantilla</translation>
    </message>
    <message>
        <source>Remove the template &quot;%1&quot;? Households of its sizes get no package until another template covers them.</source>
        <translation>¿Quitar la plantilla &quot;%1&quot;? Los hogares de esos tamaños no reciben paquete hasta que otra plantilla los cubra.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No se quitó: %1</translation>
    </message>
    <message>
        <source>Type part of an item&apos;s name first.</source>
        <translation>Primero escriba parte del nombre de un artículo.</translation>
    </message>
    <message>
        <source>No item in the catalog matches &quot;%1&quot;: check the spelling, or add the item on the Inventory page first.</source>
        <translation>Ningún artículo del catálogo coincide con &quot;%1&quot;: revise cómo está escrito o agregue primero el artículo en la página Inventario.</translation>
    </message>
    <message>
        <source>%1 is already in this template: change its quantity in the list.</source>
        <translation>%1 ya está en esta plantilla: cambie su cantidad en la lista.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No se agregó: %1</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 agregado.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 quitado.</translation>
    </message>
    <message>
        <source>No templates yet: press &quot;New template&quot; to start.</source>
        <translation>Todavía no hay plantillas: presione &quot;Plantilla nueva&quot; para empezar.</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>No template in use covers households of %1 people: they get no package.</source>
        <translation>Ninguna plantilla en uso cubre hogares de %1 personas: no reciben paquete.</translation>
    </message>
    <message>
        <source>households of %1 or more</source>
        <translation>hogares de %1 o más</translation>
    </message>
    <message>
        <source>households of %1</source>
        <translation>hogares de %1</translation>
    </message>
    <message>
        <source>households of %1-%2</source>
        <translation>hogares de %1-%2</translation>
    </message>
    <message>
        <source>For households of</source>
        <translation>Para hogares de</translation>
    </message>
    <message>
        <source>%1
%2, boxes: %3</source>
        <translation>%1
%2, cajas: %3</translation>
    </message>
    <message>
        <source>Every box template, those not in use too; choosing one shows it in the form beside the list.</source>
        <translation>Todas las plantillas de caja, también las que no están en uso; al elegir una, se muestra en el formulario junto a la lista.</translation>
    </message>
    <message>
        <source>Add a template for the sizes after the largest covered so far, ready to be named.</source>
        <translation>Agregar una plantilla para los tamaños que siguen al mayor cubierto hasta ahora, lista para ponerle nombre.</translation>
    </message>
    <message>
        <source>Remove the chosen template, after asking; households of its sizes get no package until another template covers them.</source>
        <translation>Eliminar la plantilla elegida, después de preguntar; los hogares de esos tamaños no reciben paquete hasta que otra plantilla los cubra.</translation>
    </message>
    <message>
        <source>The template&apos;s name; saved when you leave the field.</source>
        <translation>El nombre de la plantilla; se guarda al salir del campo.</translation>
    </message>
    <message>
        <source>Smallest household</source>
        <translation>Hogar más pequeño</translation>
    </message>
    <message>
        <source>The fewest people in a household this template is for.</source>
        <translation>La menor cantidad de personas en un hogar para el que es esta plantilla.</translation>
    </message>
    <message>
        <source>Largest household</source>
        <translation>Hogar más grande</translation>
    </message>
    <message>
        <source>The most people in a household this template is for; &quot;no limit&quot; for any more.</source>
        <translation>La mayor cantidad de personas en un hogar para el que es esta plantilla; &quot;sin límite&quot; para cualquier cantidad mayor.</translation>
    </message>
    <message>
        <source>Items in the package</source>
        <translation>Artículos del paquete</translation>
    </message>
    <message>
        <source>What goes in this template&apos;s package: each item with its quantity, which can be changed here, and unit.</source>
        <translation>Lo que va en el paquete de esta plantilla: cada artículo con su cantidad, que se puede cambiar aquí, y su unidad.</translation>
    </message>
    <message>
        <source>Item to add</source>
        <translation>Artículo que se agrega</translation>
    </message>
    <message>
        <source>Type part of an item&apos;s name, then press Enter to add it to the package.</source>
        <translation>Escriba parte del nombre de un artículo y pulse Enter para agregarlo al paquete.</translation>
    </message>
    <message>
        <source>How many of the item to add go in the package.</source>
        <translation>Cuántas unidades del artículo que se agrega van en el paquete.</translation>
    </message>
    <message>
        <source>Add the item typed beside it to the package, this many of it.</source>
        <translation>Agregar al paquete el artículo escrito al lado, en esta cantidad.</translation>
    </message>
    <message>
        <source>Take the item chosen in the list out of the package.</source>
        <translation>Quitar del paquete el artículo elegido en la lista.</translation>
    </message>
    <message>
        <source>Close this window; every change is already saved.</source>
        <translation>Cerrar esta ventana; todos los cambios ya están guardados.</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Cantidad de %1</translation>
    </message>
    <message>
        <source>How many of this item go in the package; saved as you change it.</source>
        <translation>Cuántas unidades de este artículo van en el paquete; se guarda al cambiarla.</translation>
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
        <source>Use first</source>
        <translation>Usar primero</translation>
    </message>
    <message numerus="yes">
        <source>Lots on the shelf that expire within %n days, oldest first. Pack these before anything else.</source>
        <translation>
            <numerusform>Lotes en los estantes que vencen en %n día, los más antiguos primero. Empáquelos antes que nada.</numerusform>
            <numerusform>Lotes en los estantes que vencen en %n días, los más antiguos primero. Empáquelos antes que nada.</numerusform>
        </translation>
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
            <numerusform>y %n ya vencido</numerusform>
            <numerusform>y %n ya vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lots to use within %n days</source>
        <translation>
            <numerusform>lotes para usar en %n día</numerusform>
            <numerusform>lotes para usar en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing on the shelf expires within %n days.</source>
        <translation>
            <numerusform>Nada en el estante vence en %n día.</numerusform>
            <numerusform>Nada en el estante vence en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Driver&apos;s note</source>
        <translation>Nota del conductor</translation>
    </message>
    <message>
        <source>Done — dealt with</source>
        <translation>Listo — resuelto</translation>
    </message>
    <message>
        <source>Someone has called or visited this household: take it off the list.</source>
        <translation>Alguien llamó o visitó a este hogar: quitarlo de la lista.</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>Abrir hogar</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Deliveries that did not arrive: nobody was home, or the address was wrong. Call or visit, fix the address if needed, then press Done.</source>
        <translation>Entregas que no llegaron: no había nadie o la dirección estaba mal. Llame o visite, corrija la dirección si hace falta y luego presione Listo.</translation>
    </message>
    <message>
        <source>Nothing to follow up: every delivery arrived or was dealt with.</source>
        <translation>Nada que seguir: cada entrega llegó o ya se resolvió.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Stock, expiry dates and counts are all here; the follow-ups show no names.</source>
        <translation>Existencias, fechas de caducidad y recuentos están aquí; los seguimientos no muestran nombres.</translation>
    </message>
    <message>
        <source>Open the chosen household&apos;s form on the Households page.</source>
        <translation>Abrir el formulario del hogar elegido en la página Hogares.</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(hecho)</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>%1: the pantry&apos;s address, and its place on the map (a map link copied from OpenStreetMap or Google Maps will do). Routes start there.</source>
        <translation>%1: la dirección de la despensa y su lugar en el mapa (sirve un enlace copiado de OpenStreetMap o Google Maps). Las rutas salen de allí.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>%1: receive the first donation. Scan or type an item; one the catalog does not know yet is added with New item (Alt+N).</source>
        <translation>%1: reciba la primera donación. Escanee o escriba un artículo; uno que el catálogo aún no conoce se agrega con Artículo nuevo (Alt+N).</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>%1: add the households you deliver to, or import them from a spreadsheet (CSV).</source>
        <translation>%1: agregue los hogares a los que entrega, o impórtelos de una hoja de cálculo (CSV).</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <source>%1: make a delivery day, add the drivers who came, plan the routes and print a sheet for each driver.</source>
        <translation>%1: cree un día de reparto, agregue a los conductores que vinieron, planifique las rutas e imprima una hoja para cada conductor.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>This list goes away when every step is done.</source>
        <translation>Esta lista desaparece cuando todos los pasos estén hechos.</translation>
    </message>
    <message>
        <source>Requests and offers</source>
        <translation>Solicitudes y ofrecimientos</translation>
    </message>
</context>
</TS>
