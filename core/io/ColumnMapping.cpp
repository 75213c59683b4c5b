// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ColumnMapping.h"

#include "core/people/Households.h"
#include "core/people/Normalize.h"
#include "core/people/People.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::io {

namespace {

using people::normalize::fold;

struct Synonyms {
    QString field;
    QStringList names; // folded
};

QList<Synonyms> synonyms(ImportKind kind) {
    switch (kind) {
    case ImportKind::Households:
        return {
            {u"id"_s, {u"id"_s, u"larder id"_s, u"household id"_s}},
            {u"chosen_name"_s,
             {u"chosen name"_s, u"name"_s, u"alias"_s, u"nickname"_s, u"household"_s,
              u"household name"_s, u"family"_s, u"contact"_s, u"contact name"_s,
              u"preferred name"_s, u"nombre"_s, u"nombre preferido"_s, u"nombre elegido"_s,
              u"apodo"_s, u"familia"_s, u"hogar"_s, u"contacto"_s, u"como llamarle"_s}},
            {u"street"_s,
             {u"street"_s, u"address"_s, u"street address"_s, u"address 1"_s, u"address line 1"_s,
              u"calle"_s, u"direccion"_s, u"domicilio"_s, u"direccion calle"_s}},
            {u"unit"_s,
             {u"unit"_s, u"apt"_s, u"apartment"_s, u"suite"_s, u"apt unit"_s, u"address 2"_s,
              u"address line 2"_s, u"unidad"_s, u"depto"_s, u"departamento"_s, u"apartamento"_s,
              u"apto"_s, u"piso"_s, u"interior"_s, u"numero interior"_s}},
            {u"city"_s,
             {u"city"_s, u"town"_s, u"ciudad"_s, u"municipio"_s, u"localidad"_s, u"pueblo"_s}},
            {u"postal_code"_s,
             {u"postal code"_s, u"zip"_s, u"zip code"_s, u"zipcode"_s, u"postcode"_s, u"postal"_s,
              u"codigo postal"_s, u"cp"_s, u"c p"_s, u"zona postal"_s}},
            {u"meeting_point"_s,
             {u"meeting point"_s, u"meet at"_s, u"meeting place"_s, u"pickup point"_s,
              u"punto de encuentro"_s, u"lugar de encuentro"_s, u"punto de reunion"_s}},
            {u"coordinates"_s,
             {u"coordinates"_s, u"coords"_s, u"gps"_s, u"lat lon"_s, u"lat long"_s, u"lat lng"_s,
              u"latlong"_s, u"location"_s, u"map link"_s, u"map"_s, u"coordenadas"_s,
              u"ubicacion"_s, u"mapa"_s, u"enlace mapa"_s}},
            {u"latitude"_s, {u"latitude"_s, u"lat"_s, u"latitud"_s}},
            {u"longitude"_s, {u"longitude"_s, u"lon"_s, u"lng"_s, u"long"_s, u"longitud"_s}},
            {u"adults"_s, {u"adults"_s, u"adultos"_s, u"number of adults"_s}},
            {u"children"_s,
             {u"children"_s, u"kids"_s, u"minors"_s, u"number of children"_s, u"ninos"_s,
              u"menores"_s, u"hijos"_s}},
            {u"seniors"_s,
             {u"seniors"_s, u"elders"_s, u"elderly"_s, u"60"_s, u"65"_s, u"mayores"_s,
              u"adultos mayores"_s, u"tercera edad"_s, u"ancianos"_s}},
            {u"size"_s,
             {u"size"_s, u"household size"_s, u"people"_s, u"persons"_s, u"members"_s,
              u"number of people"_s, u"tamano"_s, u"personas"_s, u"integrantes"_s, u"miembros"_s,
              u"numero de personas"_s, u"tamano del hogar"_s}},
            {u"dietary_tags"_s,
             {u"dietary tags"_s, u"diet"_s, u"dietary"_s, u"dietary needs"_s,
              u"dietary restrictions"_s, u"dieta"_s, u"restricciones"_s,
              u"restricciones alimentarias"_s, u"necesidades dieteticas"_s}},
            {u"allergies"_s, {u"allergies"_s, u"allergy"_s, u"alergias"_s, u"alergia"_s}},
            {u"languages"_s,
             {u"languages"_s, u"language"_s, u"idioma"_s, u"idiomas"_s, u"lengua"_s,
              u"lenguaje"_s}},
            {u"delivery_notes"_s,
             {u"delivery notes"_s, u"notes"_s, u"note"_s, u"instructions"_s,
              u"delivery instructions"_s, u"comments"_s, u"notas"_s, u"nota"_s, u"instrucciones"_s,
              u"comentarios"_s, u"observaciones"_s, u"indicaciones"_s, u"notas de entrega"_s}},
            {u"access_needs"_s,
             {u"access needs"_s, u"accessibility"_s, u"access"_s, u"mobility"_s,
              u"necesidades de acceso"_s, u"accesibilidad"_s, u"movilidad"_s}},
            {u"phone"_s,
             {u"phone"_s, u"telephone"_s, u"tel"_s, u"mobile"_s, u"cell"_s, u"phone number"_s,
              u"telefono"_s, u"celular"_s, u"movil"_s, u"numero de telefono"_s, u"whatsapp"_s}},
            {u"may_call"_s,
             {u"may call"_s, u"ok to call"_s, u"can call"_s, u"call ok"_s, u"se puede llamar"_s,
              u"llamar"_s, u"puede llamar"_s}},
            {u"may_text"_s,
             {u"may text"_s, u"ok to text"_s, u"can text"_s, u"text ok"_s, u"sms"_s, u"mensajes"_s,
              u"se puede mandar mensaje"_s, u"mensaje de texto"_s}},
            {u"may_leave_at_door"_s,
             {u"may leave at door"_s, u"may leave at the door"_s, u"leave at door"_s,
              u"ok to leave"_s, u"dejar en la puerta"_s, u"se puede dejar en la puerta"_s}},
            {u"schedule"_s,
             {u"schedule"_s, u"frequency"_s, u"how often"_s, u"frecuencia"_s, u"cada cuanto"_s}},
            {u"preferred_weekday"_s,
             {u"preferred weekday"_s, u"weekday"_s, u"day"_s, u"delivery day"_s, u"preferred day"_s,
              u"dia"_s, u"dia de entrega"_s, u"dia preferido"_s}},
            {u"window"_s,
             {u"window"_s, u"time window"_s, u"time"_s, u"delivery time"_s, u"hours"_s, u"hora"_s,
              u"horario"_s, u"franja horaria"_s, u"hora de entrega"_s}},
            {u"window_start"_s,
             {u"window start"_s, u"from"_s, u"start time"_s, u"desde"_s, u"hora inicio"_s}},
            {u"window_end"_s,
             {u"window end"_s, u"until"_s, u"to"_s, u"end time"_s, u"hasta"_s, u"hora fin"_s}},
            {u"status"_s, {u"status"_s, u"estado"_s, u"estatus"_s, u"situacion"_s}},
            {u"status_since"_s,
             {u"status since"_s, u"since"_s, u"estado desde"_s, u"desde cuando"_s}},
        };
    case ImportKind::People:
        return {
            {u"id"_s, {u"id"_s, u"larder id"_s, u"person id"_s}},
            {u"display_name"_s,
             {u"display name"_s, u"name"_s, u"volunteer"_s, u"driver"_s, u"nickname"_s, u"nombre"_s,
              u"voluntario"_s, u"voluntaria"_s, u"apodo"_s}},
            {u"phone"_s,
             {u"phone"_s, u"telephone"_s, u"tel"_s, u"mobile"_s, u"cell"_s, u"phone number"_s,
              u"telefono"_s, u"celular"_s, u"movil"_s, u"whatsapp"_s}},
            {u"roles"_s,
             {u"roles"_s, u"role"_s, u"tasks"_s, u"job"_s, u"rol"_s, u"roles"_s, u"funcion"_s,
              u"tareas"_s}},
            {u"vehicle_capacity"_s,
             {u"vehicle capacity"_s, u"capacity"_s, u"boxes"_s, u"car capacity"_s, u"capacidad"_s,
              u"cajas"_s, u"capacidad del vehiculo"_s}},
            {u"languages"_s,
             {u"languages"_s, u"language"_s, u"idioma"_s, u"idiomas"_s, u"lengua"_s}},
            {u"start_point"_s,
             {u"start point"_s, u"usual start point"_s, u"start"_s, u"starts from"_s,
              u"home base"_s, u"punto de partida"_s, u"salida"_s, u"sale de"_s}},
            {u"start_coordinates"_s,
             {u"start coordinates"_s, u"start location"_s, u"start map link"_s,
              u"coordenadas de salida"_s, u"coordinates"_s, u"coordenadas"_s}},
            {u"start_latitude"_s, {u"start latitude"_s, u"latitude"_s, u"lat"_s, u"latitud"_s}},
            {u"start_longitude"_s,
             {u"start longitude"_s, u"longitude"_s, u"lon"_s, u"lng"_s, u"longitud"_s}},
            {u"usual_days"_s,
             {u"usual days"_s, u"days"_s, u"available days"_s, u"availability"_s, u"dias"_s,
              u"disponibilidad"_s, u"dias disponibles"_s}},
            {u"household_id"_s, {u"household id"_s, u"household"_s, u"hogar"_s, u"familia"_s}},
            {u"notes"_s,
             {u"notes"_s, u"note"_s, u"comments"_s, u"notas"_s, u"comentarios"_s,
              u"observaciones"_s}},
            {u"active"_s, {u"active"_s, u"activo"_s, u"activa"_s}},
        };
    case ImportKind::Items:
        return {
            {u"id"_s, {u"id"_s, u"larder id"_s, u"item id"_s}},
            {u"name"_s,
             {u"name"_s, u"item"_s, u"product"_s, u"description"_s, u"nombre"_s, u"articulo"_s,
              u"producto"_s, u"descripcion"_s}},
            {u"category"_s, {u"category"_s, u"type"_s, u"categoria"_s, u"tipo"_s}},
            {u"unit"_s, {u"unit"_s, u"units"_s, u"unidad"_s, u"unidades"_s, u"medida"_s}},
            {u"case_size"_s,
             {u"case size"_s, u"per case"_s, u"units per case"_s, u"pack size"_s, u"por caja"_s,
              u"unidades por caja"_s}},
            {u"unit_grams"_s,
             {u"unit grams"_s, u"grams"_s, u"weight g"_s, u"weight"_s, u"gramos"_s, u"peso"_s,
              u"peso g"_s}},
            {u"perishable"_s, {u"perishable"_s, u"perecedero"_s, u"perecible"_s}},
            {u"shelf_life_days"_s,
             {u"shelf life days"_s, u"shelf life"_s, u"days to expiry"_s, u"vida util"_s,
              u"dias de vida util"_s}},
            {u"dietary_tags"_s,
             {u"dietary tags"_s, u"dietary"_s, u"diet"_s, u"tags"_s, u"dieta"_s, u"etiquetas"_s}},
            {u"par_level"_s,
             {u"par level"_s, u"par"_s, u"minimum"_s, u"min stock"_s, u"minimo"_s,
              u"stock minimo"_s}},
            {u"barcodes"_s,
             {u"barcodes"_s, u"barcode"_s, u"upc"_s, u"ean"_s, u"gtin"_s, u"codigo de barras"_s,
              u"codigos de barras"_s, u"codigo"_s}},
            {u"active"_s, {u"active"_s, u"activo"_s}},
        };
    }
    return {};
}

} // namespace

QList<FieldSpec> ColumnMapper::fields(ImportKind kind) {
    QList<FieldSpec> list;
    for (const Synonyms& s : synonyms(kind)) {
        FieldSpec spec;
        spec.key = s.field;
        switch (kind) {
        case ImportKind::Households:
            spec.label = people::Households::fieldLabel(s.field);
            spec.required = s.field == u"chosen_name";
            break;
        case ImportKind::People:
            spec.label = people::People::fieldLabel(s.field);
            spec.required = s.field == u"display_name";
            break;
        case ImportKind::Items: {
            static const QHash<QString, const char*> labels{
                {u"id"_s, QT_TR_NOOP("Larder id")},
                {u"name"_s, QT_TR_NOOP("Name")},
                {u"category"_s, QT_TR_NOOP("Category")},
                {u"unit"_s, QT_TR_NOOP("Unit")},
                {u"case_size"_s, QT_TR_NOOP("Units per case")},
                {u"unit_grams"_s, QT_TR_NOOP("Grams per unit")},
                {u"perishable"_s, QT_TR_NOOP("Perishable")},
                {u"shelf_life_days"_s, QT_TR_NOOP("Shelf life (days)")},
                {u"dietary_tags"_s, QT_TR_NOOP("Dietary tags")},
                {u"par_level"_s, QT_TR_NOOP("Par level")},
                {u"barcodes"_s, QT_TR_NOOP("Barcodes")},
                {u"active"_s, QT_TR_NOOP("Active")}};
            const char* label = labels.value(s.field);
            spec.label = label ? tr(label) : s.field;
            spec.required = s.field == u"name";
            break;
        }
        }
        list << spec;
    }
    return list;
}

bool ColumnMapper::isRefused(const QString& header, QString* note) {
    struct Rule {
        QStringList words; // folded phrases, matched as whole words
        const char* why;
    };
    static const QList<Rule> rules{
        {{u"dob"_s, u"date of birth"_s, u"birth date"_s, u"birthdate"_s, u"birthday"_s, u"born"_s,
          u"fecha de nacimiento"_s, u"nacimiento"_s, u"fecha nac"_s, u"f nac"_s, u"cumpleanos"_s},
         QT_TR_NOOP("Larder does not keep dates of birth.")},
        {{u"ssn"_s,
          u"social security"_s,
          u"seguro social"_s,
          u"itin"_s,
          u"id number"_s,
          u"id no"_s,
          u"id card"_s,
          u"passport"_s,
          u"pasaporte"_s,
          u"driver license"_s,
          u"drivers license"_s,
          u"driver s license"_s,
          u"licence"_s,
          u"license number"_s,
          u"licencia"_s,
          u"curp"_s,
          u"rfc"_s,
          u"matricula"_s,
          u"matricula consular"_s,
          u"a number"_s,
          u"alien number"_s,
          u"numero a"_s,
          u"documento"_s,
          u"identificacion"_s,
          u"cedula"_s,
          u"dni"_s,
          u"nie"_s,
          u"green card"_s,
          u"state id"_s,
          u"legal name"_s,
          u"nombre legal"_s,
          u"full legal name"_s},
         QT_TR_NOOP("Larder does not keep legal names or identity documents.")},
        {{u"immigration"_s, u"inmigracion"_s, u"migratorio"_s, u"migratoria"_s, u"citizenship"_s,
          u"ciudadania"_s, u"nationality"_s, u"nacionalidad"_s, u"legal status"_s,
          u"estatus legal"_s, u"visa"_s, u"country of birth"_s, u"pais de nacimiento"_s,
          u"undocumented"_s, u"indocumentado"_s},
         QT_TR_NOOP("Larder does not keep immigration status.")},
        {{u"income"_s, u"ingreso"_s, u"ingresos"_s, u"salary"_s, u"salario"_s, u"wages"_s,
          u"sueldo"_s, u"benefits"_s, u"snap"_s, u"ebt"_s},
         QT_TR_NOOP("Larder does not keep income or benefits.")},
        {{u"photo"_s, u"picture"_s, u"foto"_s, u"fotografia"_s, u"image"_s, u"imagen"_s},
         QT_TR_NOOP("Larder does not keep photos.")},
    };
    const QString folded = u' ' + fold(header) + u' ';
    for (const Rule& rule : rules) {
        for (const QString& word : rule.words) {
            if (folded.contains(u' ' + word + u' ')) {
                if (note)
                    *note = tr(rule.why) + u' ' + tr("This column is never imported.");
                return true;
            }
        }
    }
    return false;
}

QList<ColumnGuess> ColumnMapper::guess(ImportKind kind, const QStringList& header) {
    QList<ColumnGuess> mapping;
    struct Candidate {
        int column;
        QString field;
        int score;
    };
    QList<Candidate> candidates;
    const QList<Synonyms> all = synonyms(kind);
    for (int c = 0; c < header.size(); ++c) {
        ColumnGuess guess;
        guess.header = header.at(c);
        guess.refused = isRefused(header.at(c), &guess.note);
        mapping << guess;
        if (guess.refused)
            continue;
        // The export's own header ("chosen_name") folds to "chosen name", an exact synonym.
        const QString folded = fold(header.at(c));
        if (folded.isEmpty())
            continue;
        const QString padded = u' ' + folded + u' ';
        for (const Synonyms& s : all) {
            for (const QString& name : s.names) {
                int score = 0;
                if (folded == name)
                    score = 1000 + int(name.size());
                else if (padded.contains(u' ' + name + u' '))
                    score = int(name.size()) * 10 - int(folded.size());
                if (score > 0)
                    candidates.append({c, s.field, score});
            }
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    QSet<QString> taken;
    for (const Candidate& candidate : std::as_const(candidates)) {
        ColumnGuess& guess = mapping[candidate.column];
        if (!guess.field.isEmpty() || taken.contains(candidate.field))
            continue;
        guess.field = candidate.field;
        taken.insert(candidate.field);
    }
    for (ColumnGuess& guess : mapping) {
        if (guess.field.isEmpty() && !guess.refused)
            guess.note = tr("Not imported: Larder has no field for this column.");
    }
    return mapping;
}

Result<QList<ColumnGuess>> ColumnMapper::override(ImportKind kind, QList<ColumnGuess> mapping,
                                                  const QMap<QString, QString>& choices) {
    QStringList keys;
    for (const FieldSpec& spec : fields(kind))
        keys << spec.key;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        int column = -1;
        for (int c = 0; c < mapping.size(); ++c) {
            if (mapping.at(c).header.compare(it.key(), Qt::CaseInsensitive) == 0) {
                column = c;
                break;
            }
        }
        if (column < 0) {
            QStringList headers;
            for (const ColumnGuess& g : std::as_const(mapping))
                headers << g.header;
            return Error::invalidInput(tr("The file has no column \"%1\".").arg(it.key()),
                                       tr("Its columns are: %1.").arg(headers.join(u", ")));
        }
        const QString field = it.value().trimmed();
        if (field.isEmpty() || field == u"-") {
            mapping[column].field.clear();
            mapping[column].note = tr("Not imported: skipped by choice.");
            continue;
        }
        if (!keys.contains(field)) {
            return Error::invalidInput(tr("\"%1\" is not a field Larder can import.").arg(field),
                                       tr("Use one of: %1.").arg(keys.join(u", ")));
        }
        if (mapping.at(column).refused) {
            return Error::invalidInput(tr("The column \"%1\" is never imported.").arg(it.key()),
                                       mapping.at(column).note);
        }
        // The field moves to this column.
        for (ColumnGuess& other : mapping) {
            if (other.field == field)
                other.field.clear();
        }
        mapping[column].field = field;
        mapping[column].note.clear();
    }
    return mapping;
}

} // namespace larder::io
