<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Context</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>يجب أن يكون --%1 عددًا صحيحًا من %2 إلى %3، وليس &quot;%4&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 0 to %2, not &quot;%3&quot;</source>
        <translation>يجب أن يكون --%1 عددًا صحيحًا من 0 إلى %2، وليس &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>--paper must be letter or a4, not &quot;%1&quot;</source>
        <translation>يجب أن يكون --paper إما letter أو a4، وليس &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either --period or --from and --to, not both</source>
        <translation>حدّد إما --period أو --from و --to، وليس كليهما</translation>
    </message>
    <message>
        <source>--period must be one of %1, not &quot;%2&quot;</source>
        <translation>يجب أن يكون --period واحدًا من %1، وليس &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--from and --to are required (or --period): the period&apos;s first and last day</source>
        <translation>الخياران --from و --to مطلوبان (أو --period): أول يوم وآخر يوم في الفترة</translation>
    </message>
    <message>
        <source>LARDER_KDF=minimal works only in a build made for tests; this Larder always uses the moderate cost. Unset LARDER_KDF.</source>
        <translation>LARDER_KDF=minimal لا يعمل إلا في نسخة مبنية للاختبارات؛ أما نسخة Larder هذه فتستخدم دائمًا الكلفة المعتدلة. ألغِ تعيين LARDER_KDF.</translation>
    </message>
    <message>
        <source>LARDER_KDF must be &quot;moderate&quot; (the default) or &quot;minimal&quot; (for tests only), not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة LARDER_KDF إما &quot;moderate&quot; (الافتراضية) أو &quot;minimal&quot; (للاختبارات فقط)، وليس &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;</source>
        <translation>يجب أن تكون --lang واحدة من %1، وليست &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>larder::Backups</name>
    <message>
        <source>Check that the disk is not full and that the folder %1 can be written to, then try again.</source>
        <translation>تأكد من أن القرص غير ممتلئ وأنه يمكن الكتابة في المجلد %1، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The pantry is locked: unlock it first, so the new backup is taken with every value sealed.</source>
        <translation>مخزن الطعام مقفل: افتح قفله أولًا، لتُنشأ النسخة الاحتياطية الجديدة وكل القيم فيها مشفّرة.</translation>
    </message>
    <message>
        <source>This pantry has no passphrase yet, so a new backup would be as readable as the old ones.</source>
        <translation>ليس لمخزن الطعام هذا عبارة مرور بعد، لذا ستكون النسخة الاحتياطية الجديدة مقروءة مثل النسخ القديمة.</translation>
    </message>
    <message>
        <source>Give the pantry its passphrase (or unlock it), then replace the backups.</source>
        <translation>عيّن عبارة مرور لمخزن الطعام (أو افتح قفله)، ثم استبدل النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Larder could not delete an unprotected backup.</source>
        <translation>تعذّر على Larder حذف نسخة احتياطية غير محمية.</translation>
    </message>
    <message>
        <source>Larder could not create the backups folder.</source>
        <translation>تعذّر على Larder إنشاء مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Larder could not write a backup (%1).</source>
        <translation>تعذّر على Larder كتابة نسخة احتياطية (%1).</translation>
    </message>
    <message>
        <source>Larder could not name the new backup.</source>
        <translation>تعذّر على Larder تسمية النسخة الاحتياطية الجديدة.</translation>
    </message>
    <message>
        <source>Larder could not delete an old backup.</source>
        <translation>تعذّر على Larder حذف نسخة احتياطية قديمة.</translation>
    </message>
    <message>
        <source>Larder could not read the deletions to apply to backups (%1).</source>
        <translation>تعذّر على Larder قراءة عمليات الحذف التي يجب تطبيقها على النسخ الاحتياطية (%1).</translation>
    </message>
    <message>
        <source>This file in the backups folder is not a Larder file, so Larder cannot scrub it.</source>
        <translation>هذا الملف الموجود في مجلد النسخ الاحتياطية ليس ملف Larder، لذا لا يستطيع Larder تنظيفه.</translation>
    </message>
    <message>
        <source>Move it out of the backups folder.</source>
        <translation>انقله إلى خارج مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Larder could not replace a backup with its scrubbed copy.</source>
        <translation>تعذّر على Larder استبدال نسخة احتياطية بنسختها المنظَّفة.</translation>
    </message>
    <message>
        <source>Larder could not remove deleted records from a backup (%1).</source>
        <translation>تعذّر على Larder إزالة السجلات المحذوفة من نسخة احتياطية (%1).</translation>
    </message>
    <message>
        <source>Delete this backup by hand if it cannot be opened; the others are unaffected.</source>
        <translation>احذف هذه النسخة الاحتياطية يدويًا إن تعذّر فتحها؛ النسخ الأخرى لا تتأثر.</translation>
    </message>
</context>
<context>
    <name>larder::Error</name>
    <message>
        <source>The household details are locked on this laptop.</source>
        <translation>بيانات الأسر مقفلة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>A coordinator unlocks them with the pantry&apos;s passphrase (larder-cli: add --passphrase-file FILE).</source>
        <translation>يفتح المنسّق قفلها بعبارة مرور مخزن الطعام (larder-cli: أضف --passphrase-file FILE).</translation>
    </message>
</context>
<context>
    <name>larder::Integrity</name>
    <message>
        <source>could not run: %1</source>
        <translation>تعذّر التشغيل: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity_check found the file sound</source>
        <translation>وجد integrity_check في SQLite أن الملف سليم</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick_check found the file sound (--thorough also compares every index with its table)</source>
        <translation>وجد quick_check في SQLite أن الملف سليم (والخيار --thorough يقارن أيضًا كل فهرس بجدوله)</translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s %1 reports %n problem(s), first: %2</source>
        <translation>
            <numerusform>أبلغ %1 في SQLite عن %n مشكلة، أولاها: %2</numerusform>
            <numerusform>أبلغ %1 في SQLite عن مشكلة واحدة: %2</numerusform>
            <numerusform>أبلغ %1 في SQLite عن مشكلتين، أولاهما: %2</numerusform>
            <numerusform>أبلغ %1 في SQLite عن %n مشكلات، أولاها: %2</numerusform>
            <numerusform>أبلغ %1 في SQLite عن %n مشكلة، أولاها: %2</numerusform>
            <numerusform>أبلغ %1 في SQLite عن %n مشكلة، أولاها: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>every reference between tables points to an existing row</source>
        <translation>كل مرجع بين الجداول يشير إلى صف موجود</translation>
    </message>
    <message>
        <source>%1 broken reference(s); first: %2</source>
        <translation>عدد المراجع المعطوبة: %1؛ أولها: %2</translation>
    </message>
    <message>
        <source>%1 %2 refers to a missing %3</source>
        <translation>%1 %2 يشير إلى %3 غير موجود</translation>
    </message>
    <message>
        <source>item %1 at location %2, lot %3: ledger says %4, on hand says %5</source>
        <translation>الصنف %1 في الموقع %2، الدفعة %3: دفتر الحركات يقول %4، والمتوفر يقول %5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <source>no movements</source>
        <translation>لا حركات</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>لا إجمالي</translation>
    </message>
    <message>
        <source>%1 on-hand total(s) equal the sum of the ledger</source>
        <translation>إجماليات المتوفر (%1) تساوي مجموع دفتر الحركات</translation>
    </message>
    <message>
        <source>%1 on-hand total(s) differ from the ledger; first: %2</source>
        <translation>%1 من إجماليات المتوفر تختلف عن دفتر الحركات؛ أولها: %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>site %1, seq %2</source>
        <translation>الجهاز %1، التسلسل %2</translation>
    </message>
    <message>
        <source>this site&apos;s %1 operation(s) are numbered 1 to %1 without a gap</source>
        <translation>عمليات هذا الجهاز (%1) مرقّمة من 1 إلى %1 دون فجوات</translation>
    </message>
    <message>
        <source>the first is %1, not 1</source>
        <translation>الأولى هي %1، وليست 1</translation>
    </message>
    <message>
        <source>%1 operation(s) are missing, first seq %2</source>
        <translation>عدد العمليات المفقودة: %1، وأولها بالتسلسل %2</translation>
    </message>
    <message>
        <source>the file&apos;s counter says %1 but the highest is %2</source>
        <translation>عدّاد الملف يقول %1 ولكن أعلى رقم هو %2</translation>
    </message>
    <message>
        <source>this site has %1 operation(s): %2</source>
        <translation>عدد عمليات هذا الجهاز %1: %2</translation>
    </message>
    <message>
        <source>no operation is later than the file&apos;s clock (%1)</source>
        <translation>لا توجد عملية أحدث من ساعة الملف (%1)</translation>
    </message>
    <message>
        <source>%1 operation(s) are later than the file&apos;s clock (%2); latest: site %3, seq %4 at %5</source>
        <translation>%1 من العمليات أحدث من ساعة الملف (%2)؛ أحدثها: الجهاز %3، التسلسل %4 في %5</translation>
    </message>
    <message>
        <source>every operation&apos;s laptop, person and field are named</source>
        <translation>كل عملية معروف حاسوبها وشخصها وحقلها</translation>
    </message>
    <message>
        <source>%1 operation(s) name a laptop, person or field the file does not know; first: %2</source>
        <translation>%1 من العمليات تذكر حاسوبًا أو شخصًا أو حقلًا لا يعرفه الملف؛ أولها: %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>each of %1 record(s) has its operations</source>
        <translation>لكل سجل من السجلات (%1) عملياته</translation>
    </message>
    <message>
        <source>%1 record(s) have no operation, so no other laptop can learn of them; first: %2</source>
        <translation>%1 من السجلات بلا عملية، لذا لا يمكن لأي حاسوب آخر أن يعرف بها؛ أولها: %2</translation>
    </message>
    <message>
        <source>%1 record(s) differ from their winning operations; first: %2</source>
        <translation>%1 من السجلات تختلف عن عملياتها الغالبة؛ أولها: %2</translation>
    </message>
    <message>
        <source>%1 record(s) have operations but no row (waiting for fields that have not arrived, or lost); first: %2</source>
        <translation>%1 من السجلات لها عمليات ولكن بلا صف (تنتظر حقولًا لم تصل بعد، أو فُقدت)؛ أولها: %2</translation>
    </message>
    <message>
        <source>%1 record(s) have no operation; first: %2</source>
        <translation>%1 من السجلات بلا عملية؛ أولها: %2</translation>
    </message>
    <message>
        <source>each of %1 record(s) equals its rebuild from its operations</source>
        <translation>كل سجل من السجلات (%1) يطابق إعادة بنائه من عملياته</translation>
    </message>
    <message>
        <source>each of %1 ledger row(s) has its operation</source>
        <translation>لكل سطر من أسطر دفتر الحركات (%1) عمليته</translation>
    </message>
    <message>
        <source>each ledger row was written by its own operation</source>
        <translation>كل سطر في دفتر الحركات كتبته عمليته الخاصة به</translation>
    </message>
    <message>
        <source>%1 ledger row(s) have no operation; first: %2 %3</source>
        <translation>%1 من أسطر دفتر الحركات بلا عملية؛ أولها: %2 %3</translation>
    </message>
    <message>
        <source>%1 ledger row(s) and %2 operation(s) naming ledger rows: an operation names no row, or one row twice</source>
        <translation>%1 من أسطر دفتر الحركات و%2 من العمليات التي تذكر أسطرًا فيه: هناك عملية لا تذكر أي سطر، أو تذكر سطرًا واحدًا مرتين</translation>
    </message>
    <message>
        <source>%1 ledger row(s) differ from their operation (another laptop&apos;s number carries other contents); first: stock_movements %2</source>
        <translation>%1 من أسطر دفتر الحركات تختلف عن عمليتها (رقم حاسوب آخر يحمل محتوى مختلفًا)؛ أولها: stock_movements %2</translation>
    </message>
    <message>
        <source>none of %1 record(s) was deleted before</source>
        <translation>لم يُحذف أي من السجلات (%1) من قبل</translation>
    </message>
    <message>
        <source>%1 deleted record(s) are back in the file; first: %2</source>
        <translation>%1 من السجلات المحذوفة عادت إلى الملف؛ أولها: %2</translation>
    </message>
    <message>
        <source>all %1 guard triggers are in place</source>
        <translation>كل مشغّلات الحماية (%1) في مكانها</translation>
    </message>
    <message>
        <source>%1 guard trigger(s) are missing, so tools can change data without Larder; first: %2</source>
        <translation>%1 من مشغّلات الحماية مفقودة، لذا يمكن لأدوات أخرى تغيير البيانات دون المرور بـ Larder؛ أولها: %2</translation>
    </message>
    <message>
        <source>this pantry has no passphrase yet: nothing is sealed</source>
        <translation>ليس لمخزن الطعام هذا عبارة مرور بعد: لا شيء مشفّر</translation>
    </message>
    <message>
        <source>not checked: the details are locked (add --passphrase-file)</source>
        <translation>لم يُفحص: البيانات مقفلة (أضف --passphrase-file)</translation>
    </message>
    <message>
        <source>%1 personal value(s) are stored plain in a pantry that has a passphrase (written by another program); first: %2</source>
        <translation>%1 من القيم الشخصية مخزّنة دون تشفير في مخزن طعام له عبارة مرور (كتبها برنامج آخر)؛ أولها: %2</translation>
    </message>
    <message>
        <source>all %1 sealed value(s) open in their place</source>
        <translation>كل القيم المشفّرة (%1) تُفتح في مكانها</translation>
    </message>
    <message>
        <source>%1 sealed value(s) do not open where they are (moved or damaged; they read as empty); first: %2</source>
        <translation>%1 من القيم المشفّرة لا تُفتح في مكانها (نُقلت أو تلفت؛ وتُقرأ فارغة)؛ أولها: %2</translation>
    </message>
    <message>
        <source>not checked: the details are locked or have no passphrase</source>
        <translation>لم يُفحص: البيانات مقفلة أو بلا عبارة مرور</translation>
    </message>
    <message>
        <source>each of %1 personal value(s) kept for its insert is the one inserted</source>
        <translation>كل قيمة من القيم الشخصية (%1) المحفوظة عند إدراجها هي نفسها التي أُدرجت</translation>
    </message>
    <message>
        <source>%1 personal value(s) differ from the insert that wrote them (changed behind Larder&apos;s back); first: %2</source>
        <translation>%1 من القيم الشخصية تختلف عن الإدراج الذي كتبها (غُيّرت من وراء Larder)؛ أولها: %2</translation>
    </message>
</context>
<context>
    <name>larder::KeyRing</name>
    <message>
        <source>The pantry&apos;s wrapped key is damaged, so its household details cannot be opened.</source>
        <translation>المفتاح المغلَّف لمخزن الطعام تالف، لذا لا يمكن فتح بيانات الأسر.</translation>
    </message>
    <message>
        <source>Nothing was changed. Open a backup, or join the network again from another laptop&apos;s sync file.</source>
        <translation>لم يتغير شيء. افتح نسخة احتياطية، أو انضم إلى الشبكة من جديد باستخدام ملف مزامنة من حاسوب آخر.</translation>
    </message>
    <message>
        <source>The encryption library did not start.</source>
        <translation>لم تبدأ مكتبة التشفير في العمل.</translation>
    </message>
    <message>
        <source>Not enough memory to hold the pantry&apos;s key.</source>
        <translation>لا توجد ذاكرة كافية لحفظ مفتاح مخزن الطعام.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the passphrase.</source>
        <translation>لا توجد ذاكرة كافية لحماية عبارة المرور.</translation>
    </message>
    <message>
        <source>Not enough memory to check the passphrase.</source>
        <translation>لا توجد ذاكرة كافية للتحقق من عبارة المرور.</translation>
    </message>
    <message>
        <source>That is not this pantry&apos;s passphrase.</source>
        <translation>هذه ليست عبارة مرور مخزن الطعام هذا.</translation>
    </message>
    <message>
        <source>Check capitals and spaces, and try again.</source>
        <translation>تحقق من الأحرف الكبيرة والمسافات، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The household details are locked.</source>
        <translation>بيانات الأسر مقفلة.</translation>
    </message>
    <message>
        <source>Unlock with the current passphrase first.</source>
        <translation>افتح القفل بعبارة المرور الحالية أولًا.</translation>
    </message>
    <message>
        <source>The wrapped key asks for a key derivation Larder never uses (%1 passes, %2 MiB of memory), so it was not tried.</source>
        <translation>المفتاح المغلَّف يطلب طريقة لاشتقاق المفتاح لا يستخدمها Larder أبدًا (عدد التمريرات %1، والذاكرة %2 MiB)، لذا لم تُجرَّب.</translation>
    </message>
    <message>
        <source>It was not made by this Larder, or it was altered. Nothing was changed.</source>
        <translation>لم تُنشئه هذه النسخة من Larder، أو أنه عُدِّل. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>larder::PrivacySettings</name>
    <message>
        <source>Route sheets show initials only, no phone numbers</source>
        <translation>أوراق المسارات تعرض الأحرف الأولى من الأسماء فقط، دون أرقام هواتف</translation>
    </message>
    <message>
        <source>Months a closed household is kept before it is erased</source>
        <translation>عدد الأشهر التي يُحتفظ فيها بملف الأسرة المغلق قبل محوه</translation>
    </message>
    <message>
        <source>Minutes without use before the details lock</source>
        <translation>عدد دقائق عدم الاستخدام قبل قفل البيانات</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting that waits for confirmation.</source>
        <translation>&quot;%1&quot; ليس إعدادًا ينتظر التأكيد.</translation>
    </message>
</context>
<context>
    <name>larder::Store</name>
    <message>
        <source>Nothing was saved. If this keeps happening, run &quot;larder-cli --db FILE check&quot; and ask for help.</source>
        <translation>لم يُحفظ أي شيء. إذا تكرر هذا، شغّل &quot;larder-cli --db FILE check&quot; واطلب المساعدة.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>This file is already open in another running Larder (process %1 on %2).</source>
        <translation>هذا الملف مفتوح بالفعل في نسخة أخرى من Larder قيد التشغيل (العملية %1 على %2).</translation>
    </message>
    <message>
        <source>This file is already open in another running Larder.</source>
        <translation>هذا الملف مفتوح بالفعل في نسخة أخرى من Larder قيد التشغيل.</translation>
    </message>
    <message>
        <source>Close it there first: only one Larder can change a file at a time.</source>
        <translation>أغلقه هناك أولًا: لا يمكن إلا لنسخة واحدة من Larder أن تغيّر الملف في الوقت نفسه.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so Larder cannot keep its files there.</source>
        <translation>المجلد %1 للقراءة فقط، لذا لا يستطيع Larder حفظ ملفاته فيه.</translation>
    </message>
    <message>
        <source>Copy the file to a folder you can write to (such as Documents) and open it there.</source>
        <translation>انسخ الملف إلى مجلد يمكنك الكتابة فيه (مثل المستندات) وافتحه هناك.</translation>
    </message>
    <message>
        <source>Larder could not lock the file.</source>
        <translation>تعذّر على Larder قفل الملف.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and try again.</source>
        <translation>تأكد من أن القرص غير ممتلئ، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This file already exists.</source>
        <translation>هذا الملف موجود بالفعل.</translation>
    </message>
    <message>
        <source>Choose another name, or open the file instead.</source>
        <translation>اختر اسمًا آخر، أو افتح الملف بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Create the folder first, or choose another place.</source>
        <translation>أنشئ المجلد أولًا، أو اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>The pantry needs a name.</source>
        <translation>يجب أن يكون لمخزن الطعام اسم.</translation>
    </message>
    <message>
        <source>Give the site a name, such as &quot;Eastside pantry&quot;.</source>
        <translation>أعطِ الموقع اسمًا، مثل &quot;مخزن طعام الحي الشرقي&quot;.</translation>
    </message>
    <message>
        <source>Larder cannot create a file here (%1).</source>
        <translation>لا يستطيع Larder إنشاء ملف هنا (%1).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents.</source>
        <translation>اختر مجلدًا يمكنك الكتابة فيه، مثل &quot;المستندات&quot;.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>هذا الملف غير موجود.</translation>
    </message>
    <message>
        <source>Check the name and folder, or create a new pantry file.</source>
        <translation>تحقق من الاسم والمجلد، أو أنشئ ملفًا جديدًا لمخزن الطعام.</translation>
    </message>
    <message>
        <source>Larder may not read this file (%1).</source>
        <translation>لا يُسمح لـ Larder بقراءة هذا الملف (%1).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>تحقق من أذونات الملف.</translation>
    </message>
    <message>
        <source>This is not a Larder file (it is not a database at all).</source>
        <translation>هذا ليس ملفًا من ملفات Larder (وليس قاعدة بيانات أصلًا).</translation>
    </message>
    <message>
        <source>Open a file that Larder made, usually ending in .larder.</source>
        <translation>افتح ملفًا أنشأه Larder، وعادةً ما ينتهي اسمه بـ .larder.</translation>
    </message>
    <message>
        <source>This is a database, but not one of Larder&apos;s.</source>
        <translation>هذه قاعدة بيانات، لكنها ليست من قواعد بيانات Larder.</translation>
    </message>
    <message>
        <source>This file is read-only.</source>
        <translation>هذا الملف للقراءة فقط.</translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to, or change its permissions, and open it again.</source>
        <translation>انسخه إلى مجلد يمكنك الكتابة فيه، أو غيّر أذوناته، ثم افتحه من جديد.</translation>
    </message>
    <message>
        <source>This file was made by a newer Larder (file version %1; this Larder reads up to version %2).</source>
        <translation>أُنشئ هذا الملف بإصدار أحدث من Larder (إصدار الملف %1، وهذا الإصدار من Larder يقرأ حتى الإصدار %2).</translation>
    </message>
    <message>
        <source>Update Larder on this computer to open it. The file has not been changed.</source>
        <translation>حدّث Larder على هذا الحاسوب لتتمكن من فتحه. لم يتغير شيء في الملف.</translation>
    </message>
    <message>
        <source>Larder could not switch the file to write-ahead logging.</source>
        <translation>تعذّر على Larder تحويل الملف إلى وضع السجل المسبق للكتابة (WAL).</translation>
    </message>
    <message>
        <source>Move the file to a local folder you can write to.</source>
        <translation>انقل الملف إلى مجلد محلي يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>This file holds schema code that Larder did not make (%1): it could copy household details where nothing erases them.</source>
        <translation>يحتوي هذا الملف على شيفرة مخطط لم ينشئها Larder (%1): قد تنسخ بيانات الأسر إلى مكان لا يمحوها فيه شيء.</translation>
    </message>
    <message>
        <source>Nothing was changed. Open a backup, or have someone you trust remove it with the sqlite3 tool.</source>
        <translation>لم يتغير شيء. افتح نسخة احتياطية، أو اطلب من شخص تثق به إزالة هذه الشيفرة باستخدام أداة sqlite3.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a Larder file (%1).</source>
        <translation>هذا الملف تالف أو ليس ملفًا من ملفات Larder (%1).</translation>
    </message>
    <message>
        <source>Open a backup or the latest sync file instead.</source>
        <translation>افتح نسخة احتياطية أو أحدث ملف مزامنة بدلًا منه.</translation>
    </message>
    <message>
        <source>Larder cannot write next to this file (%1).</source>
        <translation>لا يستطيع Larder الكتابة بجانب هذا الملف (%1).</translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to and open it there.</source>
        <translation>انسخه إلى مجلد يمكنك الكتابة فيه وافتحه من هناك.</translation>
    </message>
    <message>
        <source>This pantry has no network passphrase yet.</source>
        <translation>ليس لمخزن الطعام هذا عبارة مرور للشبكة بعد.</translation>
    </message>
    <message>
        <source>Give it one with &quot;larder-cli passphrase set&quot; or in the app, or join a network.</source>
        <translation>أعطه عبارة مرور باستخدام &quot;larder-cli passphrase set&quot; أو من داخل التطبيق، أو انضم إلى شبكة.</translation>
    </message>
    <message>
        <source>That is not this network&apos;s passphrase.</source>
        <translation>هذه ليست عبارة المرور الخاصة بهذه الشبكة.</translation>
    </message>
    <message>
        <source>Check capitals and spaces, and try again.</source>
        <translation>تحقق من الأحرف الكبيرة والمسافات، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This pantry has no passphrase to change yet.</source>
        <translation>ليس لمخزن الطعام هذا عبارة مرور يمكن تغييرها بعد.</translation>
    </message>
    <message>
        <source>Give it its first one instead.</source>
        <translation>أعطه عبارة المرور الأولى بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This pantry already has a passphrase.</source>
        <translation>لمخزن الطعام هذا عبارة مرور بالفعل.</translation>
    </message>
    <message>
        <source>Change it instead.</source>
        <translation>غيّرها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>That is not this pantry&apos;s passphrase.</source>
        <translation>هذه ليست عبارة المرور الخاصة بمخزن الطعام هذا.</translation>
    </message>
</context>
<context>
    <name>larder::Writer</name>
    <message>
        <source>Internal error: %1 cannot be written this way.</source>
        <translation>خطأ داخلي: لا يمكن كتابة %1 بهذه الطريقة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>&quot;%1&quot; ليست قيمة صالحة لـ %2.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>أدخل رقمًا.</translation>
    </message>
    <message>
        <source>This record was deleted and cannot be brought back.</source>
        <translation>حُذف هذا السجل ولا يمكن استعادته.</translation>
    </message>
    <message>
        <source>Internal error: %1 has no column %2.</source>
        <translation>خطأ داخلي: لا يحتوي %1 على العمود %2.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted on another laptop.</source>
        <translation>لم يعد هذا السجل موجودًا؛ ربما حُذف على حاسوب آخر.</translation>
    </message>
    <message>
        <source>Reload the list and try again.</source>
        <translation>أعد تحميل القائمة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted already.</source>
        <translation>لم يعد هذا السجل موجودًا؛ ربما حُذف بالفعل.</translation>
    </message>
    <message>
        <source>Internal error: %1.%2 names a missing %3 (%4).</source>
        <translation>خطأ داخلي: يشير %1.%2 إلى سجل %3 غير موجود (%4).</translation>
    </message>
</context>
<context>
    <name>larder::cli::BackupCommands</name>
    <message>
        <source>the backups folder (default: FILE.backups next to the file)</source>
        <translation>مجلد النسخ الاحتياطية (الافتراضي: FILE.backups بجانب الملف)</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>كُتبت النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Old backup deleted: %1</source>
        <translation>حُذفت نسخة احتياطية قديمة: %1</translation>
    </message>
    <message>
        <source>Deleted records removed from: %1</source>
        <translation>أُزيلت السجلات المحذوفة من: %1</translation>
    </message>
    <message>
        <source>No backups in %1 yet.</source>
        <translation>لا توجد نسخ احتياطية في %1 بعد.</translation>
    </message>
    <message>
        <source>(not protected: taken before the passphrase)</source>
        <translation>(غير محمية: أُخذت قبل تعيين عبارة المرور)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still show names and addresses to anyone who copies them; replace them with &quot;backup replace-unprotected&quot;.</source>
        <translation>
            <numerusform>لا توجد نسخ احتياطية ما زالت تكشف الأسماء والعناوين لمن ينسخها.</numerusform>
            <numerusform>ما زالت نسخة احتياطية واحدة تكشف الأسماء والعناوين لأي شخص ينسخها؛ استبدلها باستخدام &quot;backup replace-unprotected&quot;.</numerusform>
            <numerusform>ما زالت نسختان احتياطيتان تكشفان الأسماء والعناوين لأي شخص ينسخهما؛ استبدلهما باستخدام &quot;backup replace-unprotected&quot;.</numerusform>
            <numerusform>ما زالت %n نسخ احتياطية تكشف الأسماء والعناوين لأي شخص ينسخها؛ استبدلها باستخدام &quot;backup replace-unprotected&quot;.</numerusform>
            <numerusform>ما زالت %n نسخة احتياطية تكشف الأسماء والعناوين لأي شخص ينسخها؛ استبدلها باستخدام &quot;backup replace-unprotected&quot;.</numerusform>
            <numerusform>ما زالت %n نسخة احتياطية تكشف الأسماء والعناوين لأي شخص ينسخها؛ استبدلها باستخدام &quot;backup replace-unprotected&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every backup in %1 is protected; nothing to replace.</source>
        <translation>كل النسخ الاحتياطية في %1 محمية؛ لا يوجد ما يُستبدل.</translation>
    </message>
    <message>
        <source>Would delete: %1</source>
        <translation>سيُحذف: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted. These %n backup(s) were taken before the passphrase and show names and addresses; run again with --confirm to delete them and take one protected backup instead.</source>
        <translation>
            <numerusform>لم يُحذف شيء. لا توجد نسخ احتياطية أُخذت قبل تعيين عبارة المرور.</numerusform>
            <numerusform>لم يُحذف شيء. أُخذت هذه النسخة الاحتياطية قبل تعيين عبارة المرور وهي تكشف الأسماء والعناوين؛ شغّل الأمر مرة أخرى مع --confirm لحذفها وأخذ نسخة احتياطية واحدة محمية بدلًا منها.</numerusform>
            <numerusform>لم يُحذف شيء. أُخذت هاتان النسختان الاحتياطيتان قبل تعيين عبارة المرور وهما تكشفان الأسماء والعناوين؛ شغّل الأمر مرة أخرى مع --confirm لحذفهما وأخذ نسخة احتياطية واحدة محمية بدلًا منهما.</numerusform>
            <numerusform>لم يُحذف شيء. هذه %n نسخ احتياطية أُخذت قبل تعيين عبارة المرور وتكشف الأسماء والعناوين؛ شغّل الأمر مرة أخرى مع --confirm لحذفها وأخذ نسخة احتياطية واحدة محمية بدلًا منها.</numerusform>
            <numerusform>لم يُحذف شيء. هذه %n نسخة احتياطية أُخذت قبل تعيين عبارة المرور وتكشف الأسماء والعناوين؛ شغّل الأمر مرة أخرى مع --confirm لحذفها وأخذ نسخة احتياطية واحدة محمية بدلًا منها.</numerusform>
            <numerusform>لم يُحذف شيء. هذه %n نسخة احتياطية أُخذت قبل تعيين عبارة المرور وتكشف الأسماء والعناوين؛ شغّل الأمر مرة أخرى مع --confirm لحذفها وأخذ نسخة احتياطية واحدة محمية بدلًا منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>حُذفت: %1</translation>
    </message>
    <message>
        <source>Protected backup written: %1</source>
        <translation>كُتبت نسخة احتياطية محمية: %1</translation>
    </message>
    <message>
        <source>This backup does not exist.</source>
        <translation>هذه النسخة الاحتياطية غير موجودة.</translation>
    </message>
    <message>
        <source>List the backups with &quot;larder-cli --db FILE backup list&quot;.</source>
        <translation>اعرض قائمة النسخ الاحتياطية باستخدام &quot;larder-cli --db FILE backup list&quot;.</translation>
    </message>
    <message>
        <source>This file already exists; restoring never overwrites a file.</source>
        <translation>هذا الملف موجود بالفعل؛ الاستعادة لا تكتب فوق أي ملف أبدًا.</translation>
    </message>
    <message>
        <source>Choose a new name for the restored copy.</source>
        <translation>اختر اسمًا جديدًا للنسخة المستعادة.</translation>
    </message>
    <message>
        <source>Larder could not copy the backup here.</source>
        <translation>تعذّر على Larder نسخ النسخة الاحتياطية إلى هنا.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents.</source>
        <translation>اختر مجلدًا يمكنك الكتابة فيه، مثل &quot;المستندات&quot;.</translation>
    </message>
    <message>
        <source>Restored as %1. Open that file in Larder; the backup is unchanged.</source>
        <translation>استُعيدت باسم %1. افتح ذلك الملف في Larder؛ لم تتغير النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>List the backups of a pantry file, newest first.</source>
        <translation>يعرض النسخ الاحتياطية لملف مخزن الطعام، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>Prints when each backup was taken, its size and its path.</source>
        <translation>يطبع وقت أخذ كل نسخة احتياطية وحجمها ومكان حفظها.</translation>
    </message>
    <message>
        <source>Copy a backup to a new pantry file.</source>
        <translation>ينسخ نسخة احتياطية إلى ملف جديد لمخزن الطعام.</translation>
    </message>
    <message>
        <source>Copies BACKUP to FILE (which must not exist) and opens it once: the copy takes a new site id, so it syncs as a laptop of its own. The live file and the backup are not changed.</source>
        <translation>ينسخ BACKUP إلى FILE (الذي يجب ألا يكون موجودًا) ويفتحه مرة واحدة: تأخذ النسخة معرّف موقع جديدًا، فتُزامَن كأنها حاسوب مستقل. لا يتغير الملف المستخدم حاليًا ولا النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Delete the backups taken before the passphrase; take a protected one.</source>
        <translation>يحذف النسخ الاحتياطية المأخوذة قبل تعيين عبارة المرور، ويأخذ نسخة محمية.</translation>
    </message>
    <message>
        <source>Backups taken before the pantry had its passphrase hold every name, address and phone in plain form. Without --confirm this lists them and changes nothing; with --confirm it overwrites and deletes them and takes a new backup, sealed like the file. Needs the passphrase (the new backup is taken unlocked).</source>
        <translation>النسخ الاحتياطية المأخوذة قبل أن تُعيَّن عبارة المرور لمخزن الطعام تحتوي على كل اسم وعنوان ورقم هاتف بشكل مكشوف. بدون --confirm يعرضها هذا الأمر ولا يغيّر شيئًا؛ ومع --confirm يكتب فوقها ويحذفها ويأخذ نسخة احتياطية جديدة مشفّرة مثل الملف. يحتاج إلى عبارة المرور (تؤخذ النسخة الجديدة والملف مفتوح القفل).</translation>
    </message>
    <message>
        <source>delete them (without it: only list them)</source>
        <translation>احذفها (بدونه: اعرضها فقط)</translation>
    </message>
    <message>
        <source>Take a backup of a pantry file now, and rotate old backups.</source>
        <translation>يأخذ الآن نسخة احتياطية من ملف مخزن الطعام، وينظّم النسخ القديمة بالتدوير.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the file to FILE.backups/ (or --folder), named by the time it was taken. Then rotation keeps the newest backup of each of the last 7 days and of each of the last 4 weeks (or, with --keep N, the newest N), deletes the rest, and removes from every kept backup the households and people deleted or purged since it was taken. Larder takes one automatically when it opens a file whose newest backup is older than a day.</source>
        <translation>يكتب نسخة متّسقة من الملف في FILE.backups/ (أو --folder)، مسمّاة بوقت أخذها. ثم يحتفظ التدوير بأحدث نسخة احتياطية من كل يوم من آخر 7 أيام ومن كل أسبوع من آخر 4 أسابيع (أو، مع --keep N، بأحدث N نسخة)، ويحذف الباقي، ويزيل من كل نسخة محتفظ بها الأسر والأشخاص الذين حُذفوا أو مُحيت بياناتهم منذ أخذها. يأخذ Larder نسخة تلقائيًا عند فتح ملف مضى على أحدث نسخه الاحتياطية أكثر من يوم.</translation>
    </message>
    <message>
        <source>keep exactly the newest N backups</source>
        <translation>احتفظ بأحدث N نسخة احتياطية بالضبط</translation>
    </message>
</context>
<context>
    <name>larder::cli::Cli</name>
    <message>
        <source>show this help</source>
        <translation>اعرض هذه المساعدة</translation>
    </message>
    <message>
        <source>the pantry file to work on</source>
        <translation>ملف مخزن الطعام المراد العمل عليه</translation>
    </message>
    <message>
        <source>%1: %2; see %3 --help</source>
        <translation>%1: %2؛ راجع %3 --help</translation>
    </message>
    <message>
        <source>%1: LARDER_NOW must be a date and time such as 2026-03-01T12:00:00Z, not &quot;%2&quot;; unset it to use the computer&apos;s clock</source>
        <translation>%1: يجب أن يكون LARDER_NOW تاريخًا ووقتًا مثل 2026-03-01T12:00:00Z، وليس &quot;%2&quot;؛ ألغِ تعيينه لاستخدام ساعة الحاسوب</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>أمر غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db يحتاج إلى اسم ملف</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>خيار غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>لم يُحدَّد أي أمر</translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot; (there are: %3)</source>
        <translation>أمر %1 غير معروف &quot;%2&quot; (الأوامر المتاحة: %3)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>وسيط غير متوقع &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is missing: give it after &quot;%2&quot;</source>
        <translation>%1 مفقود: اكتبه بعد &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no pantry file given: add --db FILE</source>
        <translation>لم يُحدَّد ملف مخزن الطعام: أضف --db FILE</translation>
    </message>
    <message>
        <source>Usage: %1 --db FILE COMMAND [OPTIONS]</source>
        <translation>الاستخدام: %1 --db FILE COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Larder&apos;s command-line tool: the same pantry file as the Larder app, without the window, for coordinators&apos; scripts and for tests.</source>
        <translation>أداة سطر الأوامر الخاصة بـ Larder: ملف مخزن الطعام نفسه الذي يستخدمه تطبيق Larder، لكن بدون نافذة، للبرامج النصية التي يكتبها المنسقون وللاختبارات.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>الخيارات العامة:</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s own</source>
        <translation>اعرض هذه المساعدة؛ COMMAND --help يعرض مساعدة الأمر نفسه</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>اعرض رقم الإصدار</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 failure, with the last line on stderr saying what went wrong; 2 a usage error. Data goes to stdout; warnings and problems go to stderr.</source>
        <translation>رموز الخروج: 0 نجاح؛ 1 فشل، ويذكر السطر الأخير في stderr ما الخطأ الذي حدث؛ 2 خطأ في الاستخدام. تذهب البيانات إلى stdout، وتذهب التحذيرات والمشكلات إلى stderr.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>البيئة:</translation>
    </message>
    <message>
        <source>a date and time (2026-03-01T12:00:00Z) to use as now instead of the computer&apos;s clock, for scripts and tests that need the same dates on any day</source>
        <translation>تاريخ ووقت (2026-03-01T12:00:00Z) يُستخدم على أنه الوقت الحالي بدلًا من ساعة الحاسوب، للبرامج النصية والاختبارات التي تحتاج إلى التواريخ نفسها في أي يوم</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>مثال:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>الاستخدام: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>&quot;%1 %2 COMMAND --help&quot; shows a command&apos;s own options.</source>
        <translation>&quot;%1 %2 COMMAND --help&quot; يعرض خيارات الأمر نفسه.</translation>
    </message>
    <message>
        <source>the language of messages and papers: en, es or ar (else the system&apos;s, from LANG)</source>
        <translation>لغة الرسائل والأوراق: en أو es أو ar (وإلا فلغة النظام، من LANG)</translation>
    </message>
</context>
<context>
    <name>larder::cli::CliSupport</name>
    <message>
        <source>--%1 is required: add --%1 %2</source>
        <translation>--%1 مطلوب: أضف --%1 %2</translation>
    </message>
    <message>
        <source>give --%1 or --%2, not both</source>
        <translation>حدّد --%1 أو --%2، وليس كليهما</translation>
    </message>
    <message>
        <source>--%1 goes with --%2</source>
        <translation>--%1 يُستخدم مع --%2</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>اطبع بصيغة JSON للبرامج النصية</translation>
    </message>
</context>
<context>
    <name>larder::cli::FileCommands</name>
    <message>
        <source>Created %1 for &quot;%2&quot; (site %3) in network %4, joined from %5: %6 changes from &quot;%7&quot;.</source>
        <translation>أُنشئ %1 لـ &quot;%2&quot; (الموقع %3) في الشبكة %4، بالانضمام من %5: تغييرات من &quot;%7&quot; عددها %6.</translation>
    </message>
    <message>
        <source>init needs the pantry&apos;s name: add --site-name NAME</source>
        <translation>يحتاج init إلى اسم مخزن الطعام: أضف --site-name NAME</translation>
    </message>
    <message>
        <source>--join needs a sync file from a laptop of the network</source>
        <translation>--join يحتاج إلى ملف مزامنة من حاسوب في الشبكة</translation>
    </message>
    <message>
        <source>joining needs the network&apos;s passphrase: add --passphrase-file P</source>
        <translation>الانضمام يحتاج إلى عبارة مرور الشبكة: أضف --passphrase-file P</translation>
    </message>
    <message>
        <source>a new pantry needs a passphrase, which seals its names, addresses, phones and notes: add --passphrase-file P (a file whose first line is the passphrase; at least 12 characters, e.g. four or five words)</source>
        <translation>مخزن الطعام الجديد يحتاج إلى عبارة مرور تُشفَّر بها الأسماء والعناوين وأرقام الهواتف والملاحظات: أضف --passphrase-file P (ملف يحتوي سطره الأول على عبارة المرور؛ 12 حرفًا على الأقل، مثل أربع أو خمس كلمات)</translation>
    </message>
    <message>
        <source>Created %1 for &quot;%2&quot; (site %3) and a new network %4 with its passphrase. Other laptops join it from a sync file this one exports.</source>
        <translation>أُنشئ %1 لـ &quot;%2&quot; (الموقع %3) وشبكة جديدة %4 مع عبارة مرورها. تنضم الحواسيب الأخرى إليها من ملف مزامنة يصدّره هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This file already exists, and demo only makes new files.</source>
        <translation>هذا الملف موجود بالفعل، والأمر demo لا ينشئ إلا ملفات جديدة.</translation>
    </message>
    <message>
        <source>Give a name that does not exist yet; your file was not changed.</source>
        <translation>اختر اسمًا غير موجود بعد؛ لم يتغير ملفك.</translation>
    </message>
    <message>
        <source>Making demo data: %1%</source>
        <translation>جارٍ إنشاء بيانات تجريبية: %1%</translation>
    </message>
    <message>
        <source>Made demo pantry %1: %2 locations, %3 items, %4 suppliers, %5 households, %6 people, %7 stock movements (%8 s).</source>
        <translation>أُنشئ مخزن الطعام التجريبي %1: الأماكن %2، الأصناف %3، المورّدون %4، الأسر %5، الأشخاص %6، حركات المخزون %7 (%8 s).</translation>
    </message>
    <message>
        <source>Create a new pantry file, a new network, or join one.</source>
        <translation>ينشئ ملفًا جديدًا لمخزن الطعام أو شبكة جديدة، أو ينضم إلى شبكة.</translation>
    </message>
    <message>
        <source>Makes a new Larder file with its own site id and network id, protected by the passphrase (the first line of the --passphrase-file): it seals every name, address, phone and note, and it is what the laptops of the pantry&apos;s sync network share. A passphrase needs at least 12 characters and must not be a common password or the pantry&apos;s name. With --join FILE it instead joins the network of FILE, a sync file exported by one of its laptops, with that network&apos;s passphrase, and imports what that file holds. Refuses a file that already exists; a failed init leaves no file. </source>
        <translation>ينشئ ملف Larder جديدًا له معرّف موقع ومعرّف شبكة خاصان به، ومحميًا بعبارة المرور (السطر الأول من --passphrase-file): فهي تشفّر كل اسم وعنوان ورقم هاتف وملاحظة، وهي ما تشترك فيه حواسيب شبكة المزامنة الخاصة بمخزن الطعام. تحتاج عبارة المرور إلى 12 حرفًا على الأقل، ويجب ألا تكون كلمة مرور شائعة ولا اسم مخزن الطعام. ومع --join FILE ينضم بدلًا من ذلك إلى شبكة FILE، وهو ملف مزامنة صدّره أحد حواسيبها، باستخدام عبارة مرور تلك الشبكة، ويستورد ما يحتويه ذلك الملف. يرفض ملفًا موجودًا بالفعل، وإذا فشل init فلا يترك أي ملف. </translation>
    </message>
    <message>
        <source>the pantry&apos;s name, as other laptops will see it</source>
        <translation>اسم مخزن الطعام كما ستراه الحواسيب الأخرى</translation>
    </message>
    <message>
        <source>join the network of this sync file instead of starting one</source>
        <translation>انضم إلى شبكة ملف المزامنة هذا بدلًا من بدء شبكة جديدة</translation>
    </message>
    <message>
        <source>Create a new pantry file filled with realistic demo data.</source>
        <translation>ينشئ ملفًا جديدًا لمخزن الطعام مليئًا ببيانات تجريبية واقعية.</translation>
    </message>
    <message>
        <source>Makes a demo pantry in Chicago&apos;s Pilsen and Little Village: locations, about 150 catalog items, suppliers with pickup days, households on real streets with coordinates, volunteers and drivers, and weeks of stock history. The same seed on the same day gives the same data. Refuses a file that already exists.</source>
        <translation>ينشئ مخزن طعام تجريبيًا في حيّي Pilsen وLittle Village في شيكاغو: أماكن، ونحو 150 صنفًا في الكتالوج، ومورّدين مع أيام الجمع منهم، وأسرًا في شوارع حقيقية مع إحداثياتها، ومتطوعين وسائقين، وأسابيع من سجل المخزون. البذرة نفسها في اليوم نفسه تعطي البيانات نفسها. يرفض ملفًا موجودًا بالفعل.</translation>
    </message>
    <message>
        <source>households to make (default 300)</source>
        <translation>عدد الأسر المراد إنشاؤها (الافتراضي 300)</translation>
    </message>
    <message>
        <source>seed for the random choices (default 1)</source>
        <translation>البذرة للاختيارات العشوائية (الافتراضي 1)</translation>
    </message>
    <message>
        <source>stock movements to make (default 0: a realistic number)</source>
        <translation>عدد حركات المخزون المراد إنشاؤها (الافتراضي 0: عدد واقعي)</translation>
    </message>
    <message>
        <source>weeks of history (default 6)</source>
        <translation>عدد أسابيع السجل (الافتراضي 6)</translation>
    </message>
</context>
<context>
    <name>larder::cli::InspectCommands</name>
    <message>
        <source>Warning: %1 is in a folder that %2 copies off this laptop: %3. A copy lives on every computer and server that folder is synced to, and a file copied while open can arrive damaged. Move the pantry file and its .backups folder to a folder on this laptop only.</source>
        <translation>تحذير: %1 موجود في مجلد ينسخه %2 خارج هذا الحاسوب: %3. توجد نسخة منه على كل حاسوب وخادم يُزامَن معه ذلك المجلد، والملف الذي يُنسخ وهو مفتوح قد يصل تالفًا. انقل ملف مخزن الطعام ومجلد .backups الخاص به إلى مجلد موجود على هذا الحاسوب فقط.</translation>
    </message>
    <message>
        <source>%1 of %2 checks failed (%3).</source>
        <translation>فشل %1 من أصل %2 من الفحوصات (%3).</translation>
    </message>
    <message>
        <source>Keep this file as it is, open the latest backup or sync file instead, and show this output to whoever helps you.</source>
        <translation>اترك هذا الملف كما هو، وافتح أحدث نسخة احتياطية أو أحدث ملف مزامنة بدلًا منه، واعرض هذه النتيجة على من يساعدك.</translation>
    </message>
    <message>
        <source>Larder could not count the rows (%1).</source>
        <translation>تعذّر على Larder عدّ الصفوف (%1).</translation>
    </message>
    <message>
        <source>Run &quot;larder-cli --db FILE check&quot; to see what is wrong.</source>
        <translation>شغّل &quot;larder-cli --db FILE check&quot; لمعرفة المشكلة.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>%1 (site &quot;%2&quot;, schema version %3)</source>
        <translation>%1 (الموقع &quot;%2&quot;، إصدار المخطط %3)</translation>
    </message>
    <message>
        <source>Check a pantry file for damage and broken rules.</source>
        <translation>يفحص ملف مخزن الطعام بحثًا عن التلف والقواعد المخالَفة.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s quick_check (with --thorough its integrity_check, which also compares every index with its table and takes several times longer on a large file) and its foreign-key check, then Larder&apos;s own: every on-hand total (per item, location and lot) equals the sum of its stock movements, this laptop&apos;s changes are numbered without gaps, no change is dated after the file&apos;s clock, every record and ledger row has its sync operations, nothing deleted is back, and the guard triggers are in place; with --passphrase-file, every sealed personal value opens where it is; every record equals its rebuild from its winning operations. Prints one line per check; exits 1 when any fails. Warns on stderr when the file or its backups folder is in a folder that Dropbox, OneDrive, Google Drive, iCloud Drive, Nextcloud or another sync client copies off the laptop.</source>
        <translation>يشغّل quick_check الخاص بـ SQLite (ومع --thorough يشغّل integrity_check، الذي يقارن أيضًا كل فهرس بجدوله ويستغرق وقتًا أطول بعدة مرات على الملفات الكبيرة) وفحص المفاتيح الخارجية، ثم فحوصات Larder الخاصة: كل رصيد متوفر (لكل صنف ومكان ودفعة) يساوي مجموع حركات المخزون الخاصة به، وتغييرات هذا الحاسوب مرقّمة بلا فجوات، ولا يحمل أي تغيير تاريخًا بعد ساعة الملف، ولكل سجل وكل صف في سجل المخزون عمليات المزامنة الخاصة به، ولم يعد أي شيء محذوف، ومشغّلات الحماية في مكانها؛ ومع --passphrase-file، تُفتح كل قيمة شخصية مشفّرة في مكانها؛ وكل سجل يساوي إعادة بنائه من عملياته الغالبة. يطبع سطرًا واحدًا لكل فحص، وينتهي برمز 1 عند فشل أي فحص. يحذّر في stderr عندما يكون الملف أو مجلد نسخه الاحتياطية داخل مجلد ينسخه Dropbox أو OneDrive أو Google Drive أو iCloud Drive أو Nextcloud أو أي برنامج مزامنة آخر إلى خارج الحاسوب.</translation>
    </message>
    <message>
        <source>also compare every index with its table</source>
        <translation>قارن أيضًا كل فهرس بجدوله</translation>
    </message>
    <message>
        <source>Count the rows in each table.</source>
        <translation>يعدّ الصفوف في كل جدول.</translation>
    </message>
    <message>
        <source>Prints the number of rows in every table of the file, as a table or, with --json, as {&quot;tables&quot;: {&quot;items&quot;: N, ...}}.</source>
        <translation>يطبع عدد الصفوف في كل جدول من جداول الملف، على شكل جدول أو، مع --json، على شكل {&quot;tables&quot;: {&quot;items&quot;: N, ...}}.</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>اطبع بصيغة JSON للبرامج النصية</translation>
    </message>
</context>
<context>
    <name>larder::cli::PackageCommands</name>
    <message>
        <source>the run&apos;s day, YYYY-MM-DD</source>
        <translation>يوم الجولة، بالشكل YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the run&apos;s id, when the day has several runs</source>
        <translation>معرّف الجولة، عندما يكون في اليوم عدة جولات</translation>
    </message>
    <message>
        <source>--run: there is no run %1.</source>
        <translation>--run: لا توجد جولة %1.</translation>
    </message>
    <message>
        <source>Give the day instead: --date YYYY-MM-DD.</source>
        <translation>حدّد اليوم بدلًا من ذلك: --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date.</source>
        <translation>--date: &quot;%1&quot; ليس تاريخًا.</translation>
    </message>
    <message>
        <source>Type it as YYYY-MM-DD, such as %1.</source>
        <translation>اكتبه بالشكل YYYY-MM-DD، مثل %1.</translation>
    </message>
    <message>
        <source>--date: there is no delivery or pickup run on %1.</source>
        <translation>--date: لا توجد جولة توصيل أو استلام يوم %1.</translation>
    </message>
    <message>
        <source>Check the day, or create the run first.</source>
        <translation>تحقق من اليوم، أو أنشئ الجولة أولًا.</translation>
    </message>
    <message>
        <source>--date: %1 has %2 runs.</source>
        <translation>--date: عدد الجولات يوم %1 هو %2.</translation>
    </message>
    <message>
        <source>Name one with --run: %1.</source>
        <translation>حدّد واحدة باستخدام --run: %1.</translation>
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
        <translation>لا توجد نماذج صناديق بعد.</translation>
    </message>
    <message>
        <source>%1 (household size %2, boxes: %3)</source>
        <translation>%1 (حجم الأسرة %2، الصناديق: %3)</translation>
    </message>
    <message>
        <source>[retired]</source>
        <translation>[موقوف]</translation>
    </message>
    <message>
        <source>Nothing is short: every package is complete.</source>
        <translation>لا نقص في شيء: كل الطرود مكتملة.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>available</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>for whom</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>substitutes</source>
        <translation>البدائل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 أخرى</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Set aside %1 units for %2 packages.</source>
        <translation>حُجزت وحدات عددها %1 لطرود عددها %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands in for &quot;%2&quot; where it was short.</source>
        <translation>&quot;%1&quot; يحل محل &quot;%2&quot; حيث كان ناقصًا.</translation>
    </message>
    <message>
        <source>Nothing is set aside for this run yet: run packages allocate first.</source>
        <translation>لم يُحجز شيء لهذه الجولة بعد: شغّل packages allocate أولًا.</translation>
    </message>
    <message>
        <source>  quantity</source>
        <translation>  الكمية</translation>
    </message>
    <message>
        <source>use by</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(بدون مكان)</translation>
    </message>
    <message>
        <source>name what to do: packages allocate, shortages, substitute or picklist</source>
        <translation>حدّد ما تريد فعله: packages allocate أو shortages أو substitute أو picklist</translation>
    </message>
    <message>
        <source>The run is the day&apos;s delivery or pickup run (--date), or --run ID when the day has several.</source>
        <translation>الجولة هي جولة التوصيل أو الاستلام في ذلك اليوم (--date)، أو --run ID عندما يكون في اليوم عدة جولات.</translation>
    </message>
    <message>
        <source>List the box templates: what a package holds, by household size.</source>
        <translation>يعرض نماذج الصناديق: ما يحتويه الطرد، حسب حجم الأسرة.</translation>
    </message>
    <message>
        <source>Lists the active box templates, smallest households first, with their items and quantities; --all adds retired ones. A household gets the template whose size range holds its size (the narrowest when several do). --json prints {&quot;templates&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;min_size&quot;, &quot;max_size&quot; (null: no limit), &quot;boxes&quot;, &quot;active&quot;, &quot;lines&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;quantity&quot;}]}]}.</source>
        <translation>يعرض نماذج الصناديق المستخدمة، بدءًا بالأسر الأصغر، مع أصنافها وكمياتها؛ ويضيف --all النماذج الموقوفة. تحصل الأسرة على النموذج الذي يشمل نطاقُ أحجامه حجمَها (الأضيق إذا انطبق أكثر من نموذج). يطبع --json {&quot;templates&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;min_size&quot;, &quot;max_size&quot; (null: بلا حد), &quot;boxes&quot;, &quot;active&quot;, &quot;lines&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;quantity&quot;}]}]}.</translation>
    </message>
    <message>
        <source>include retired templates</source>
        <translation>تضمين النماذج الموقوفة</translation>
    </message>
    <message>
        <source>List the box templates.</source>
        <translation>يعرض نماذج الصناديق.</translation>
    </message>
    <message>
        <source>Packages of a run: allocate, shortages, substitute, picklist.</source>
        <translation>طرود الجولة: allocate، shortages، substitute، picklist.</translation>
    </message>
    <message>
        <source>Sets stock aside for a run&apos;s households and shows what it lacks. allocate chooses each household&apos;s package (its template, with items that do not suit its dietary tags replaced) and sets stock aside first expiry first out; shortages lists what could not be set aside; substitute puts another item in its place; picklist says what to take from where.</source>
        <translation>يحجز المخزون لأسر الجولة ويعرض ما ينقصها. يختار allocate طرد كل أسرة (نموذجها، مع استبدال الأصناف التي لا تناسب علامات نظامها الغذائي) ويحجز المخزون بحيث يخرج أولًا ما تنتهي صلاحيته أولًا؛ ويعرض shortages ما تعذّر حجزه؛ ويضع substitute صنفًا آخر مكانه؛ ويبيّن picklist ما يؤخذ ومن أين.</translation>
    </message>
    <message>
        <source>Set stock aside for every household of a run.</source>
        <translation>يحجز المخزون لكل أسرة في الجولة.</translation>
    </message>
    <message>
        <source>Sets stock aside for every stop of the run that has no outcome yet: first expiry first out across lots and locations (no expiry last, lots that expire before the run&apos;s day never), never more than is on hand and not set aside for another open run. Allocating again replaces what was set aside before, except what was added by hand and what stops with an outcome had. Then prints the shortages: item, needed, available, for whom and the substitutes that suit them. --json prints {&quot;run_id&quot;, &quot;stops&quot;, &quot;units&quot;, &quot;shortages&quot;: [...]} as packages shortages does. </source>
        <translation>يحجز المخزون لكل محطة في الجولة ليست لها نتيجة بعد: ما تنتهي صلاحيته أولًا يخرج أولًا عبر الدفعات والأماكن (ما لا تاريخ انتهاء صلاحية له يأتي في الأخير، والدفعات التي تنتهي صلاحيتها قبل يوم الجولة لا تُستخدم أبدًا)، ولا يتجاوز أبدًا ما هو متوفر وغير محجوز لجولة أخرى مفتوحة. إعادة الحجز تستبدل ما حُجز من قبل، باستثناء ما أُضيف يدويًا وما كان للمحطات التي لها نتيجة. ثم يطبع النواقص: الصنف، والمطلوب، والمتوفر، ولمن، والبدائل التي تناسبهم. يطبع --json {&quot;run_id&quot;, &quot;stops&quot;, &quot;units&quot;, &quot;shortages&quot;: [...]} كما يفعل packages shortages. </translation>
    </message>
    <message>
        <source>What a run&apos;s packages lack, and what could stand in.</source>
        <translation>ما ينقص طرود الجولة، وما يمكن أن يحل محله.</translation>
    </message>
    <message>
        <source>Lists each item the run needs more of than was set aside: how many the run needs, how many are available (on hand and not set aside for another run), the households short of it and up to five items of the same category that suit them all, most on hand first. --json prints {&quot;run_id&quot;, &quot;shortages&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;unit&quot;, &quot;needed&quot;, &quot;available&quot;, &quot;stop_ids&quot;, &quot;households&quot;, &quot;substitutes&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;available&quot;}]}]}. </source>
        <translation>يعرض كل صنف تحتاج الجولة منه أكثر مما حُجز: الكمية التي تحتاجها الجولة، والكمية المتوفرة (الموجودة وغير المحجوزة لجولة أخرى)، والأسر التي ينقصها، وحتى خمسة أصناف من الفئة نفسها تناسبهم جميعًا، الأكثر توفرًا أولًا. يطبع --json {&quot;run_id&quot;, &quot;shortages&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;unit&quot;, &quot;needed&quot;, &quot;available&quot;, &quot;stop_ids&quot;, &quot;households&quot;, &quot;substitutes&quot;: [{&quot;item_id&quot;, &quot;item&quot;, &quot;available&quot;}]}]}. </translation>
    </message>
    <message>
        <source>Put another item in place of one that is short.</source>
        <translation>يضع صنفًا آخر مكان صنف ناقص.</translation>
    </message>
    <message>
        <source>Sets SUBSTITUTE aside, one for one, for the households of the run that lack ITEM. Refused when it does not suit one of them (a halal household never gets pork) or none of it is free. Items are found by barcode, id, whole name or words only one name holds. </source>
        <translation>يحجز SUBSTITUTE، واحدًا مقابل واحد، لأسر الجولة التي ينقصها ITEM. يُرفض إذا كان لا يناسب إحداها (الأسرة التي تأكل الحلال لا تحصل أبدًا على لحم الخنزير) أو لم يكن منه شيء متاح. يُبحث عن الأصناف بالرمز الشريطي أو المعرّف أو الاسم الكامل أو بكلمات لا توجد إلا في اسم واحد. </translation>
    </message>
    <message>
        <source>What to take from where to pack a run.</source>
        <translation>ما يؤخذ ومن أين لتجهيز طرود الجولة.</translation>
    </message>
    <message>
        <source>Lists what is set aside for the run, by location, then item, then use-by date: the packers&apos; list. --json prints {&quot;run_id&quot;, &quot;pick&quot;: [{&quot;location&quot;, &quot;item&quot;, &quot;unit&quot;, &quot;lot_id&quot;, &quot;expiry&quot;, &quot;quantity&quot;, ...}]}. </source>
        <translation>يعرض ما حُجز للجولة، حسب المكان ثم الصنف ثم تاريخ انتهاء الصلاحية: قائمة المتطوعين الذين يجهّزون الطرود. يطبع --json {&quot;run_id&quot;, &quot;pick&quot;: [{&quot;location&quot;, &quot;item&quot;, &quot;unit&quot;, &quot;lot_id&quot;, &quot;expiry&quot;, &quot;quantity&quot;, ...}]}. </translation>
    </message>
</context>
<context>
    <name>larder::cli::Passphrase</name>
    <message>
        <source>The passphrase file cannot be read (%1).</source>
        <translation>تتعذّر قراءة ملف عبارة المرور (%1).</translation>
    </message>
    <message>
        <source>Write the network&apos;s passphrase on the first line of a file only you can read, and give its name.</source>
        <translation>اكتب عبارة مرور الشبكة في السطر الأول من ملف لا يستطيع قراءته أحد غيرك، ثم اذكر اسمه.</translation>
    </message>
    <message>
        <source>The passphrase file is empty (its first line holds no passphrase).</source>
        <translation>ملف عبارة المرور فارغ (لا يحتوي سطره الأول على عبارة مرور).</translation>
    </message>
    <message>
        <source>Write the network&apos;s passphrase on its first line.</source>
        <translation>اكتب عبارة مرور الشبكة في سطره الأول.</translation>
    </message>
</context>
<context>
    <name>larder::cli::PassphraseCommands</name>
    <message>
        <source>a file whose first line is the new passphrase</source>
        <translation>ملف يحتوي سطره الأول على عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>%1 is protected: names, addresses, phones and notes are sealed with its passphrase. Keep the passphrase somewhere safe: without it they cannot be read.</source>
        <translation>%1 محمي: الأسماء والعناوين وأرقام الهواتف والملاحظات مشفّرة بعبارة مروره. احفظ عبارة المرور في مكان آمن، فبدونها لا يمكن قراءة هذه البيانات.</translation>
    </message>
    <message>
        <source>the new passphrase is needed: add --new-passphrase-file Q</source>
        <translation>عبارة المرور الجديدة مطلوبة: أضف --new-passphrase-file Q</translation>
    </message>
    <message>
        <source>The passphrase of %1 is changed. The household details were not re-encrypted: the same key is now wrapped with the new passphrase.</source>
        <translation>تغيّرت عبارة مرور %1. لم يُعَد تشفير بيانات الأسر: المفتاح نفسه أصبح محميًا الآن بعبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>The network&apos;s key of %1 is rotated: every household detail is sealed again with a new key under the new passphrase. Export a sync file now; each other laptop imports it with --passphrase-file (its current passphrase) and --new-passphrase-file (the new one). A lost laptop opens nothing made from now on.</source>
        <translation>تم تغيير مفتاح الشبكة في %1: أُعيد تشفير كل بيانات الأسر بمفتاح جديد تحت عبارة المرور الجديدة. صدّر ملف مزامنة الآن، وعلى كل حاسوب آخر أن يستورده مع --passphrase-file (عبارة مروره الحالية) و--new-passphrase-file (عبارة المرور الجديدة). لن يستطيع الحاسوب المفقود فتح أي شيء يُنشأ من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>Give the pantry its first passphrase and seal its personal details.</source>
        <translation>يعطي مخزن الطعام عبارة مروره الأولى ويشفّر بياناته الشخصية.</translation>
    </message>
    <message>
        <source>Makes the pantry&apos;s data key, wraps it with the passphrase and, in one transaction, seals every name, address, phone and note in the file, its log and open conflicts; values that newer ones replaced are erased. A pantry of a network made before this version must be given the network&apos;s passphrase.</source>
        <translation>ينشئ مفتاح بيانات مخزن الطعام، ويحميه بعبارة المرور، ويشفّر في معاملة واحدة كل اسم وعنوان ورقم هاتف وملاحظة في الملف وفي سجله وفي التعارضات المفتوحة؛ وتُمحى القيم التي حلّت محلها قيم أحدث. مخزن الطعام التابع لشبكة أُنشئت قبل هذا الإصدار يجب أن يُعطى عبارة مرور الشبكة.</translation>
    </message>
    <message>
        <source>Change the pantry&apos;s passphrase.</source>
        <translation>يغيّر عبارة مرور مخزن الطعام.</translation>
    </message>
    <message>
        <source>Wraps the pantry&apos;s data key with a new passphrase. Nothing else in the file changes.</source>
        <translation>يحمي مفتاح بيانات مخزن الطعام بعبارة مرور جديدة. لا يتغير أي شيء آخر في الملف.</translation>
    </message>
    <message>
        <source>Give the network a new key and passphrase, when a laptop is lost.</source>
        <translation>يعطي الشبكة مفتاحًا وعبارة مرور جديدين، عند فقدان حاسوب.</translation>
    </message>
    <message>
        <source>Makes a new data key, wraps it with the new passphrase and seals every personal value in the file, its log and open conflicts again with it, then compacts the file so nothing under the old key stays. Sync files made from now on carry the new key; the other laptops take it when they import one with the new passphrase, and a lost laptop, knowing only the old passphrase, opens none of them.</source>
        <translation>ينشئ مفتاح بيانات جديدًا، ويحميه بعبارة المرور الجديدة، ويعيد به تشفير كل قيمة شخصية في الملف وفي سجله وفي التعارضات المفتوحة، ثم يضغط الملف حتى لا يبقى فيه شيء تحت المفتاح القديم. ملفات المزامنة التي تُنشأ من الآن فصاعدًا تحمل المفتاح الجديد؛ وتأخذه الحواسيب الأخرى عندما تستورد أحدها بعبارة المرور الجديدة، أما الحاسوب المفقود، الذي لا يعرف إلا عبارة المرور القديمة، فلا يستطيع فتح أي منها.</translation>
    </message>
    <message>
        <source>Protect the pantry&apos;s personal details with a passphrase.</source>
        <translation>يحمي البيانات الشخصية لمخزن الطعام بعبارة مرور.</translation>
    </message>
    <message>
        <source>Give a subcommand: set (the first passphrase), change, or rotate (a new key and passphrase for the network, when a laptop is lost). %1</source>
        <translation>حدّد أمرًا فرعيًا: set (عبارة المرور الأولى)، أو change، أو rotate (مفتاح وعبارة مرور جديدان للشبكة، عند فقدان حاسوب). %1</translation>
    </message>
    <message>
        <source>give a subcommand: set, change or rotate</source>
        <translation>حدّد أمرًا فرعيًا: set أو change أو rotate</translation>
    </message>
</context>
<context>
    <name>larder::cli::PeopleCommands</name>
    <message>
        <source>--key must be one of %1, not &quot;%2&quot;</source>
        <translation>يجب أن يكون --key واحدًا من %1، وليس &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--map takes HEADER=field (or HEADER=- to skip a column), not &quot;%1&quot;</source>
        <translation>يقبل --map الصيغة HEADER=field (أو HEADER=- لتخطي عمود)، وليس &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Read %1: %2, separated by %3, %n row(s).</source>
        <translation>
            <numerusform>قُرئ %1: %2، مفصول بـ %3، لا توجد صفوف.</numerusform>
            <numerusform>قُرئ %1: %2، مفصول بـ %3، صف واحد.</numerusform>
            <numerusform>قُرئ %1: %2، مفصول بـ %3، صفان.</numerusform>
            <numerusform>قُرئ %1: %2، مفصول بـ %3، %n صفوف.</numerusform>
            <numerusform>قُرئ %1: %2، مفصول بـ %3، %n صفًا.</numerusform>
            <numerusform>قُرئ %1: %2، مفصول بـ %3، %n صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>علامات Tab</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>الأعمدة:</translation>
    </message>
    <message>
        <source>Rows matched on: %1.</source>
        <translation>طوبقت الصفوف حسب: %1.</translation>
    </message>
    <message>
        <source>Warning: row %1: %2</source>
        <translation>تحذير: الصف %1: %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>مشكلة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file: nothing was imported.</source>
        <translation>
            <numerusform>لا توجد مشكلات في الملف: لم يُستورد شيء.</numerusform>
            <numerusform>توجد مشكلة واحدة في الملف: لم يُستورد شيء.</numerusform>
            <numerusform>توجد مشكلتان في الملف: لم يُستورد شيء.</numerusform>
            <numerusform>توجد %n مشكلات في الملف: لم يُستورد شيء.</numerusform>
            <numerusform>توجد %n مشكلة في الملف: لم يُستورد شيء.</numerusform>
            <numerusform>توجد %n مشكلة في الملف: لم يُستورد شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the rows listed above (or choose columns with --map) and run the import again.</source>
        <translation>صحّح الصفوف المذكورة أعلاه (أو اختر الأعمدة باستخدام --map) ثم شغّل الاستيراد مرة أخرى.</translation>
    </message>
    <message>
        <source>Dry run: %1 to add, %2 to update, %3 unchanged. Nothing was written.</source>
        <translation>تجربة فقط: للإضافة %1، للتحديث %2، بلا تغيير %3. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>تم الاستيراد: أُضيف %1، وحُدّث %2، وبقي %3 بلا تغيير.</translation>
    </message>
    <message>
        <source>--redacted and --confirm-personal-data exclude each other</source>
        <translation>لا يمكن استخدام --redacted و--confirm-personal-data معًا</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n household(s) to %1</source>
        <translation>
            <numerusform>لم تُكتب أي أسرة في %1</numerusform>
            <numerusform>كُتبت أسرة واحدة في %1</numerusform>
            <numerusform>كُتبت أسرتان في %1</numerusform>
            <numerusform>كُتبت %n أسر في %1</numerusform>
            <numerusform>كُتبت %n أسرة في %1</numerusform>
            <numerusform>كُتبت %n أسرة في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to %1</source>
        <translation>
            <numerusform>لم يُكتب أي شخص في %1</numerusform>
            <numerusform>كُتب شخص واحد في %1</numerusform>
            <numerusform>كُتب شخصان في %1</numerusform>
            <numerusform>كُتب %n أشخاص في %1</numerusform>
            <numerusform>كُتب %n شخصًا في %1</numerusform>
            <numerusform>كُتب %n شخص في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(personal data: only you can read the file; keep it safe and delete it when done).</source>
        <translation>(بيانات شخصية: لا يستطيع أحد غيرك قراءة الملف؛ احفظه في مكان آمن واحذفه عند الانتهاء).</translation>
    </message>
    <message>
        <source>(redacted: no names, phones or addresses).</source>
        <translation>(بدون بيانات شخصية: لا أسماء ولا أرقام هواتف ولا عناوين).</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n household(s) left out: too few households shared their values (the file&apos;s first lines say how it was made anonymous).</source>
        <translation>
            <numerusform>ملاحظة: لم تُستبعد أي أسرة.</numerusform>
            <numerusform>ملاحظة: استُبعدت أسرة واحدة لأن عددًا قليلًا جدًا من الأسر يشترك في قيمها (توضح الأسطر الأولى من الملف كيف أُخفيت الهوية).</numerusform>
            <numerusform>ملاحظة: استُبعدت أسرتان لأن عددًا قليلًا جدًا من الأسر يشترك في قيمهما (توضح الأسطر الأولى من الملف كيف أُخفيت الهوية).</numerusform>
            <numerusform>ملاحظة: استُبعدت %n أسر لأن عددًا قليلًا جدًا من الأسر يشترك في قيمها (توضح الأسطر الأولى من الملف كيف أُخفيت الهوية).</numerusform>
            <numerusform>ملاحظة: استُبعدت %n أسرة لأن عددًا قليلًا جدًا من الأسر يشترك في قيمها (توضح الأسطر الأولى من الملف كيف أُخفيت الهوية).</numerusform>
            <numerusform>ملاحظة: استُبعدت %n أسرة لأن عددًا قليلًا جدًا من الأسر يشترك في قيمها (توضح الأسطر الأولى من الملف كيف أُخفيت الهوية).</numerusform>
        </translation>
    </message>
    <message>
        <source>No household has been closed for more than %1 months.</source>
        <translation>لا توجد أسرة مغلقة منذ أكثر من %1 شهرًا.</translation>
    </message>
    <message>
        <source>  closed since %1  %2</source>
        <translation>  مغلقة منذ %1  %2</translation>
    </message>
    <message>
        <source>%1 household(s) would be erased (--dry-run: nothing changed).</source>
        <translation>عدد الأسر التي ستُمحى: %1 (--dry-run: لم يتغير شيء).</translation>
    </message>
    <message>
        <source>Erased %1 household(s): their values are gone from this file and leave the backups at the next backup and the other laptops at their next sync.</source>
        <translation>عدد الأسر التي مُحيت: %1. لم تعد قيمها موجودة في هذا الملف، وستُزال من النسخ الاحتياطية عند أخذ النسخة الاحتياطية التالية، ومن الحواسيب الأخرى عند مزامنتها التالية.</translation>
    </message>
    <message>
        <source>No households yet; bring a spreadsheet in with larder-cli --db FILE households import FILE.csv.</source>
        <translation>لا توجد أسر بعد؛ أدخِل جدول بيانات باستخدام larder-cli --db FILE households import FILE.csv.</translation>
    </message>
    <message>
        <source>No household matches.</source>
        <translation>لا توجد أسرة مطابقة.</translation>
    </message>
    <message>
        <source>Name they chose</source>
        <translation>الاسم الذي اختاروه</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No volunteers yet; bring a list in with larder-cli --db FILE people import FILE.csv.</source>
        <translation>لا يوجد متطوعون بعد؛ أدخِل قائمة باستخدام larder-cli --db FILE people import FILE.csv.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>الصناديق</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>الأيام المعتادة</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Bring households in from a CSV file.</source>
        <translation>يستورد الأسر من ملف CSV.</translation>
    </message>
    <message>
        <source>Bring volunteers and drivers in from a CSV file.</source>
        <translation>يستورد المتطوعين والسائقين من ملف CSV.</translation>
    </message>
    <message>
        <source>Reads a spreadsheet&apos;s CSV (UTF-8 or Windows-1252; comma, semicolon or tab), takes each column as the field its header names in English or Spanish (--map HEADER=field to choose; HEADER=- to skip), checks every row as the form would and lists every problem with its row and column. With any problem nothing is imported; otherwise all rows are written at once. A row whose key (--key: %1) matches a record on file updates it, so importing a file again adds nothing. Columns for a legal ID, immigration status, income, date of birth or photos are never imported. Fields: %2.</source>
        <translation>يقرأ ملف CSV من جدول بيانات (UTF-8 أو Windows-1252؛ مفصول بفواصل أو فواصل منقوطة أو علامات Tab)، ويأخذ كل عمود على أنه الحقل الذي يسمّيه عنوانه بالإنجليزية أو الإسبانية (--map HEADER=field للاختيار؛ HEADER=- للتخطي)، ويفحص كل صف كما يفعل النموذج، ويعرض كل مشكلة مع صفها وعمودها. إذا وُجدت أي مشكلة فلا يُستورد شيء؛ وإلا تُكتب كل الصفوف مرة واحدة. الصف الذي يطابق مفتاحُه (--key: %1) سجلًا موجودًا يحدّث ذلك السجل، لذا فإن استيراد الملف مرة أخرى لا يضيف شيئًا. لا تُستورد أبدًا أعمدة وثيقة الهوية الرسمية أو وضع الهجرة أو الدخل أو تاريخ الميلاد أو الصور. الحقول: %2.</translation>
    </message>
    <message>
        <source>take column HEADER as field; repeat for more</source>
        <translation>اعتبر العمود HEADER هو الحقل field؛ كرّر الخيار لأعمدة أخرى</translation>
    </message>
    <message>
        <source>match rows to records on file by this key</source>
        <translation>طابق الصفوف مع السجلات الموجودة حسب هذا المفتاح</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>افحص وأبلغ، دون كتابة أي شيء</translation>
    </message>
    <message>
        <source>Write the households to a CSV file.</source>
        <translation>يكتب الأسر في ملف CSV.</translation>
    </message>
    <message>
        <source>Write the volunteers to a CSV file.</source>
        <translation>يكتب المتطوعين في ملف CSV.</translation>
    </message>
    <message>
        <source>A full export holds names, addresses and phones, and is written only with --confirm-personal-data (the file is then readable by its owner only). --redacted leaves out every personal column and the record ids and cuts postal codes to their area, for reports; households then show only postal area, size band, status and month or year added, coarse enough that every row is shared by at least 5 households (the rest are left out, and the file&apos;s first lines say so). A full export re-imports onto the same records with --key id.</source>
        <translation>التصدير الكامل يحتوي على الأسماء والعناوين وأرقام الهواتف، ولا يُكتب إلا مع --confirm-personal-data (ولا يستطيع قراءة الملف حينها إلا مالكه). أما --redacted فيستبعد كل عمود شخصي ومعرّفات السجلات، ويختصر الرموز البريدية إلى منطقتها، لاستخدامه في التقارير؛ وعندها لا تظهر للأسر إلا المنطقة البريدية وفئة الحجم والحالة وشهر الإضافة أو سنتها، وهي معلومات عامة بما يكفي لأن تشترك في كل صف 5 أسر على الأقل (ويُستبعد الباقي، وتذكر الأسطر الأولى من الملف ذلك). يمكن إعادة استيراد التصدير الكامل إلى السجلات نفسها باستخدام --key id.</translation>
    </message>
    <message>
        <source>no names, phones or street addresses</source>
        <translation>بدون أسماء أو أرقام هواتف أو عناوين شوارع</translation>
    </message>
    <message>
        <source>I know this file contains personal data</source>
        <translation>أعلم أن هذا الملف يحتوي على بيانات شخصية</translation>
    </message>
    <message>
        <source>List the households.</source>
        <translation>يعرض الأسر.</translation>
    </message>
    <message>
        <source>Lists the households by name with postal code, size, languages, schedule and status — never their addresses or phones. --search finds them as the households page does (name, address, notes, phone digits; accents and case ignored); --status active,paused filters. --json prints {&quot;households&quot;: [{&quot;id&quot;, &quot;chosen_name&quot;, &quot;postal_code&quot;, &quot;size&quot;, &quot;languages&quot;, &quot;dietary_tags&quot;, &quot;schedule&quot;, &quot;status&quot;}]}.</source>
        <translation>يعرض الأسر حسب الاسم مع الرمز البريدي والحجم واللغات والمواعيد والحالة — ولا يعرض عناوينها أو أرقام هواتفها أبدًا. يبحث --search عنها كما تفعل صفحة الأسر (الاسم، العنوان، الملاحظات، أرقام الهاتف؛ مع تجاهل علامات التشكيل وحالة الأحرف)؛ ويصفّي --status active,paused النتائج. يطبع --json {&quot;households&quot;: [{&quot;id&quot;, &quot;chosen_name&quot;, &quot;postal_code&quot;, &quot;size&quot;, &quot;languages&quot;, &quot;dietary_tags&quot;, &quot;schedule&quot;, &quot;status&quot;}]}.</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>الكلمات المراد البحث عنها</translation>
    </message>
    <message>
        <source>active, paused or closed</source>
        <translation>active أو paused أو closed</translation>
    </message>
    <message>
        <source>List the volunteers and drivers.</source>
        <translation>يعرض المتطوعين والسائقين.</translation>
    </message>
    <message>
        <source>Lists the active volunteers with roles, vehicle capacity, languages, usual days and the household they belong to; --all adds inactive ones. --json prints {&quot;people&quot;: [{&quot;id&quot;, &quot;display_name&quot;, &quot;roles&quot;, &quot;vehicle_capacity&quot;, &quot;languages&quot;, &quot;usual_days&quot;, &quot;household_id&quot;, &quot;active&quot;}]}.</source>
        <translation>يعرض المتطوعين النشطين مع أدوارهم وسعة المركبة واللغات والأيام المعتادة والأسرة التي ينتمون إليها؛ ويضيف --all غير النشطين. يطبع --json {&quot;people&quot;: [{&quot;id&quot;, &quot;display_name&quot;, &quot;roles&quot;, &quot;vehicle_capacity&quot;, &quot;languages&quot;, &quot;usual_days&quot;, &quot;household_id&quot;, &quot;active&quot;}]}.</translation>
    </message>
    <message>
        <source>include inactive people</source>
        <translation>تضمين الأشخاص غير النشطين</translation>
    </message>
    <message>
        <source>Erase households closed for longer than the retention period.</source>
        <translation>يمحو الأسر المغلقة منذ مدة أطول من فترة الاحتفاظ.</translation>
    </message>
    <message>
        <source>Lists the households closed for more than --months (default: the pantry&apos;s setting, 12) and erases them: their values leave this file and its operation log now, its backups at the next backup, and every laptop of the network at its next sync. --dry-run only lists them. --json prints {&quot;months&quot;, &quot;dry_run&quot;, &quot;purged&quot;, &quot;households&quot;: [{&quot;id&quot;, &quot;closed_since&quot;}]} (no names).</source>
        <translation>يعرض الأسر المغلقة منذ أكثر من --months (الافتراضي: إعداد مخزن الطعام، 12) ويمحوها: تخرج قيمها الآن من هذا الملف ومن سجل عملياته، ومن نسخه الاحتياطية عند أخذ النسخة الاحتياطية التالية، ومن كل حاسوب في الشبكة عند مزامنته التالية. يكتفي --dry-run بعرضها. يطبع --json {&quot;months&quot;, &quot;dry_run&quot;, &quot;purged&quot;, &quot;households&quot;: [{&quot;id&quot;, &quot;closed_since&quot;}]} (بدون أسماء).</translation>
    </message>
    <message>
        <source>closed for more than N months</source>
        <translation>المغلقة منذ أكثر من N شهرًا</translation>
    </message>
    <message>
        <source>list them, erase nothing</source>
        <translation>اعرضها فقط، دون محو أي شيء</translation>
    </message>
    <message>
        <source>List, import, export or purge households.</source>
        <translation>عرض الأسر أو استيرادها أو تصديرها أو محوها.</translation>
    </message>
    <message>
        <source>Without a subcommand, lists the households (as households list).</source>
        <translation>بدون أمر فرعي، يعرض الأسر (مثل households list).</translation>
    </message>
    <message>
        <source>List, import or export volunteers and drivers.</source>
        <translation>عرض المتطوعين والسائقين أو استيرادهم أو تصديرهم.</translation>
    </message>
    <message>
        <source>Without a subcommand, lists the people (as people list).</source>
        <translation>بدون أمر فرعي، يعرض الأشخاص (مثل people list).</translation>
    </message>
</context>
<context>
    <name>larder::cli::PrintCommands</name>
    <message>
        <source>the distribution day (YYYY-MM-DD)</source>
        <translation>يوم التوزيع (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <source>only this route number</source>
        <translation>المسار الذي يحمل هذا الرقم فقط</translation>
    </message>
    <message>
        <source>--date is required: the distribution day, as YYYY-MM-DD</source>
        <translation>--date مطلوب: يوم التوزيع، بالشكل YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--date must be a day such as 2026-03-07, not &quot;%1&quot;</source>
        <translation>يجب أن يكون --date يومًا مثل 2026-03-07، وليس &quot;%1&quot;</translation>
    </message>
    <message>
        <source>-o OUT.pdf is required: where to write the PDF</source>
        <translation>-o OUT.pdf مطلوب: مكان كتابة ملف PDF</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>كُتب %1 في %2</translation>
    </message>
    <message>
        <source>--layout must be compact or full, not &quot;%1&quot;</source>
        <translation>يجب أن يكون --layout إما compact أو full، وليس &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 pickup route(s)</source>
        <translation>مسارات الجمع (%1)</translation>
    </message>
    <message>
        <source>%1 route sheet(s)</source>
        <translation>أوراق المسارات (%1)</translation>
    </message>
    <message>
        <source>%1 packing list(s)</source>
        <translation>قوائم التعبئة (%1)</translation>
    </message>
    <message>
        <source>the pick list (%1 line(s))</source>
        <translation>قائمة الانتقاء (عدد الأسطر: %1)</translation>
    </message>
    <message>
        <source>letter or a4 (default: the pantry&apos;s paper size setting)</source>
        <translation>letter أو a4 (الافتراضي: إعداد حجم الورق في مخزن الطعام)</translation>
    </message>
    <message>
        <source>Print a distribution day&apos;s route sheets, packing lists or pick list to PDF.</source>
        <translation>يطبع أوراق المسارات أو قوائم التعبئة أو قائمة الانتقاء ليوم التوزيع في ملف PDF.</translation>
    </message>
    <message>
        <source>Writes the papers of a distribution day as one PDF, on Letter or A4 (the pantry&apos;s paper size setting unless --paper is given). The file is written under a temporary name and renamed at the end, so a failure never leaves half a file. Under the privacy setting (sheet_initials_only) names print as initials and no phone is printed.</source>
        <translation>يكتب أوراق يوم التوزيع في ملف PDF واحد، بحجم Letter أو A4 (إعداد حجم الورق في مخزن الطعام ما لم يُحدَّد --paper). يُكتب الملف باسم مؤقت ثم يُعاد تسميته في النهاية، لذا لا يترك الفشل أبدًا نصف ملف. مع إعداد الخصوصية (sheet_initials_only) تُطبع الأسماء بالأحرف الأولى فقط ولا يُطبع أي رقم هاتف.</translation>
    </message>
    <message>
        <source>say what to print: route-sheets, packing-lists or pick-list</source>
        <translation>حدّد ما تريد طباعته: route-sheets أو packing-lists أو pick-list</translation>
    </message>
    <message>
        <source>One route sheet per driver.</source>
        <translation>ورقة مسار واحدة لكل سائق.</translation>
    </message>
    <message>
        <source>One sheet per driver of the day&apos;s delivery runs, in route order: the header (date, route, driver, capacity, start, stops, estimated km and minutes, the pantry&apos;s phone), the route&apos;s sketch map, then each stop with its number, the household&apos;s chosen name, address or meeting point, what is in the box, languages, delivery notes, access needs, the phone only where the household agreed, and tick boxes for the outcome. On a day with only supplier pickup runs, prints their pickup routes instead.</source>
        <translation>ورقة واحدة لكل سائق في جولات التوصيل لذلك اليوم، بترتيب المسار: الترويسة (التاريخ، والمسار، والسائق، والسعة، ونقطة الانطلاق، والمحطات، والكيلومترات والدقائق المقدّرة، وهاتف مخزن الطعام)، ثم خريطة تقريبية للمسار، ثم كل محطة مع رقمها، والاسم الذي اختارته الأسرة، والعنوان أو نقطة اللقاء، ومحتويات الصندوق، واللغات، وملاحظات التوصيل، واحتياجات الوصول، ورقم الهاتف فقط إذا وافقت الأسرة، ومربعات لتحديد النتيجة. في يوم لا يحتوي إلا على جولات جمع من المورّدين، تُطبع مسارات الجمع بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>compact (one row a stop, about twelve a page) or full (the default: the pantry&apos;s setting)</source>
        <translation>compact (صف واحد لكل محطة، نحو اثنتي عشرة محطة في الصفحة) أو full (الافتراضي: إعداد مخزن الطعام)</translation>
    </message>
    <message>
        <source>One packing list per route, in loading order.</source>
        <translation>قائمة تعبئة واحدة لكل مسار، بترتيب التحميل.</translation>
    </message>
    <message>
        <source>One list per route of the day&apos;s delivery runs, last stop first (the order to load the car in): stop number, household, boxes and contents.</source>
        <translation>قائمة واحدة لكل مسار من جولات التوصيل لذلك اليوم، تبدأ بآخر محطة (ترتيب تحميل السيارة): رقم المحطة، والأسرة، والصناديق ومحتوياتها.</translation>
    </message>
    <message>
        <source>What to take from each place for the whole day.</source>
        <translation>ما يؤخذ من كل مكان لليوم بأكمله.</translation>
    </message>
    <message>
        <source>Everything set aside for the day&apos;s runs, grouped by location: item, use-by date and quantity.</source>
        <translation>كل ما حُجز لجولات اليوم، مجمّعًا حسب المكان: الصنف، وتاريخ انتهاء الصلاحية، والكمية.</translation>
    </message>
    <message>
        <source>the papers&apos; language: en, es or ar (default: the pantry&apos;s setting for papers, else the language larder-cli speaks)</source>
        <translation>لغة الأوراق: en أو es أو ar (الافتراضي: إعداد مخزن الطعام للأوراق، وإلا فاللغة التي يتحدث بها larder-cli)</translation>
    </message>
</context>
<context>
    <name>larder::cli::ReportCommands</name>
    <message>
        <source>the first day of the period (YYYY-MM-DD)</source>
        <translation>اليوم الأول من الفترة (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the last day of the period (YYYY-MM-DD)</source>
        <translation>اليوم الأخير من الفترة (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>instead of --from and --to: this-week, last-week, this-month, last-month, this-quarter, this-year or last-year</source>
        <translation>بدلًا من --from و--to: this-week أو last-week أو this-month أو last-month أو this-quarter أو this-year أو last-year</translation>
    </message>
    <message>
        <source>one pantry of the network, by name or site id (default: every pantry whose records this file holds)</source>
        <translation>مخزن طعام واحد من الشبكة، بالاسم أو بمعرّف الموقع (الافتراضي: كل مخازن الطعام التي يحتوي هذا الملف على سجلاتها)</translation>
    </message>
    <message>
        <source>--%1 must be a day such as 2026-03-07, not &quot;%2&quot;</source>
        <translation>يجب أن يكون --%1 يومًا مثل 2026-03-07، وليس &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Report: %1, %2</source>
        <translation>التقرير: %1، %2</translation>
    </message>
    <message>
        <source>all pantries in this file</source>
        <translation>كل مخازن الطعام في هذا الملف</translation>
    </message>
    <message>
        <source>Could not write to the standard output.</source>
        <translation>تعذّرت الكتابة في المخرجات القياسية.</translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2.</source>
        <translation>كُتب تقرير %1 في %2.</translation>
    </message>
    <message>
        <source>The figures of a period, as the Reports page shows them.</source>
        <translation>أرقام فترة ما، كما تعرضها صفحة التقارير.</translation>
    </message>
    <message>
        <source>Households served, deliveries by outcome, stock given out, received and thrown away (by category, source, supplier and reason, in units and weight), what is on hand and expires soon, and the checks on supply, for a period. Every figure comes from the ledger and the recorded outcomes. --json prints every figure exactly; --csv prints the export a group hands on, with counts of fewer than 5 households shown as &quot;&lt;5&quot;. No names, phones or addresses are printed.</source>
        <translation>الأسر التي خُدمت، والتوصيلات حسب النتيجة، والمخزون الذي وُزّع واستُلم وأُتلف (حسب الفئة والمصدر والمورّد والسبب، بالوحدات والوزن)، وما هو متوفر وما تقترب صلاحيته من الانتهاء، وفحوصات الإمداد، لفترة ما. كل رقم مأخوذ من سجل المخزون والنتائج المسجلة. يطبع --json كل رقم بدقة؛ ويطبع --csv ملف التصدير الذي تسلّمه المجموعة لغيرها، مع إظهار الأعداد الأقل من 5 أسر على شكل &quot;&lt;5&quot;. لا تُطبع أي أسماء أو أرقام هواتف أو عناوين.</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>اطبع بصيغة JSON للبرامج النصية</translation>
    </message>
    <message>
        <source>print the CSV export</source>
        <translation>اطبع ملف التصدير CSV</translation>
    </message>
    <message>
        <source>The one-page report of a period as PDF, charts included.</source>
        <translation>تقرير الفترة في صفحة واحدة بصيغة PDF، مع الرسوم البيانية.</translation>
    </message>
    <message>
        <source>Writes the key figures and four charts of a period on one page, for a network or a supplier: no names, phones or addresses, and counts of fewer than 5 households shown as &quot;&lt;5&quot;. The paper is the pantry&apos;s paper size setting unless --paper says otherwise.</source>
        <translation>يكتب الأرقام الرئيسية وأربعة رسوم بيانية لفترة ما في صفحة واحدة، لشبكة أو لمورّد: بدون أسماء أو أرقام هواتف أو عناوين، مع إظهار الأعداد الأقل من 5 أسر على شكل &quot;&lt;5&quot;. حجم الورق هو إعداد حجم الورق في مخزن الطعام ما لم يحدد --paper غير ذلك.</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <source>Reports: a period&apos;s figures as text, JSON, CSV or a one-page PDF.</source>
        <translation>التقارير: أرقام فترة ما على شكل نص أو JSON أو CSV أو ملف PDF من صفحة واحدة.</translation>
    </message>
    <message>
        <source>report summary prints a period&apos;s figures; report pdf writes them on one page with charts. See each one&apos;s --help.</source>
        <translation>يطبع report summary أرقام فترة ما؛ ويكتبها report pdf في صفحة واحدة مع رسوم بيانية. راجع --help لكل منهما.</translation>
    </message>
    <message>
        <source>say what to make: report summary or report pdf</source>
        <translation>حدّد ما تريد إنشاءه: report summary أو report pdf</translation>
    </message>
</context>
<context>
    <name>larder::cli::RequestCommands</name>
    <message>
        <source>%1 %2 match &quot;%3&quot;.</source>
        <translation>عدد السجلات من نوع «%2» التي تطابق &quot;%3&quot;: %1.</translation>
    </message>
    <message>
        <source>Type more of the name, or the id.</source>
        <translation>اكتب جزءًا أطول من الاسم، أو المعرّف.</translation>
    </message>
    <message>
        <source>no %1 matches &quot;%2&quot;.</source>
        <translation>لا يوجد سجل من نوع «%1» يطابق &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>List them with larder-cli households list or people.</source>
        <translation>اعرضها باستخدام larder-cli households list أو people.</translation>
    </message>
    <message>
        <source>household</source>
        <translation>أسرة</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>no %1 has the id &quot;%2&quot;.</source>
        <translation>لا يوجد سجل من نوع «%1» بالمعرّف &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 %2s have ids like &quot;%3&quot;.</source>
        <translation>عدد السجلات من نوع «%2» التي تشبه معرّفاتها &quot;%3&quot;: %1.</translation>
    </message>
    <message>
        <source>Copy the id from the list.</source>
        <translation>انسخ المعرّف من القائمة.</translation>
    </message>
    <message>
        <source>request</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>say what it is: --item NAME (from the catalog) or --what TEXT with --category C</source>
        <translation>حدّد ما هو: --item NAME (من الفهرس) أو --what TEXT مع --category C</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; ليس تاريخًا.</translation>
    </message>
    <message>
        <source>Type it as YYYY-MM-DD.</source>
        <translation>اكتبه بالشكل YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>a catalog item (name, barcode or id)</source>
        <translation>صنف من الفهرس (الاسم أو الباركود أو المعرّف)</translation>
    </message>
    <message>
        <source>what it is, in words (&quot;winter coat, age 8&quot;)</source>
        <translation>ما هو، بالكلمات (&quot;winter coat, age 8&quot;)</translation>
    </message>
    <message>
        <source>how many (1 to %1; default 1)</source>
        <translation>الكمية (من 1 إلى %1؛ الافتراضي 1)</translation>
    </message>
    <message>
        <source>anything else the team should know</source>
        <translation>أي شيء آخر ينبغي أن يعرفه الفريق</translation>
    </message>
    <message>
        <source>say who asks: --household NAME or --person NAME</source>
        <translation>حدّد من يطلب: --household NAME أو --person NAME</translation>
    </message>
    <message>
        <source>Added the request of %1: %2 (%3), id %4.</source>
        <translation>تمت إضافة طلب %1: %2 (%3)، المعرّف %4.</translation>
    </message>
    <message>
        <source>Note: it rides with the household&apos;s next distribution day once its packages are allocated and enough is in stock.</source>
        <translation>ملاحظة: سيُرسَل مع الأسرة في يوم التوزيع التالي لها بعد تخصيص حصص ذلك اليوم وتوفّر كمية كافية في المخزون.</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>لا توجد طلبات مفتوحة.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Taken on by</source>
        <translation>تولّاه</translation>
    </message>
    <message>
        <source>packed for %1</source>
        <translation>مُعبأ ليوم %1</translation>
    </message>
    <message>
        <source>Closed unmet: %1&apos;s request for %2 (%3).</source>
        <translation>أُغلق دون تلبية: طلب %1 لـ %2 (%3).</translation>
    </message>
    <message>
        <source>say who offers it: one of --household NAME, --person NAME or --from TEXT (a neighbour not on file)</source>
        <translation>حدّد من يعرضه: واحد من --household NAME أو --person NAME أو --from TEXT (جار غير مسجّل)</translation>
    </message>
    <message>
        <source>Added the offer of %1: %2, to be picked up; id %3.</source>
        <translation>تمت إضافة عرض %1: %2، يحتاج إلى استلام؛ المعرّف %3.</translation>
    </message>
    <message>
        <source>Added the offer of %1: %2, brought to the pantry; id %3.</source>
        <translation>تمت إضافة عرض %1: %2، سيُحضَر إلى مخزن الطعام؛ المعرّف %3.</translation>
    </message>
    <message>
        <source>No open offers.</source>
        <translation>لا توجد عروض مفتوحة.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>مِن</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>pick up</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>brought</source>
        <translation>يُحضَر</translation>
    </message>
    <message>
        <source>Received %1 from %2.</source>
        <translation>تم تسلّم %1 من %2.</translation>
    </message>
    <message>
        <source>Received %1 from %2 into stock, as a donation.</source>
        <translation>تم تسلّم %1 من %2 وإدخاله في المخزون كتبرّع.</translation>
    </message>
    <message>
        <source>The pickup is a stop of the %1 day of %2; plan the day again to put it on a route.</source>
        <translation>الاستلام الآن محطة في جولة %1 ليوم %2؛ خطّط اليوم مرة أخرى لوضعه على مسار.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>المعروض</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>حالة الطلب</translation>
    </message>
    <message>
        <source>No confirmed matches.</source>
        <translation>لا توجد مطابقات مؤكدة.</translation>
    </message>
    <message>
        <source>No offer matches an open request.</source>
        <translation>لا يوجد عرض يطابق أي طلب مفتوح.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>same item</source>
        <translation>الصنف نفسه</translation>
    </message>
    <message>
        <source>%1 word(s) in common</source>
        <translation>كلمات مشتركة: %1</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>كمية كافية</translation>
    </message>
    <message>
        <source>not all of it</source>
        <translation>ليس كل المطلوب</translation>
    </message>
    <message>
        <source>Confirm one with larder-cli --db FILE matches confirm REQUEST OFFER (the ids, or their last 12 characters as shown).</source>
        <translation>أكّد إحداها باستخدام larder-cli --db FILE matches confirm REQUEST OFFER (المعرّفات، أو آخر 12 حرفًا منها كما تظهر).</translation>
    </message>
    <message>
        <source>Matched: %1 from %2 for %3.</source>
        <translation>تمت المطابقة: %1 من %2 لـ %3.</translation>
    </message>
    <message>
        <source>Next: put the pickup on a day (offers pickup %1 --date YYYY-MM-DD).</source>
        <translation>الخطوة التالية: ضع الاستلام في يوم (offers pickup %1 --date YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Next: when it is brought, offers receive %1.</source>
        <translation>الخطوة التالية: عند إحضاره، offers receive %1.</translation>
    </message>
    <message>
        <source>What households and volunteers asked for: add, list, close.</source>
        <translation>ما طلبته الأسر والمتطوعون: add، list، close.</translation>
    </message>
    <message>
        <source>Lists the open requests, most urgent then oldest first (--all: every request; --household H: one household&apos;s). A request for a catalog item rides with the household&apos;s next distribution day once the day&apos;s packages are allocated and enough is in stock; delivered closes it, not home keeps it open. --json prints {&quot;requests&quot;: [{&quot;id&quot;, &quot;who&quot;, &quot;what&quot;, &quot;quantity&quot;, &quot;category&quot;, &quot;urgency&quot;, &quot;status&quot;, &quot;requested_on&quot;, ...}]}.</source>
        <translation>يعرض الطلبات المفتوحة، الأكثر استعجالًا ثم الأقدم أولًا (--all: كل الطلبات؛ --household H: طلبات أسرة واحدة). الطلب الخاص بصنف من الفهرس يُرسَل مع الأسرة في يوم التوزيع التالي لها بعد تخصيص حصص ذلك اليوم وتوفّر كمية كافية في المخزون؛ ونتيجة «تم التسليم» تغلقه، أما «غير موجودين في المنزل» فتُبقيه مفتوحًا. الخيار --json يطبع {&quot;requests&quot;: [{&quot;id&quot;, &quot;who&quot;, &quot;what&quot;, &quot;quantity&quot;, &quot;category&quot;, &quot;urgency&quot;, &quot;status&quot;, &quot;requested_on&quot;, ...}]}.</translation>
    </message>
    <message>
        <source>every request, closed ones too</source>
        <translation>كل الطلبات، بما فيها المغلقة</translation>
    </message>
    <message>
        <source>only this household&apos;s (name or id)</source>
        <translation>طلبات هذه الأسرة فقط (الاسم أو المعرّف)</translation>
    </message>
    <message>
        <source>the household asking (name or id)</source>
        <translation>الأسرة التي تطلب (الاسم أو المعرّف)</translation>
    </message>
    <message>
        <source>or the volunteer asking (name or id)</source>
        <translation>أو المتطوع الذي يطلب (الاسم أو المعرّف)</translation>
    </message>
    <message>
        <source>who takes it on (name or id)</source>
        <translation>من يتولّاه (الاسم أو المعرّف)</translation>
    </message>
    <message>
        <source>Add a request.</source>
        <translation>يضيف طلبًا.</translation>
    </message>
    <message>
        <source>Adds what a household (or volunteer) asks for: a catalog item and quantity, or words and a category. Urgency: %1 (default normal).</source>
        <translation>يضيف ما تطلبه أسرة (أو متطوع): صنفًا من الفهرس وكميته، أو كلمات وفئة. درجة الاستعجال: %1 (الافتراضي normal).</translation>
    </message>
    <message>
        <source>Close a request unmet, with the reason.</source>
        <translation>يغلق طلبًا دون تلبية، مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Closes a request that will not be met (found elsewhere, no longer needed); stock set aside for it goes back.</source>
        <translation>يغلق طلبًا لن تتم تلبيته (وُجد في مكان آخر، لم يعد مطلوبًا)؛ ويعود إلى المخزون ما حُجز له.</translation>
    </message>
    <message>
        <source>why it is closed</source>
        <translation>سبب إغلاقه</translation>
    </message>
    <message>
        <source>What neighbours offer: add, list, receive, pickup.</source>
        <translation>ما يعرضه الجيران: add، list، receive، pickup.</translation>
    </message>
    <message>
        <source>Lists the open and matched offers (--all: every offer). --json prints {&quot;offers&quot;: [{&quot;id&quot;, &quot;from&quot;, &quot;what&quot;, &quot;quantity&quot;, &quot;category&quot;, &quot;pickup&quot;, &quot;status&quot;, ...}]}.</source>
        <translation>يعرض العروض المفتوحة والمطابَقة (--all: كل العروض). الخيار --json يطبع {&quot;offers&quot;: [{&quot;id&quot;, &quot;from&quot;, &quot;what&quot;, &quot;quantity&quot;, &quot;category&quot;, &quot;pickup&quot;, &quot;status&quot;, ...}]}.</translation>
    </message>
    <message>
        <source>every offer, received and withdrawn too</source>
        <translation>كل العروض، بما فيها التي تم تسلّمها أو سُحبت</translation>
    </message>
    <message>
        <source>the household offering (name or id)</source>
        <translation>الأسرة التي تعرض (الاسم أو المعرّف)</translation>
    </message>
    <message>
        <source>or the volunteer offering (name or id)</source>
        <translation>أو المتطوع الذي يعرض (الاسم أو المعرّف)</translation>
    </message>
    <message>
        <source>or a neighbour not on file: how the team knows them</source>
        <translation>أو جار غير مسجّل: كيف يعرفه الفريق</translation>
    </message>
    <message>
        <source>a phone number for the pickup</source>
        <translation>رقم هاتف للاستلام</translation>
    </message>
    <message>
        <source>where to pick it up (default: the household&apos;s)</source>
        <translation>مكان الاستلام (الافتراضي: عنوان الأسرة)</translation>
    </message>
    <message>
        <source>coordinates or a map link for the pickup</source>
        <translation>إحداثيات أو رابط خريطة لمكان الاستلام</translation>
    </message>
    <message>
        <source>it needs picking up (else they bring it)</source>
        <translation>يحتاج إلى استلام (وإلا فسيُحضرونه)</translation>
    </message>
    <message>
        <source>room it takes in a car, in boxes (default 1)</source>
        <translation>المساحة التي يشغلها في السيارة، بالصناديق (الافتراضي 1)</translation>
    </message>
    <message>
        <source>available from (YYYY-MM-DD)</source>
        <translation>متوفر من (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>available until (YYYY-MM-DD)</source>
        <translation>متوفر حتى (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Add an offer.</source>
        <translation>يضيف عرضًا.</translation>
    </message>
    <message>
        <source>Adds what someone can give: a catalog item and quantity, or words and a category; whether it needs picking up, and until when.</source>
        <translation>يضيف ما يستطيع شخص تقديمه: صنفًا من الفهرس وكميته، أو كلمات وفئة؛ وهل يحتاج إلى استلام، وحتى متى.</translation>
    </message>
    <message>
        <source>Record an offer as received at the pantry.</source>
        <translation>يسجّل تسلّم عرض في مخزن الطعام.</translation>
    </message>
    <message>
        <source>An offer of a catalog item enters the ledger as a donation, into --location (default: the first location). A pickup on a distribution day is received by its outcome instead.</source>
        <translation>العرض الخاص بصنف من الفهرس يدخل دفتر الحركات كتبرّع، في --location (الافتراضي: أول موقع). أما الاستلام في يوم توزيع فيُسجَّل تسلّمه من نتيجته بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>where it goes</source>
        <translation>أين يوضع</translation>
    </message>
    <message>
        <source>Put an offer&apos;s pickup on a distribution day.</source>
        <translation>يضع استلام عرض في يوم توزيع.</translation>
    </message>
    <message>
        <source>Adds the pickup as a stop of the day&apos;s delivery run (or --kind supplier_pickup); planning puts it on a route, and its boxes count against the vehicle&apos;s room.</source>
        <translation>يضيف الاستلام كمحطة في جولة التوصيل لذلك اليوم (أو --kind supplier_pickup)؛ ويضعه التخطيط على مسار، وتُحتسب صناديقه من مساحة المركبة.</translation>
    </message>
    <message>
        <source>Offers that answer requests: list, confirm.</source>
        <translation>عروض تلبّي طلبات: list، confirm.</translation>
    </message>
    <message>
        <source>Lists the matches Larder proposes between open requests and open offers: same category, and the same item or words in common; requests most urgent then oldest first, and for each the same item, more words in common and enough quantity first. --confirmed lists the confirmed ones. --json prints {&quot;proposals&quot;: [{&quot;request&quot;, &quot;offer&quot;, &quot;same_item&quot;, &quot;shared_words&quot;, &quot;enough&quot;, &quot;score&quot;}]}.</source>
        <translation>يعرض المطابقات التي يقترحها Larder بين الطلبات المفتوحة والعروض المفتوحة: الفئة نفسها، والصنف نفسه أو كلمات مشتركة؛ الطلبات الأكثر استعجالًا ثم الأقدم أولًا، ولكل طلب: الصنف نفسه، ثم الكلمات المشتركة الأكثر، ثم الكمية الكافية أولًا. الخيار --confirmed يعرض المطابقات المؤكدة. الخيار --json يطبع {&quot;proposals&quot;: [{&quot;request&quot;, &quot;offer&quot;, &quot;same_item&quot;, &quot;shared_words&quot;, &quot;enough&quot;, &quot;score&quot;}]}.</translation>
    </message>
    <message>
        <source>the matches a coordinator confirmed</source>
        <translation>المطابقات التي أكّدها منسّق</translation>
    </message>
    <message>
        <source>Confirm that an offer answers a request.</source>
        <translation>يؤكد أن عرضًا يلبّي طلبًا.</translation>
    </message>
    <message>
        <source>The request becomes promised and the offer matched; when the offer is received the request rides with the household&apos;s next delivery.</source>
        <translation>يصبح الطلب «موعود به» والعرض «مطابَق»؛ وعند تسلّم العرض يُرسَل الطلب مع الأسرة في توصيلها التالي.</translation>
    </message>
</context>
<context>
    <name>larder::cli::RouteCommands</name>
    <message>
        <source>give a routes command: solve</source>
        <translation>حدّد أمرًا من أوامر routes: solve</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) did not fit in %1 vehicles (node ids %2).</source>
        <translation>
            <numerusform>لا يوجد عميل لم تتسع له المركبات الـ %1 (معرّفات العقد: %2).</numerusform>
            <numerusform>لم تتسع المركبات الـ %1 لعميل واحد (معرّفات العقد: %2).</numerusform>
            <numerusform>لم تتسع المركبات الـ %1 لعميلين (معرّفات العقد: %2).</numerusform>
            <numerusform>لم تتسع المركبات الـ %1 لـ %n عملاء (معرّفات العقد: %2).</numerusform>
            <numerusform>لم تتسع المركبات الـ %1 لـ %n عميلًا (معرّفات العقد: %2).</numerusform>
            <numerusform>لم تتسع المركبات الـ %1 لـ %n عميل (معرّفات العقد: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow more vehicles with --vehicles, or a longer --time-limit-ms.</source>
        <translation>اسمح بعدد أكبر من المركبات باستخدام --vehicles، أو بقيمة أطول لـ --time-limit-ms.</translation>
    </message>
    <message>
        <source>The planned routes failed the independent check (%1; %2).</source>
        <translation>فشلت المسارات المخطّطة في الفحص المستقل (%1؛ %2).</translation>
    </message>
    <message>
        <source>This is a bug in the route planner; please report it with the file.</source>
        <translation>هذا خطأ برمجي في مخطِّط المسارات؛ يُرجى الإبلاغ عنه مع إرفاق الملف.</translation>
    </message>
    <message>
        <source>distance %1</source>
        <translation>المسافة %1</translation>
    </message>
    <message>
        <source>--time-limit-ms 0 needs --iterations N</source>
        <translation>--time-limit-ms 0 يحتاج إلى --iterations N</translation>
    </message>
    <message>
        <source>cost %1 recomputed as %2</source>
        <translation>التكلفة %1، وبعد إعادة الحساب %2</translation>
    </message>
    <message>
        <source>Measure the route planner on public data (routes solve).</source>
        <translation>يقيس أداء مخطِّط المسارات على بيانات عامة (routes solve).</translation>
    </message>
    <message>
        <source>Commands for the route planner that need no pantry file.</source>
        <translation>أوامر لمخطِّط المسارات لا تحتاج إلى ملف مخزن الطعام.</translation>
    </message>
    <message>
        <source>Plan routes for a CVRPLIB instance and print them.</source>
        <translation>يخطط مسارات لحالة من CVRPLIB ويطبعها.</translation>
    </message>
    <message>
        <source>Reads a CVRPLIB instance (TSPLIB format, EUC_2D; distances are Euclidean, rounded to the nearest integer per edge, as CVRPLIB&apos;s best-known costs assume), plans routes with Larder&apos;s route planner and prints &quot;cost N&quot; and one line per route, &quot;Route #1: 5 12 3&quot;, with node ids as numbered in the file and the depot left out. --json prints {&quot;cost&quot;: N, &quot;routes&quot;: [[node ids...], ...], &quot;time_ms&quot;: T}. The fleet is the instance&apos;s VEHICLES, or the k of its name (A-n32-k5: 5), or one vehicle per customer; --vehicles caps it. The same seed gives the same routes with --iterations and --time-limit-ms 0; with a time limit the result also depends on the machine&apos;s speed. Every answer is checked by code independent of the planner before it is reported. Exits 1 when a customer did not fit.</source>
        <translation>يقرأ حالة من CVRPLIB (بتنسيق TSPLIB، EUC_2D؛ المسافات إقليدية، مقرّبة إلى أقرب عدد صحيح لكل ضلع، كما تفترض أفضل التكاليف المعروفة في CVRPLIB)، ويخطط المسارات باستخدام مخطِّط المسارات في Larder، ويطبع &quot;cost N&quot; وسطرًا واحدًا لكل مسار، &quot;Route #1: 5 12 3&quot;، مع معرّفات العقد كما هي مرقّمة في الملف ودون المستودع. يطبع --json {&quot;cost&quot;: N, &quot;routes&quot;: [[node ids...], ...], &quot;time_ms&quot;: T}. الأسطول هو VEHICLES الخاص بالحالة، أو k في اسمها (A-n32-k5: 5)، أو مركبة واحدة لكل عميل؛ ويضع --vehicles حدًا أقصى له. البذرة نفسها تعطي المسارات نفسها مع --iterations و--time-limit-ms 0؛ ومع حد زمني تعتمد النتيجة أيضًا على سرعة الجهاز. تُفحص كل إجابة بشيفرة مستقلة عن المخطِّط قبل عرضها. ينتهي برمز 1 إذا لم يتسع المكان لعميل ما.</translation>
    </message>
    <message>
        <source>at most K vehicles (default: from the file)</source>
        <translation>K مركبة على الأكثر (الافتراضي: من الملف)</translation>
    </message>
    <message>
        <source>wall-time budget in milliseconds (default 1000; 0: none)</source>
        <translation>الوقت الفعلي المتاح بالمللي ثانية (الافتراضي 1000؛ 0: بلا حد)</translation>
    </message>
    <message>
        <source>stop after N ruin-and-recreate iterations (default: no limit)</source>
        <translation>توقف بعد N تكرارًا من الهدم وإعادة البناء (الافتراضي: بلا حد)</translation>
    </message>
    <message>
        <source>seed of the planner&apos;s random choices (default 1)</source>
        <translation>بذرة الاختيارات العشوائية للمخطِّط (الافتراضي 1)</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>اطبع بصيغة JSON للبرامج النصية</translation>
    </message>
</context>
<context>
    <name>larder::cli::RunCommands</name>
    <message numerus="yes">
        <source>Distribution day %1 (%2, %3): %n stop(s)</source>
        <translation>
            <numerusform>يوم التوزيع %1 (%2، %3): لا توجد محطات</numerusform>
            <numerusform>يوم التوزيع %1 (%2، %3): محطة واحدة</numerusform>
            <numerusform>يوم التوزيع %1 (%2، %3): محطتان</numerusform>
            <numerusform>يوم التوزيع %1 (%2، %3): %n محطات</numerusform>
            <numerusform>يوم التوزيع %1 (%2، %3): %n محطة</numerusform>
            <numerusform>يوم التوزيع %1 (%2، %3): %n محطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n route(s), %1 km</source>
        <translation>
            <numerusform>، لا توجد مسارات، %1 km</numerusform>
            <numerusform>، مسار واحد، %1 km</numerusform>
            <numerusform>، مساران، %1 km</numerusform>
            <numerusform>، %n مسارات، %1 km</numerusform>
            <numerusform>، %n مسارًا، %1 km</numerusform>
            <numerusform>، %n مسار، %1 km</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest route %1 min, shortest %2 min: %3 min apart.</source>
        <translation>أطول مسار %1 min، وأقصر مسار %2 min: الفرق بينهما %3 min.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message>
        <source>Route %1 - %2: %3 stops, %4 of %5 boxes, %6 km, %7 min%8</source>
        <translation>المسار %1 - %2: المحطات %3، الصناديق %4 من %5، %6 km، %7 min%8</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (مقفل)</translation>
    </message>
    <message>
        <source>  No stop: %1.</source>
        <translation>  بلا محطات: %1.</translation>
    </message>
    <message>
        <source>  Leaves at %1.</source>
        <translation>  ينطلق في %1.</translation>
    </message>
    <message>
        <source>Back by %1 (the driver&apos;s hours).</source>
        <translation>العودة قبل %1 (ساعات عمل السائق).</translation>
    </message>
    <message>
        <source> - about %1</source>
        <translation> - نحو الساعة %1</translation>
    </message>
    <message>
        <source> (window %1-%2)</source>
        <translation> (النافذة الزمنية %1-%2)</translation>
    </message>
    <message>
        <source> [%1 min late]</source>
        <translation> [متأخر %1 min]</translation>
    </message>
    <message>
        <source> (%1 boxes)</source>
        <translation> (الصناديق: %1)</translation>
    </message>
    <message>
        <source> [placed by postal code %1]</source>
        <translation> [حُدّد موقعه حسب الرمز البريدي %1]</translation>
    </message>
    <message>
        <source>On no route (no driver could take them within their limits):</source>
        <translation>خارج أي مسار (لم يستطع أي سائق أخذها ضمن حدوده):</translation>
    </message>
    <message>
        <source>Without coordinates (add them, or put the stop on a route by hand):</source>
        <translation>بدون إحداثيات (أضفها، أو ضع المحطة على مسار يدويًا):</translation>
    </message>
    <message>
        <source>--drivers needs at least one name</source>
        <translation>--drivers يحتاج إلى اسم واحد على الأقل</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is on file.</source>
        <translation>لا يوجد أحد مسجّل باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Check the spelling; larder-cli people lists everyone.</source>
        <translation>تحقق من كتابة الاسم؛ الأمر larder-cli people يعرض الجميع.</translation>
    </message>
    <message>
        <source>No driver usually comes on %1.</source>
        <translation>لا يأتي أي سائق عادةً يوم %1.</translation>
    </message>
    <message>
        <source>Name the drivers who came with --drivers NAME,NAME.</source>
        <translation>اذكر أسماء السائقين الذين حضروا باستخدام --drivers NAME,NAME.</translation>
    </message>
    <message>
        <source>Plan a distribution day&apos;s routes.</source>
        <translation>يخطط مسارات يوم التوزيع.</translation>
    </message>
    <message>
        <source>Makes the day&apos;s delivery run if there is none (the households due by their schedules become its stops), adds the drivers (those named, or the drivers who usually come on that weekday; a driver with a home start on file starts there), plans the routes from the pantry&apos;s coordinates and prints them: each route&apos;s stops in order with the household&apos;s name and address, its kilometres and minutes, and the stops that are on no route.</source>
        <translation>ينشئ جولة التوصيل لليوم إن لم توجد (وتصبح الأسر المستحقة حسب مواعيدها محطاتها)، ويضيف السائقين (المذكورين، أو السائقين الذين يأتون عادةً في ذلك اليوم من الأسبوع؛ والسائق المسجّل له انطلاق من منزله يبدأ من هناك)، ويخطط المسارات انطلاقًا من إحداثيات مخزن الطعام ويطبعها: محطات كل مسار بالترتيب مع اسم الأسرة وعنوانها، وكيلومترات المسار ودقائقه، والمحطات التي ليست على أي مسار.</translation>
    </message>
    <message>
        <source>--kind supplier_pickup plans the day&apos;s collection from suppliers instead (made if there is none: the suppliers whose pickup day it is become its stops).</source>
        <translation>--kind supplier_pickup يخطط بدلًا من ذلك لجولة الجمع من المورّدين في ذلك اليوم (وتُنشأ إن لم توجد: يصبح المورّدون الذين يحين يوم الجمع منهم محطاتها).</translation>
    </message>
    <message>
        <source>the drivers who came, by name</source>
        <translation>السائقون الذين حضروا، بأسمائهم</translation>
    </message>
    <message>
        <source>how long to search (default: the setting)</source>
        <translation>مدة البحث (الافتراضي: حسب الإعداد)</translation>
    </message>
    <message>
        <source>the search&apos;s seed (default 1)</source>
        <translation>بذرة البحث (الافتراضي 1)</translation>
    </message>
    <message>
        <source>Print a distribution day&apos;s routes.</source>
        <translation>يطبع مسارات يوم التوزيع.</translation>
    </message>
    <message>
        <source>Prints the day&apos;s routes as run plan does, without planning.</source>
        <translation>يطبع مسارات اليوم كما يفعل run plan، دون تخطيط.</translation>
    </message>
    <message>
        <source>The distribution day of %1 is closed.</source>
        <translation>أُغلق يوم التوزيع %1.</translation>
    </message>
    <message>
        <source>Close a distribution day.</source>
        <translation>يغلق يوم التوزيع.</translation>
    </message>
    <message>
        <source>Closes the day once every stop has an outcome; otherwise says how many are left.</source>
        <translation>يغلق اليوم متى أصبحت لكل محطة نتيجة؛ وإلا يذكر عدد المحطات المتبقية.</translation>
    </message>
    <message>
        <source>Made the %1 day of %2 (%3) with %4 proposed stop(s).</source>
        <translation>أُنشئ يوم %1 بتاريخ %2 (%3)؛ عدد المحطات المقترحة: %4.</translation>
    </message>
    <message>
        <source>Make a distribution day and propose its stops.</source>
        <translation>ينشئ يوم توزيع ويقترح محطاته.</translation>
    </message>
    <message>
        <source>Makes a day of the given kind: for a delivery or a pick-up at the pantry the households due by their schedules become its stops; for a collection from suppliers, the suppliers whose pickup day it is. A day may hold several runs.</source>
        <translation>ينشئ يومًا من النوع المحدد: في التوصيل أو الاستلام من مخزن الطعام، تصبح الأسر المستحقة حسب مواعيدها محطاتِه؛ وفي الجمع من المورّدين، يصبح المورّدون الذين يحين يوم الجمع منهم محطاتِه. قد يضم اليوم الواحد عدة جولات.</translation>
    </message>
    <message>
        <source>the kind of day (default delivery)</source>
        <translation>نوع اليوم (الافتراضي delivery)</translation>
    </message>
    <message>
        <source>a name for the day</source>
        <translation>اسم لليوم</translation>
    </message>
    <message>
        <source>--date must be a date such as 2026-03-07, not &quot;%1&quot;</source>
        <translation>يجب أن يكون --date تاريخًا مثل 2026-03-07، وليس &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no distribution day on %1.</source>
        <translation>لا يوجد يوم توزيع في %1.</translation>
    </message>
    <message>
        <source>Plan one first: larder-cli run plan --date %1</source>
        <translation>خطّط ليوم أولًا: larder-cli run plan --date %1</translation>
    </message>
    <message>
        <source>which of the day&apos;s runs: delivery (the default), pickup or supplier_pickup</source>
        <translation>أي جولة من جولات اليوم: delivery (الافتراضية)، أو pickup، أو supplier_pickup</translation>
    </message>
    <message>
        <source>--kind must be one of: %1</source>
        <translation>يجب أن يكون --kind واحدًا من: %1</translation>
    </message>
    <message>
        <source>the distribution day</source>
        <translation>يوم التوزيع</translation>
    </message>
    <message>
        <source>Distribution days: make one, plan routes, show them, record outcomes, close.</source>
        <translation>أيام التوزيع: إنشاء يوم، وتخطيط المسارات، وعرضها، وتسجيل النتائج، والإغلاق.</translation>
    </message>
    <message>
        <source>Give a subcommand: create, plan, show, outcome or close.</source>
        <translation>حدّد أمرًا فرعيًا: create أو plan أو show أو outcome أو close.</translation>
    </message>
    <message>
        <source>run needs a subcommand: create, plan, show, outcome or close</source>
        <translation>يحتاج run إلى أمر فرعي: create أو plan أو show أو outcome أو close</translation>
    </message>
    <message>
        <source>Use one of: %1 (or 1-5 in that order).</source>
        <translation>استخدم أحد هذه: %1 (أو 1-5 بهذا الترتيب).</translation>
    </message>
    <message>
        <source>There is no route %1 on this day.</source>
        <translation>لا يوجد مسار %1 في هذا اليوم.</translation>
    </message>
    <message>
        <source>Routes are numbered 1 to %1.</source>
        <translation>المسارات مرقّمة من 1 إلى %1.</translation>
    </message>
    <message>
        <source>Route %1 has no stop %2.</source>
        <translation>لا توجد في المسار %1 محطة رقمها %2.</translation>
    </message>
    <message>
        <source>Check the stop&apos;s number on the route sheet.</source>
        <translation>تحقق من رقم المحطة في ورقة المسار.</translation>
    </message>
    <message>
        <source>give either --stop with --outcome, or --file</source>
        <translation>حدّد إما --stop مع --outcome، أو --file</translation>
    </message>
    <message>
        <source>--stop needs --outcome</source>
        <translation>--stop يحتاج إلى --outcome</translation>
    </message>
    <message>
        <source>--outcome &quot;%1&quot; is not an outcome. %2</source>
        <translation>--outcome &quot;%1&quot; ليست نتيجة صالحة. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stop of the distribution day on %2.</source>
        <translation>&quot;%1&quot; ليست محطة في يوم التوزيع %2.</translation>
    </message>
    <message>
        <source>Give the stop&apos;s id (run show --json) or ROUTE:STOP, such as 2:5.</source>
        <translation>حدّد معرّف المحطة (run show --json) أو ROUTE:STOP، مثل 2:5.</translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column.</source>
        <translation>لا يحتوي الملف على العمود &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The first row must name the columns route, stop, outcome and note.</source>
        <translation>يجب أن يسمّي الصف الأول الأعمدة route، stop، outcome، note.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a route number.</source>
        <translation>&quot;%1&quot; ليس رقم مسار.</translation>
    </message>
    <message>
        <source>Type the number on the route sheet, such as 2.</source>
        <translation>اكتب الرقم الموجود في ورقة المسار، مثل 2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stop number.</source>
        <translation>&quot;%1&quot; ليس رقم محطة.</translation>
    </message>
    <message>
        <source>Type the stop&apos;s number on the route sheet, such as 5.</source>
        <translation>اكتب رقم المحطة الموجود في ورقة المسار، مثل 5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome.</source>
        <translation>&quot;%1&quot; ليست نتيجة صالحة.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n outcome(s).</source>
        <translation>
            <numerusform>لم تُسجَّل أي نتيجة.</numerusform>
            <numerusform>سُجّلت نتيجة واحدة.</numerusform>
            <numerusform>سُجّلت نتيجتان.</numerusform>
            <numerusform>سُجّلت %n نتائج.</numerusform>
            <numerusform>سُجّلت %n نتيجة.</numerusform>
            <numerusform>سُجّلت %n نتيجة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stop has an outcome; the day is closed.</source>
        <translation>لكل محطة نتيجة؛ أُغلق اليوم.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) still have no outcome.</source>
        <translation>
            <numerusform>لا توجد محطات بلا نتيجة.</numerusform>
            <numerusform>ما زالت محطة واحدة بلا نتيجة.</numerusform>
            <numerusform>ما زالت محطتان بلا نتيجة.</numerusform>
            <numerusform>ما زالت %n محطات بلا نتيجة.</numerusform>
            <numerusform>ما زالت %n محطة بلا نتيجة.</numerusform>
            <numerusform>ما زالت %n محطة بلا نتيجة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: no stock was set aside for this day, so delivered boxes took nothing from stock. Run packages allocate --date %1 before recording outcomes.</source>
        <translation>ملاحظة: لم يُحجز أي مخزون لهذا اليوم، لذلك لم يُخصم شيء من المخزون للصناديق المسلَّمة. شغّل packages allocate --date %1 قبل تسجيل النتائج.</translation>
    </message>
    <message>
        <source>Record what happened at stops, from the route sheets.</source>
        <translation>يسجّل ما حدث عند المحطات، من أوراق المسارات.</translation>
    </message>
    <message>
        <source>Records one stop&apos;s outcome (--stop: the stop&apos;s id, or ROUTE:STOP as on the sheets), or a CSV file&apos;s (columns route, stop, outcome, note; rows without an outcome are skipped). Outcomes: %1, or their numbers 1-5; none clears one. Delivered boxes leave stock from the lots packed for them; the others&apos; go back on the shelf. With any problem in the file nothing is recorded. The day closes when every stop has an outcome.</source>
        <translation>يسجّل نتيجة محطة واحدة (--stop: معرّف المحطة، أو ROUTE:STOP كما في الأوراق)، أو نتائج ملف CSV (الأعمدة route، stop، outcome، note؛ وتُتخطى الصفوف التي بلا نتيجة). النتائج: %1، أو أرقامها 1-5؛ والقيمة none تمسح النتيجة. الصناديق المسلَّمة تُخصم من المخزون من الدفعات التي جُهّزت لها؛ أما الصناديق الأخرى فتعود إلى الرف. إذا وُجدت أي مشكلة في الملف فلا يُسجَّل شيء. يُغلق اليوم متى أصبحت لكل محطة نتيجة.</translation>
    </message>
    <message>
        <source>the stop: its id, or ROUTE:STOP</source>
        <translation>المحطة: معرّفها، أو ROUTE:STOP</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>what the driver wrote</source>
        <translation>ما كتبه السائق</translation>
    </message>
    <message>
        <source>outcomes from a CSV file</source>
        <translation>النتائج من ملف CSV</translation>
    </message>
</context>
<context>
    <name>larder::cli::StockCommands</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; ليس عددًا صحيحًا من %2 إلى %3.</translation>
    </message>
    <message>
        <source>Type digits only, such as %1.</source>
        <translation>اكتب أرقامًا فقط، مثل %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation>القيمة &quot;%1&quot; ليست %2.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>استخدم واحدًا مما يلي: %1.</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>فئة</translation>
    </message>
    <message>
        <source>a unit</source>
        <translation>وحدة</translation>
    </message>
    <message>
        <source>an item counted in cases needs its case size.</source>
        <translation>الصنف الذي يُعَدّ بالكرتونة يحتاج إلى حجم الكرتونة.</translation>
    </message>
    <message>
        <source>Add --case-size N, how many units one case holds.</source>
        <translation>أضف --case-size N، أي عدد الوحدات في الكرتونة الواحدة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dietary tag.</source>
        <translation>&quot;%1&quot; ليس وسمًا غذائيًا.</translation>
    </message>
    <message>
        <source>Use any of: %1.</source>
        <translation>استخدم أيًّا مما يلي: %1.</translation>
    </message>
    <message>
        <source>%1 already belongs to &quot;%2&quot;.</source>
        <translation>%1 يخص بالفعل &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A barcode names one item; check the code.</source>
        <translation>الباركود الواحد يدل على صنف واحد فقط؛ تحقق من الرمز.</translation>
    </message>
    <message>
        <source>there is already an item called &quot;%1&quot;%2.</source>
        <translation>يوجد بالفعل صنف باسم &quot;%1&quot;%2.</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (موقوف)</translation>
    </message>
    <message>
        <source>Give the new item a name that tells them apart, such as its size.</source>
        <translation>أعطِ الصنف الجديد اسمًا يميّزه عن الآخر، مثل حجمه.</translation>
    </message>
    <message>
        <source>Added item &quot;%1&quot; (%2, %3), id %4.</source>
        <translation>تمت إضافة الصنف &quot;%1&quot; (%2، %3)، المعرّف %4.</translation>
    </message>
    <message>
        <source>Add an item to the catalog.</source>
        <translation>يضيف صنفًا إلى قائمة الأصناف.</translation>
    </message>
    <message>
        <source>Adds an item. Categories: %1. Units: %2 (a case needs --case-size). Dietary tags: %3. --shelf-life makes the item perishable; its intake then proposes today plus that many days as expiry. A barcode already on another item, or a name already in the catalog, is refused.</source>
        <translation>يضيف صنفًا. الفئات: %1. الوحدات: %2 (الوحدة case تحتاج إلى --case-size). الوسوم الغذائية: %3. الخيار --shelf-life يجعل الصنف قابلًا للتلف؛ وعندها يقترح الاستلام تاريخ انتهاء الصلاحية بعد هذا العدد من الأيام من اليوم. يُرفض الباركود الموجود على صنف آخر، وكذلك الاسم الموجود في قائمة الأصناف.</translation>
    </message>
    <message>
        <source>the item&apos;s name, such as &quot;Rice 2 lb&quot;</source>
        <translation>اسم الصنف، مثل &quot;أرز 2 lb&quot;</translation>
    </message>
    <message>
        <source>food, water, hygiene, baby, ...</source>
        <translation>food, water, hygiene, baby, ...</translation>
    </message>
    <message>
        <source>each (the default), lb, kg or case</source>
        <translation>each (الافتراضي)، lb، kg أو case</translation>
    </message>
    <message>
        <source>units in a case, for &quot;3 cases&quot; at intake</source>
        <translation>عدد الوحدات في الكرتونة، لكتابة &quot;3 cases&quot; عند الاستلام</translation>
    </message>
    <message>
        <source>a barcode; repeat for more</source>
        <translation>باركود؛ كرّر الخيار لإضافة المزيد</translation>
    </message>
    <message>
        <source>it has an expiry date</source>
        <translation>له تاريخ انتهاء صلاحية</translation>
    </message>
    <message>
        <source>default shelf life in days</source>
        <translation>مدة الصلاحية الافتراضية بالأيام</translation>
    </message>
    <message>
        <source>dietary tags, separated by commas</source>
        <translation>الوسوم الغذائية، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>below this on-hand total the item is flagged</source>
        <translation>يُنبَّه على الصنف إذا نزل إجمالي المتوفر منه عن هذا الحد</translation>
    </message>
    <message>
        <source>weight of one unit in grams, for reports</source>
        <translation>وزن الوحدة الواحدة بالغرام، للتقارير</translation>
    </message>
    <message>
        <source>The catalog is empty; add an item with larder-cli --db FILE items add --name NAME --category CATEGORY.</source>
        <translation>قائمة الأصناف فارغة؛ أضف صنفًا باستخدام larder-cli --db FILE items add --name NAME --category CATEGORY.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source> (case of %1)</source>
        <translation> (كرتونة من %1)</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>below par</source>
        <translation>دون الحد الأدنى</translation>
    </message>
    <message>
        <source>List the catalog, or add an item (items add).</source>
        <translation>يعرض قائمة الأصناف، أو يضيف صنفًا (items add).</translation>
    </message>
    <message>
        <source>Lists the active items with category, unit, barcodes, par level and on-hand total; --all adds retired ones. --json prints {&quot;items&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;category&quot;, &quot;unit&quot;, &quot;case_size&quot;, &quot;barcodes&quot;, &quot;tags&quot;, &quot;par&quot;, &quot;on_hand&quot;, &quot;active&quot;, ...}]}.</source>
        <translation>يعرض الأصناف النشطة مع الفئة والوحدة والباركود والحد الأدنى وإجمالي المتوفر؛ والخيار --all يضيف الأصناف الموقوفة. الخيار --json يطبع {&quot;items&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;category&quot;, &quot;unit&quot;, &quot;case_size&quot;, &quot;barcodes&quot;, &quot;tags&quot;, &quot;par&quot;, &quot;on_hand&quot;, &quot;active&quot;, ...}]}.</translation>
    </message>
    <message>
        <source>include retired items</source>
        <translation>تضمين الأصناف الموقوفة</translation>
    </message>
    <message>
        <source>a kind of location</source>
        <translation>نوع موقع</translation>
    </message>
    <message>
        <source>there is already a location called &quot;%1&quot;.</source>
        <translation>يوجد بالفعل موقع باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Added location &quot;%1&quot; (%2), id %3.</source>
        <translation>تمت إضافة الموقع &quot;%1&quot; (%2)، المعرّف %3.</translation>
    </message>
    <message>
        <source>Add a location.</source>
        <translation>يضيف موقعًا.</translation>
    </message>
    <message>
        <source>Adds a place stock is kept. Kinds: %1 (a partner&apos;s hub is &quot;hub&quot;). Names are unique, whatever their case.</source>
        <translation>يضيف مكانًا يُحفظ فيه المخزون. الأنواع: %1 (مركز الجهة الشريكة نوعه &quot;hub&quot;). لا تتكرر الأسماء، بغض النظر عن حالة الأحرف.</translation>
    </message>
    <message>
        <source>the location&apos;s name</source>
        <translation>اسم الموقع</translation>
    </message>
    <message>
        <source>shelf, fridge, freezer, hub or other</source>
        <translation>shelf، fridge، freezer، hub أو other</translation>
    </message>
    <message>
        <source>This pantry has no locations yet; add one with larder-cli --db FILE locations add --name &quot;Shelf A&quot; --kind shelf.</source>
        <translation>لا توجد مواقع في مخزن الطعام هذا بعد؛ أضف موقعًا باستخدام larder-cli --db FILE locations add --name &quot;Shelf A&quot; --kind shelf.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>List the locations, or add one (locations add).</source>
        <translation>يعرض المواقع، أو يضيف موقعًا (locations add).</translation>
    </message>
    <message>
        <source>Lists the active locations with kind and id; --all adds inactive ones. --json prints {&quot;locations&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;kind&quot;, &quot;active&quot;}]}.</source>
        <translation>يعرض المواقع النشطة مع نوعها ومعرّفها؛ والخيار --all يضيف غير النشطة. الخيار --json يطبع {&quot;locations&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;kind&quot;, &quot;active&quot;}]}.</translation>
    </message>
    <message>
        <source>include inactive locations</source>
        <translation>تضمين المواقع غير النشطة</translation>
    </message>
    <message>
        <source>There is no count %1.</source>
        <translation>لا يوجد جرد رقم %1.</translation>
    </message>
    <message>
        <source>No count is open; start one with larder-cli --db FILE count start.</source>
        <translation>لا يوجد جرد مفتوح؛ ابدأ جردًا باستخدام larder-cli --db FILE count start.</translation>
    </message>
    <message>
        <source>Open counts: %1.</source>
        <translation>عمليات الجرد المفتوحة: %1.</translation>
    </message>
    <message>
        <source>Count %1 is %2 already, so it cannot change.</source>
        <translation>حالة الجرد %1 هي &quot;%2&quot; بالفعل، لذا لا يمكن تغييره.</translation>
    </message>
    <message>
        <source>Start a new count with larder-cli --db FILE count start.</source>
        <translation>ابدأ جردًا جديدًا باستخدام larder-cli --db FILE count start.</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>Count %1 of %2, %3, started %4: %5 line(s).</source>
        <translation>الجرد %1 لـ %2، %3، بدأ في %4: عدد الأسطر %5.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Start a count and print its sheet.</source>
        <translation>يبدأ جردًا ويطبع ورقته.</translation>
    </message>
    <message>
        <source>Starts a count of one location, or of every location when --location is left out, with one line per item and lot on hand there, and prints it: the count id on the first line (&quot;Count ID of ...&quot;), then the lines. Refused while another count of the same stock is open.</source>
        <translation>يبدأ جرد موقع واحد، أو كل المواقع إذا لم يُذكر --location، بسطر واحد لكل صنف ودفعة متوفرين هناك، ثم يطبعه: معرّف الجرد في السطر الأول (&quot;Count ID of ...&quot;)، ثم الأسطر. يُرفض ما دام هناك جرد آخر مفتوح للمخزون نفسه.</translation>
    </message>
    <message>
        <source>count only this location</source>
        <translation>جرد هذا الموقع فقط</translation>
    </message>
    <message>
        <source>print the count as JSON</source>
        <translation>طباعة الجرد بصيغة JSON</translation>
    </message>
    <message>
        <source>print the lines as CSV, ready for count enter --file</source>
        <translation>طباعة الأسطر بصيغة CSV، جاهزة لـ count enter --file</translation>
    </message>
    <message>
        <source>Print a count&apos;s lines.</source>
        <translation>يطبع أسطر الجرد.</translation>
    </message>
    <message>
        <source>Prints each line of the count: line id, item, location, lot expiry, expected (on hand when the count started) and counted, in the item&apos;s unit. --csv writes line_id,item,location,expiry,unit,expected,counted: fill in counted and give the file to count enter --file. --json prints {&quot;count&quot;: {..., &quot;lines&quot;: [{&quot;line_id&quot;, &quot;item&quot;, ..., &quot;expected&quot;, &quot;counted&quot;, &quot;on_hand&quot;}]}}.</source>
        <translation>يطبع كل سطر من الجرد: معرّف السطر، والصنف، والموقع، وتاريخ انتهاء صلاحية الدفعة، والمتوقع (المتوفر عند بدء الجرد)، والمعدود، بوحدة الصنف. الخيار --csv يكتب line_id,item,location,expiry,unit,expected,counted: املأ العمود counted وأعطِ الملف لـ count enter --file. الخيار --json يطبع {&quot;count&quot;: {..., &quot;lines&quot;: [{&quot;line_id&quot;, &quot;item&quot;, ..., &quot;expected&quot;, &quot;counted&quot;, &quot;on_hand&quot;}]}}.</translation>
    </message>
    <message>
        <source>print the lines as CSV</source>
        <translation>طباعة الأسطر بصيغة CSV</translation>
    </message>
    <message>
        <source>Count %1 of %2 (%3): %4 difference(s); %5 of %6 line(s) not counted, which confirming leaves as they are.</source>
        <translation>الجرد %1 لـ %2 (%3): عدد الفروق %4؛ ولم يُعَدّ %5 من أصل %6 سطر، وعند التأكيد تبقى كما هي.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Show the differences a count would post.</source>
        <translation>يعرض الفروق التي سيسجّلها الجرد.</translation>
    </message>
    <message>
        <source>Lists the counted lines whose count differs from what is on hand now, and how many lines are not counted yet. The difference is counted minus on hand now, which is what confirm posts. --json prints {&quot;count_id&quot;, &quot;status&quot;, &quot;total_lines&quot;, &quot;uncounted&quot;, &quot;differences&quot;: [...]}.</source>
        <translation>يعرض الأسطر المعدودة التي تختلف كميتها المعدودة عن المتوفر الآن، وعدد الأسطر التي لم تُعَدّ بعد. الفرق هو المعدود ناقص المتوفر الآن، وهو ما يسجّله confirm. الخيار --json يطبع {&quot;count_id&quot;, &quot;status&quot;, &quot;total_lines&quot;, &quot;uncounted&quot;, &quot;differences&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Confirmed count %1: %2 adjustment(s) posted with reason &quot;count&quot;.</source>
        <translation>تم تأكيد الجرد %1: عدد التسويات المسجّلة %2، بالسبب &quot;count&quot;.</translation>
    </message>
    <message>
        <source>Post a count&apos;s differences and close it.</source>
        <translation>يسجّل فروق الجرد ويغلقه.</translation>
    </message>
    <message>
        <source>Posts one &quot;counted&quot; movement per counted line that differs from on hand, with reason &quot;count&quot;, and closes the count; all in one transaction. </source>
        <translation>يسجّل حركة &quot;counted&quot; واحدة لكل سطر معدود يختلف عن المتوفر، بالسبب &quot;count&quot;، ويغلق الجرد؛ وكل ذلك في معاملة واحدة. </translation>
    </message>
    <message>
        <source>Cancelled count %1; stock is unchanged.</source>
        <translation>أُلغي الجرد %1؛ لم يتغير المخزون.</translation>
    </message>
    <message>
        <source>Close a count without posting anything.</source>
        <translation>يغلق الجرد دون تسجيل أي شيء.</translation>
    </message>
    <message>
        <source>Closes an open count; stock does not change.</source>
        <translation>يغلق جردًا مفتوحًا؛ لا يتغير المخزون.</translation>
    </message>
    <message>
        <source>No count is open.</source>
        <translation>لا يوجد جرد مفتوح.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>الجرد</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>يشمل</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدأ في</translation>
    </message>
    <message>
        <source>Stock counts: start, sheet, enter, review, confirm, cancel.</source>
        <translation>جرد المخزون: البدء، الورقة، الإدخال، المراجعة، التأكيد، الإلغاء.</translation>
    </message>
    <message>
        <source>A count compares the shelf with the ledger. Start one for a location or for all; print its sheet; enter what was counted, line by line or from a CSV file (partial counts are fine: lines not counted stay as they are); review the differences; confirm, which posts one &quot;counted&quot; movement per difference with reason &quot;count&quot;, so every discrepancy stays in the history. Without a subcommand, lists the open counts.</source>
        <translation>الجرد يقارن ما على الرف بما في دفتر الحركات. ابدأ جردًا لموقع واحد أو لكل المواقع؛ واطبع ورقته؛ وأدخل ما تم عدّه، سطرًا سطرًا أو من ملف CSV (الجرد الجزئي مقبول: الأسطر غير المعدودة تبقى كما هي)؛ وراجع الفروق؛ ثم أكّد، فتُسجَّل حركة &quot;counted&quot; واحدة لكل فرق بالسبب &quot;count&quot;، ويبقى كل اختلاف محفوظًا في السجل. بدون أمر فرعي، يعرض عمليات الجرد المفتوحة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a counted quantity: type what is on the shelf as a whole number, 0 if nothing.</source>
        <translation>&quot;%1&quot; ليست كمية معدودة: اكتب ما على الرف كعدد صحيح، أو 0 إن لم يكن عليه شيء.</translation>
    </message>
    <message>
        <source>Larder could not read this file (%1).</source>
        <translation>تعذّر على Larder قراءة هذا الملف (%1).</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>هذا الملف غير موجود.</translation>
    </message>
    <message>
        <source>Check the name after --file.</source>
        <translation>تحقق من الاسم بعد --file.</translation>
    </message>
    <message>
        <source>The first row must name the columns: line_id,counted (count sheet COUNT_ID --csv writes such a file); nothing was saved.</source>
        <translation>يجب أن يحمل الصف الأول أسماء الأعمدة: line_id,counted (الأمر count sheet COUNT_ID --csv يكتب ملفًا كهذا)؛ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>There is no line_id column.</source>
        <translation>لا يوجد عمود line_id.</translation>
    </message>
    <message>
        <source>There is no counted column.</source>
        <translation>لا يوجد عمود counted.</translation>
    </message>
    <message>
        <source>This row has a count but no line_id.</source>
        <translation>في هذا الصف كمية معدودة ولكن دون line_id.</translation>
    </message>
    <message>
        <source>Copy the line&apos;s id from the count sheet; nothing was saved.</source>
        <translation>انسخ معرّف السطر من ورقة الجرد؛ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line of count %2.</source>
        <translation>&quot;%1&quot; ليس سطرًا من أسطر الجرد %2.</translation>
    </message>
    <message>
        <source>Check the line id against the count sheet; nothing was saved.</source>
        <translation>قارن معرّف السطر بورقة الجرد؛ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Line %1 is on row %2 already.</source>
        <translation>السطر %1 موجود بالفعل في الصف %2.</translation>
    </message>
    <message>
        <source>Keep one row per line; nothing was saved.</source>
        <translation>اجعل لكل سطر صفًا واحدًا؛ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>say what was counted: --line LINE_ID --counted N, or --file F.csv</source>
        <translation>حدّد ما تم عدّه: --line LINE_ID --counted N، أو --file F.csv</translation>
    </message>
    <message>
        <source>Saved the count of %1 line(s) on count %2; %3 row(s) without a count were skipped.</source>
        <translation>تم حفظ الكميات المعدودة في الجرد %2 (عدد الأسطر: %1)؛ وتم تخطي الصفوف التي لا كمية فيها (عددها: %3).</translation>
    </message>
    <message>
        <source>See the lines with larder-cli --db FILE count sheet %1.</source>
        <translation>اعرض الأسطر باستخدام larder-cli --db FILE count sheet %1.</translation>
    </message>
    <message>
        <source>Counted %1 of &quot;%2&quot; at %3, %4 (on hand %5, difference %6).</source>
        <translation>تم عدّ %1 من &quot;%2&quot; في %3، %4 (المتوفر %5، الفرق %6).</translation>
    </message>
    <message>
        <source>Enter counted quantities, one line or a CSV file.</source>
        <translation>يُدخل الكميات المعدودة، لسطر واحد أو من ملف CSV.</translation>
    </message>
    <message>
        <source>Saves what was counted on the shelf: --line LINE_ID --counted N for one line, or --file F.csv for many (&quot;-&quot; reads standard input). The file&apos;s first row names its columns; it needs line_id and counted, any others are ignored (so a filled-in count sheet --csv works), and it may be separated by commas, semicolons or tabs. Rows with an empty counted are skipped. Any bad row saves nothing, and the message names the file, the row (the header is row 1) and the column. Entering a line again replaces its count.</source>
        <translation>يحفظ ما تم عدّه على الرف: --line LINE_ID --counted N لسطر واحد، أو --file F.csv لعدة أسطر (&quot;-&quot; يقرأ من الإدخال القياسي). الصف الأول في الملف يحمل أسماء الأعمدة؛ ويلزم فيه العمودان line_id و counted، وتُتجاهل الأعمدة الأخرى (لذا تصلح ورقة count sheet --csv بعد ملئها)، ويمكن أن تُفصل الأعمدة بفواصل أو فواصل منقوطة أو علامات جدولة. تُتخطى الصفوف التي يكون فيها counted فارغًا. أي صف خاطئ يمنع حفظ أي شيء، وتذكر الرسالة اسم الملف ورقم الصف (صف العناوين هو الصف 1) والعمود. إدخال السطر مرة أخرى يستبدل كميته المعدودة.</translation>
    </message>
    <message>
        <source>the line&apos;s id, from count sheet</source>
        <translation>معرّف السطر، من count sheet</translation>
    </message>
    <message>
        <source>what is on the shelf, 0 if nothing</source>
        <translation>ما على الرف، أو 0 إن لم يكن عليه شيء</translation>
    </message>
    <message>
        <source>a CSV file with columns line_id,counted</source>
        <translation>ملف CSV فيه العمودان line_id,counted</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>بلا تاريخ انتهاء صلاحية</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; ليس تاريخًا.</translation>
    </message>
    <message>
        <source>Type the lot&apos;s expiry as stock prints it, such as 2026-03-05, or &quot;none&quot; for a lot without expiry.</source>
        <translation>اكتب تاريخ انتهاء صلاحية الدفعة كما يطبعه الأمر stock، مثل 2026-03-05، أو &quot;none&quot; لدفعة بلا تاريخ انتهاء صلاحية.</translation>
    </message>
    <message>
        <source>%1 is not a lot of &quot;%2&quot;.</source>
        <translation>%1 ليست دفعة من &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>See its lots with larder-cli --db FILE stock --json --item ID.</source>
        <translation>اعرض دفعاته باستخدام larder-cli --db FILE stock --json --item ID.</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> في %1</translation>
    </message>
    <message>
        <source>there is no &quot;%1&quot; on hand%2.</source>
        <translation>لا يتوفر شيء من &quot;%1&quot;%2.</translation>
    </message>
    <message>
        <source>See what there is with larder-cli --db FILE stock --item ID.</source>
        <translation>اعرض المتوفر باستخدام larder-cli --db FILE stock --item ID.</translation>
    </message>
    <message>
        <source>that lot of &quot;%1&quot; has nothing on hand%2.</source>
        <translation>تلك الدفعة من &quot;%1&quot; لا يتوفر منها شيء%2.</translation>
    </message>
    <message>
        <source>Lots with stock: %1.</source>
        <translation>الدفعات التي فيها مخزون: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is at %2 locations: %3.</source>
        <translation>&quot;%1&quot; موجود في عدة مواقع (%2): %3.</translation>
    </message>
    <message>
        <source>Say which with --%1 L.</source>
        <translation>حدّد أيّها باستخدام --%1 L.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has stock in %2 lots%3: %4.</source>
        <translation>لـ &quot;%1&quot; مخزون في عدة دفعات (%2)%3: %4.</translation>
    </message>
    <message>
        <source>Say which with --lot-expiry DATE or --lot ID.</source>
        <translation>حدّد أيّها باستخدام --lot-expiry DATE أو --lot ID.</translation>
    </message>
    <message>
        <source>the lot, by its id (stock --json)</source>
        <translation>الدفعة، بمعرّفها (stock --json)</translation>
    </message>
    <message>
        <source>the lot, by its expiry as stock prints it (2026-03-05), or &quot;none&quot;</source>
        <translation>الدفعة، بتاريخ انتهاء صلاحيتها كما يطبعه stock (2026-03-05)، أو &quot;none&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for disposal.</source>
        <translation>&quot;%1&quot; ليس سببًا للإتلاف.</translation>
    </message>
    <message>
        <source>only %1 on hand in the %2 at %3; %4 asked for.</source>
        <translation>لا يتوفر سوى %1 في %2 في %3؛ والمطلوب %4.</translation>
    </message>
    <message>
        <source>Check the lot and location, or count the shelf first.</source>
        <translation>تحقق من الدفعة والموقع، أو اجرد الرف أولًا.</translation>
    </message>
    <message>
        <source>Disposed of %1 of &quot;%2&quot; (%3) from %4, %5.</source>
        <translation>تم إتلاف %1 من &quot;%2&quot; (%3) من %4، %5.</translation>
    </message>
    <message>
        <source>Throw stock away: spoiled, expired, damaged or recalled.</source>
        <translation>يُتلف مخزونًا: فاسدًا أو منتهي الصلاحية أو تالفًا أو مسحوبًا من السوق.</translation>
    </message>
    <message>
        <source>Takes the quantity out of one lot at one location, with the reason. The lot is named by --lot-expiry or --lot; when the item has stock in one lot only (at --location, or anywhere) that one is used. </source>
        <translation>يُخرج الكمية من دفعة واحدة في موقع واحد، مع ذكر السبب. تُحدَّد الدفعة بـ --lot-expiry أو --lot؛ وإذا كان للصنف مخزون في دفعة واحدة فقط (في --location، أو في أي مكان) تُستخدم تلك الدفعة. </translation>
    </message>
    <message>
        <source>the item: barcode, name or id</source>
        <translation>الصنف: الباركود أو الاسم أو المعرّف</translation>
    </message>
    <message>
        <source>spoiled, expired, damaged or recalled</source>
        <translation>spoiled أو expired أو damaged أو recalled</translation>
    </message>
    <message>
        <source>where the stock is, by name or id</source>
        <translation>مكان المخزون، بالاسم أو المعرّف</translation>
    </message>
    <message>
        <source>a note kept with the movement</source>
        <translation>ملاحظة تُحفظ مع الحركة</translation>
    </message>
    <message>
        <source>the stock is at %1 already.</source>
        <translation>المخزون موجود بالفعل في %1.</translation>
    </message>
    <message>
        <source>Give another location.</source>
        <translation>حدّد موقعًا آخر.</translation>
    </message>
    <message>
        <source>Moved %1 of &quot;%2&quot;, %3, from %4 to %5.</source>
        <translation>تم نقل %1 من &quot;%2&quot;، %3، من %4 إلى %5.</translation>
    </message>
    <message>
        <source>Move stock of one lot from one location to another.</source>
        <translation>ينقل مخزون دفعة واحدة من موقع إلى آخر.</translation>
    </message>
    <message>
        <source>Posts a pair of movements that sum to nothing: out of --from, into --to, same lot. The lot is named by --lot-expiry or --lot, or is the only one with stock at --from. </source>
        <translation>يسجّل حركتين مجموعهما صفر: خروج من --from ودخول إلى --to، للدفعة نفسها. تُحدَّد الدفعة بـ --lot-expiry أو --lot، أو تكون الدفعة الوحيدة التي لها مخزون في --from. </translation>
    </message>
    <message>
        <source>where the stock is now</source>
        <translation>مكان المخزون الآن</translation>
    </message>
    <message>
        <source>where it goes</source>
        <translation>إلى أين يُنقل</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no lot expiring %2.</source>
        <translation>ليس لـ &quot;%1&quot; دفعة تنتهي صلاحيتها في %2.</translation>
    </message>
    <message>
        <source>See its lots with larder-cli --db FILE history --item ID.</source>
        <translation>اعرض دفعاته باستخدام larder-cli --db FILE history --item ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 lots: %3.</source>
        <translation>لـ &quot;%1&quot; عدة دفعات (%2): %3.</translation>
    </message>
    <message>
        <source>Say which lot the boxes came from with --lot-expiry DATE or --lot ID.</source>
        <translation>حدّد الدفعة التي أُخذت منها الصناديق باستخدام --lot-expiry DATE أو --lot ID.</translation>
    </message>
    <message>
        <source>Returned %1 of &quot;%2&quot; to %3, %4.</source>
        <translation>تمت إعادة %1 من &quot;%2&quot; إلى %3، %4.</translation>
    </message>
    <message>
        <source>Put undelivered boxes back on the shelf, into their lot.</source>
        <translation>يعيد الصناديق غير المسلَّمة إلى الرف، إلى دفعتها.</translation>
    </message>
    <message>
        <source>Adds the quantity back at --location, into the lot it came from: named by --lot-expiry or --lot, or the item&apos;s only lot at that location, or its only lot anywhere. </source>
        <translation>يضيف الكمية من جديد في --location، إلى الدفعة التي أُخذت منها: المحددة بـ --lot-expiry أو --lot، أو الدفعة الوحيدة للصنف في ذلك الموقع، أو دفعته الوحيدة في أي مكان. </translation>
    </message>
    <message>
        <source>where it goes back, by name or id</source>
        <translation>إلى أين تُعاد، بالاسم أو المعرّف</translation>
    </message>
    <message>
        <source>There is no movement %1.</source>
        <translation>لا توجد حركة رقم %1.</translation>
    </message>
    <message>
        <source>Find the movement&apos;s id with larder-cli --db FILE history --item X.</source>
        <translation>ابحث عن معرّف الحركة باستخدام larder-cli --db FILE history --item X.</translation>
    </message>
    <message>
        <source>Movement %1 was reversed already.</source>
        <translation>الحركة %1 أُلغيت من قبل.</translation>
    </message>
    <message>
        <source>To take stock in or out again, record that as a new movement.</source>
        <translation>لإدخال المخزون أو إخراجه مرة أخرى، سجّل ذلك كحركة جديدة.</translation>
    </message>
    <message>
        <source>Reversed %1 movement(s) of &quot;%2&quot; (%3).</source>
        <translation>تم إلغاء حركات &quot;%2&quot; (%3)، وعددها %1.</translation>
    </message>
    <message>
        <source>Correct a movement by posting its opposite.</source>
        <translation>يصحّح حركة بتسجيل عكسها.</translation>
    </message>
    <message>
        <source>Movements are never edited or deleted: a correction is a reversal that points back at the movement, with a reason. The whole action is reversed (both halves of a move, every lot of a distribution) unless --row-only. A movement is reversed at most once; a reversal cannot be reversed. Find movement ids with history. </source>
        <translation>لا تُعدَّل الحركات ولا تُحذف أبدًا: التصحيح هو حركة عكسية تشير إلى الحركة الأصلية، مع ذكر السبب. يُلغى الإجراء كله (شِقّا النقل، وكل دفعات التوزيع) إلا مع --row-only. لا تُلغى الحركة أكثر من مرة واحدة؛ ولا يمكن إلغاء الحركة العكسية. ابحث عن معرّفات الحركات باستخدام history. </translation>
    </message>
    <message>
        <source>why, kept with the reversal</source>
        <translation>السبب، ويُحفظ مع الإلغاء</translation>
    </message>
    <message>
        <source>reverse only this row, not the rest of its action</source>
        <translation>إلغاء هذا الصف فقط، لا بقية إجرائه</translation>
    </message>
    <message>
        <source>--below-par lists whole-pantry totals: it does not go with --location or --expiring</source>
        <translation>--below-par يعرض إجماليات مخزن الطعام كله: ولا يُستخدم مع --location أو --expiring</translation>
    </message>
    <message>
        <source>No item is below its par level.</source>
        <translation>لا يوجد صنف دون حدّه الأدنى.</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>النقص</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>أقرب انتهاء صلاحية</translation>
    </message>
    <message>
        <source>No stock on hand matches.</source>
        <translation>لا يوجد مخزون مطابق.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>NEGATIVE</source>
        <translation>سالب</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>%1 line(s) below zero: more went out than was recorded coming in. Count that stock, or check the intake and recent sync files.</source>
        <translation>عدد الأسطر دون الصفر: %1؛ خرج أكثر مما سُجّل دخوله. اجرد ذلك المخزون، أو راجع الاستلام وملفات المزامنة الأخيرة.</translation>
    </message>
    <message>
        <source>Show stock on hand by item, location and lot, or what is below par.</source>
        <translation>يعرض المخزون المتوفر حسب الصنف والموقع والدفعة، أو ما هو دون الحد الأدنى.</translation>
    </message>
    <message>
        <source>Lists what is on hand, one line per item, location and lot, with the lot&apos;s expiry. Lines below zero (possible after a sync) are shown with a warning, never hidden: NEGATIVE in the table, &quot;warning&quot;: &quot;negative&quot; in JSON. --expiring-within DAYS keeps lots expiring by today plus DAYS, expired ones included, soonest first. --json prints {&quot;stock&quot;: [{&quot;item&quot;, &quot;item_id&quot;, &quot;category&quot;, &quot;unit&quot;, &quot;location&quot;, &quot;location_id&quot;, &quot;lot_id&quot;, &quot;expiry&quot; (YYYY-MM-DD or null), &quot;quantity&quot;}, ...]}. --below-par lists items whose whole-pantry total is below their par level instead ({&quot;below_par&quot;: [...]} with --json). </source>
        <translation>يعرض المتوفر، سطرًا لكل صنف وموقع ودفعة، مع تاريخ انتهاء صلاحية الدفعة. الأسطر التي دون الصفر (وهذا ممكن بعد المزامنة) تُعرض مع تحذير ولا تُخفى أبدًا: &quot;سالب&quot; في الجدول، و&quot;warning&quot;: &quot;negative&quot; في JSON. الخيار --expiring-within DAYS يُبقي الدفعات التي تنتهي صلاحيتها حتى تاريخ اليوم مضافًا إليه DAYS يومًا، ومعها المنتهية، الأقرب أولًا. الخيار --json يطبع {&quot;stock&quot;: [{&quot;item&quot;, &quot;item_id&quot;, &quot;category&quot;, &quot;unit&quot;, &quot;location&quot;, &quot;location_id&quot;, &quot;lot_id&quot;, &quot;expiry&quot; (YYYY-MM-DD أو null), &quot;quantity&quot;}, ...]}. أما --below-par فيعرض بدلًا من ذلك الأصناف التي يقل إجماليها في مخزن الطعام كله عن حدّها الأدنى ({&quot;below_par&quot;: [...]} مع --json). </translation>
    </message>
    <message>
        <source>only this location, by name or id</source>
        <translation>هذا الموقع فقط، بالاسم أو المعرّف</translation>
    </message>
    <message>
        <source>only lots expiring within DAYS days, expired included</source>
        <translation>الدفعات التي تنتهي صلاحيتها خلال DAYS يومًا فقط، ومعها المنتهية</translation>
    </message>
    <message>
        <source>the same, within the pantry&apos;s expiry warning days (a setting, 7 unless changed)</source>
        <translation>كذلك، ولكن خلال أيام التنبيه لانتهاء الصلاحية في مخزن الطعام (إعداد قيمته 7 ما لم يُغيَّر)</translation>
    </message>
    <message>
        <source>only this item: name, barcode or id</source>
        <translation>هذا الصنف فقط: الاسم أو الباركود أو المعرّف</translation>
    </message>
    <message>
        <source>list items below their par level instead</source>
        <translation>عرض الأصناف التي دون حدّها الأدنى بدلًا من ذلك</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired.</source>
        <translation>&quot;%1&quot; موقوف.</translation>
    </message>
    <message>
        <source>Make it active again in the catalog before receiving it.</source>
        <translation>أعد تنشيطه في قائمة الأصناف قبل استلامه.</translation>
    </message>
    <message>
        <source>this pantry has %1 locations; say where the stock goes.</source>
        <translation>في مخزن الطعام هذا عدة مواقع (%1)؛ حدّد أين يوضع المخزون.</translation>
    </message>
    <message>
        <source>Known locations: %1.</source>
        <translation>المواقع المعروفة: %1.</translation>
    </message>
    <message>
        <source>Check the date on the package: food past its date goes to disposal, not onto the shelf. Add --allow-past-expiry to record it anyway.</source>
        <translation>تحقق من التاريخ على العبوة: الطعام المنتهية صلاحيته يُتلف ولا يوضع على الرف. أضف --allow-past-expiry لتسجيله على أي حال.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is perishable and has no default shelf life.</source>
        <translation>&quot;%1&quot; قابل للتلف وليست له مدة صلاحية افتراضية.</translation>
    </message>
    <message>
        <source>Add --expiry with its date, such as 5d, 12/5 or 2027-01.</source>
        <translation>أضف --expiry مع تاريخه، مثل 5d أو 12/5 أو 2027-01.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of intake.</source>
        <translation>&quot;%1&quot; ليس نوعًا من أنواع الاستلام.</translation>
    </message>
    <message>
        <source>there is no supplier &quot;%1&quot;.</source>
        <translation>لا يوجد مورّد باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This pantry has no suppliers yet; leave --supplier out, or add the supplier in Larder.</source>
        <translation>لا يوجد مورّدون في مخزن الطعام هذا بعد؛ احذف --supplier، أو أضف المورّد في Larder.</translation>
    </message>
    <message>
        <source>Known suppliers: %1.</source>
        <translation>المورّدون المعروفون: %1.</translation>
    </message>
    <message>
        <source>Received %1 of &quot;%2&quot; into %3, %4.</source>
        <translation>تم استلام %1 من &quot;%2&quot; في %3، %4.</translation>
    </message>
    <message>
        <source>Record stock coming in, into a lot per expiry date.</source>
        <translation>يسجّل المخزون الوارد، في دفعة لكل تاريخ انتهاء صلاحية.</translation>
    </message>
    <message>
        <source>Records an intake: the item, how many, the expiry (one lot per item and expiry date), the location and where it came from. The expiry is read as at the intake screen: 3d, 3w, 2m, 1y from today, tomorrow, fri, 12/5 (day/month, or month/day when the pantry&apos;s setting says so), 12/5/27, 2027-01 (the end of that month), 2027-01-15. Without --expiry a perishable item gets its default shelf life. A date already past is refused unless --allow-past-expiry. --location may be left out when the pantry has one location. --supplier alone means --source supplier. </source>
        <translation>يسجّل عملية استلام: الصنف، والكمية، وتاريخ انتهاء الصلاحية (دفعة واحدة لكل صنف وتاريخ انتهاء صلاحية)، والموقع، ومصدره. يُقرأ تاريخ انتهاء الصلاحية كما في شاشة الاستلام: 3d، 3w، 2m، 1y من اليوم، tomorrow، fri، 12/5 (يوم/شهر، أو شهر/يوم إذا نصّ إعداد مخزن الطعام على ذلك)، 12/5/27، 2027-01 (نهاية ذلك الشهر)، 2027-01-15. بدون --expiry يأخذ الصنف القابل للتلف مدة صلاحيته الافتراضية. يُرفض التاريخ الذي مضى إلا مع --allow-past-expiry. يمكن حذف --location إذا كان لمخزن الطعام موقع واحد. وذكر --supplier وحده يعني --source supplier. </translation>
    </message>
    <message>
        <source>the expiry: 3w, 12/5, 2027-01, 2027-01-15, ...</source>
        <translation>تاريخ انتهاء الصلاحية: 3w، 12/5، 2027-01، 2027-01-15، ...</translation>
    </message>
    <message>
        <source>where it goes, by name or id</source>
        <translation>إلى أين يذهب، بالاسم أو المعرّف</translation>
    </message>
    <message>
        <source>supplier, donation (the default), purchase or drive</source>
        <translation>supplier، donation (الافتراضي)، purchase أو drive</translation>
    </message>
    <message>
        <source>the supplier, by name or id</source>
        <translation>المورّد، بالاسم أو المعرّف</translation>
    </message>
    <message>
        <source>accept an expiry date that is already past</source>
        <translation>قبول تاريخ انتهاء صلاحية قد مضى</translation>
    </message>
    <message>
        <source>only %1 of &quot;%2&quot; on hand%3; %4 asked for.</source>
        <translation>لا يتوفر من &quot;%2&quot; سوى %1%3؛ والمطلوب %4.</translation>
    </message>
    <message>
        <source>Give out what there is, record the missing intake first, or add --allow-negative to record it anyway.</source>
        <translation>وزّع ما هو متوفر، أو سجّل الاستلام الناقص أولًا، أو أضف --allow-negative لتسجيله على أي حال.</translation>
    </message>
    <message>
        <source>Distributed %1 of &quot;%2&quot;, first expiry first out.</source>
        <translation>تم توزيع %1 من &quot;%2&quot;، والأقرب انتهاءً للصلاحية يخرج أولًا.</translation>
    </message>
    <message>
        <source>Give stock out, first expiry first out.</source>
        <translation>يوزّع المخزون، والأقرب انتهاءً للصلاحية يخرج أولًا.</translation>
    </message>
    <message>
        <source>Takes the quantity from the item&apos;s lots, the earliest expiry first (lots without expiry last), at one location or across all. Taking more than is on hand is refused unless --allow-negative, which records it and leaves the line below zero as a warning. </source>
        <translation>يأخذ الكمية من دفعات الصنف، الأقرب انتهاءً للصلاحية أولًا (والدفعات التي بلا تاريخ انتهاء صلاحية أخيرًا)، من موقع واحد أو من كل المواقع. يُرفض أخذ أكثر من المتوفر إلا مع --allow-negative، الذي يسجّله ويترك السطر دون الصفر كتحذير. </translation>
    </message>
    <message>
        <source>take only from this location</source>
        <translation>الإخراج من هذا الموقع فقط</translation>
    </message>
    <message>
        <source>record it even when more goes out than is on hand</source>
        <translation>تسجيله حتى لو خرج أكثر من المتوفر</translation>
    </message>
    <message>
        <source>History of &quot;%1&quot; (%2), newest first: %3 movement(s).</source>
        <translation>سجل حركات &quot;%1&quot; (%2)، الأحدث أولًا: عدد الحركات %3.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <source>%1 (reverses %2)</source>
        <translation>%1 (تلغي %2)</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Show every movement of an item.</source>
        <translation>يعرض كل حركات صنف ما.</translation>
    </message>
    <message>
        <source>Lists the item&apos;s movements, newest first: when, kind, quantity, lot expiry, location, who recorded it, why, whether it was reversed, and its id. --json prints {&quot;item&quot;, &quot;item_id&quot;, &quot;history&quot;: [{&quot;id&quot;, &quot;at&quot;, &quot;kind&quot;, &quot;quantity&quot;, &quot;expiry&quot;, &quot;location&quot;, &quot;reason&quot;, &quot;recorded_by&quot;, &quot;reversed&quot;, ...}]}. </source>
        <translation>يعرض حركات الصنف، الأحدث أولًا: متى، والنوع، والكمية، وتاريخ انتهاء صلاحية الدفعة، والموقع، ومن سجّلها، والسبب، وهل أُلغيت، ومعرّفها. الخيار --json يطبع {&quot;item&quot;, &quot;item_id&quot;, &quot;history&quot;: [{&quot;id&quot;, &quot;at&quot;, &quot;kind&quot;, &quot;quantity&quot;, &quot;expiry&quot;, &quot;location&quot;, &quot;reason&quot;, &quot;recorded_by&quot;, &quot;reversed&quot;, ...}]}. </translation>
    </message>
    <message>
        <source>only the newest N movements (default: all)</source>
        <translation>أحدث N حركة فقط (الافتراضي: الكل)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> و%1 غيرها</translation>
    </message>
    <message>
        <source>This pantry has no locations yet.</source>
        <translation>لا توجد مواقع في مخزن الطعام هذا بعد.</translation>
    </message>
    <message>
        <source>Add one first: larder-cli --db FILE locations add --name &quot;Shelf A&quot; --kind shelf.</source>
        <translation>أضف موقعًا أولًا: larder-cli --db FILE locations add --name &quot;Shelf A&quot; --kind shelf.</translation>
    </message>
    <message>
        <source>there is no location &quot;%1&quot; and no location at all yet.</source>
        <translation>لا يوجد موقع باسم &quot;%1&quot;، ولا يوجد أي موقع بعد.</translation>
    </message>
    <message>
        <source>Add one with: larder-cli --db FILE locations add --name &quot;%1&quot; --kind shelf.</source>
        <translation>أضفه باستخدام: larder-cli --db FILE locations add --name &quot;%1&quot; --kind shelf.</translation>
    </message>
    <message>
        <source>there is no location &quot;%1&quot;.</source>
        <translation>لا يوجد موقع باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>no item has the barcode %1.</source>
        <translation>لا يوجد صنف بالباركود %1.</translation>
    </message>
    <message>
        <source>Check the number, or add the item: larder-cli --db FILE items add --name NAME --category CATEGORY --barcode %1.</source>
        <translation>تحقق من الرقم، أو أضف الصنف: larder-cli --db FILE items add --name NAME --category CATEGORY --barcode %1.</translation>
    </message>
    <message>
        <source>no item is called &quot;%1&quot;.</source>
        <translation>لا يوجد صنف باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>See the catalog with larder-cli --db FILE items, or give a barcode.</source>
        <translation>اعرض قائمة الأصناف باستخدام larder-cli --db FILE items، أو أدخل الباركود.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (موقوف)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2 items: %3.</source>
        <translation>&quot;%1&quot; قد يطابق عدة أصناف (%2): %3.</translation>
    </message>
    <message>
        <source>Give the whole name, a barcode or the item&apos;s id (larder-cli --db FILE items --json).</source>
        <translation>اكتب الاسم كاملًا، أو الباركود، أو معرّف الصنف (larder-cli --db FILE items --json).</translation>
    </message>
    <message>
        <source>lot expiring %1</source>
        <translation>دفعة تنتهي صلاحيتها في %1</translation>
    </message>
    <message>
        <source>lot without expiry</source>
        <translation>دفعة بلا تاريخ انتهاء صلاحية</translation>
    </message>
    <message>
        <source>how many, in the item&apos;s unit: 14, &quot;3 cases&quot; (times the case size) or 2x12</source>
        <translation>الكمية، بوحدة الصنف: 14، أو &quot;3 cases&quot; (مضروبة في حجم الكرتونة) أو 2x12</translation>
    </message>
    <message>
        <source>The item, X, is found by barcode, then by id, then by name: the whole name (any case) or words that only one item&apos;s name holds.</source>
        <translation>يُبحث عن الصنف X بالباركود، ثم بالمعرّف، ثم بالاسم: الاسم كاملًا (بغض النظر عن حالة الأحرف) أو كلمات لا يحتويها إلا اسم صنف واحد.</translation>
    </message>
    <message>
        <source>Prints what it posted: a sentence, then the ledger rows with their ids (the ids that reverse takes); --json prints {&quot;action&quot;, &quot;reference&quot;, &quot;movements&quot;: [...]}. Bad input saves nothing and prints one line on stderr naming the option to fix (exit 1).</source>
        <translation>يطبع ما سجّله: جملة، ثم أسطر دفتر الحركات مع معرّفاتها (وهي المعرّفات التي يأخذها reverse)؛ والخيار --json يطبع {&quot;action&quot;, &quot;reference&quot;, &quot;movements&quot;: [...]}. الإدخال الخاطئ لا يحفظ أي شيء ويطبع سطرًا واحدًا في stderr يذكر الخيار الذي يجب تصحيحه (رمز الخروج 1).</translation>
    </message>
</context>
<context>
    <name>larder::cli::SupplierCommands</name>
    <message>
        <source>SUPPLIER: there is no supplier &quot;%1&quot;.</source>
        <translation>SUPPLIER: لا يوجد مورّد باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This pantry has no suppliers yet; add one with suppliers add.</source>
        <translation>لا يوجد مورّدون في مخزن الطعام هذا بعد؛ أضف مورّدًا باستخدام suppliers add.</translation>
    </message>
    <message>
        <source>Known suppliers: %1.</source>
        <translation>المورّدون المعروفون: %1.</translation>
    </message>
    <message>
        <source>the supplier&apos;s name</source>
        <translation>اسم المورّد</translation>
    </message>
    <message>
        <source>who to ask for</source>
        <translation>الشخص الذي يُسأل عنه</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>pickup days, such as &quot;Tue, Sat&quot; (empty: none)</source>
        <translation>أيام التجميع، مثل &quot;Tue, Sat&quot; (فارغ: لا يوجد)</translation>
    </message>
    <message>
        <source>the address printed for the driver</source>
        <translation>العنوان الذي يُطبع للسائق</translation>
    </message>
    <message>
        <source>coordinates (&quot;41.85, -87.66&quot;) or a map link, for the routes (empty: none)</source>
        <translation>الإحداثيات (&quot;41.85, -87.66&quot;) أو رابط خريطة، للمسارات (فارغ: لا يوجد)</translation>
    </message>
    <message>
        <source>what the driver should know</source>
        <translation>ما يجب أن يعرفه السائق</translation>
    </message>
    <message>
        <source>boxes a pickup usually fills (room in the vehicle; 0 to %1)</source>
        <translation>عدد الصناديق التي تملؤها جولة التجميع عادةً (المساحة في السيارة؛ من 0 إلى %1)</translation>
    </message>
    <message>
        <source>Note: without coordinates (--where) this supplier cannot be placed on a pickup route.</source>
        <translation>ملاحظة: بدون إحداثيات (--where) لا يمكن وضع هذا المورّد على مسار تجميع.</translation>
    </message>
    <message>
        <source>Added supplier &quot;%1&quot;, id %2.</source>
        <translation>تمت إضافة المورّد &quot;%1&quot;، المعرّف %2.</translation>
    </message>
    <message>
        <source>Changed supplier &quot;%1&quot;.</source>
        <translation>تم تعديل المورّد &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an active supplier again.</source>
        <translation>أصبح &quot;%1&quot; مورّدًا نشطًا من جديد.</translation>
    </message>
    <message>
        <source>Retired supplier &quot;%1&quot;: it is kept for the history, and no longer offered at intake or on pickup runs.</source>
        <translation>تم إيقاف المورّد &quot;%1&quot;: يُحتفظ به في السجل، ولن يُعرض بعد الآن عند الاستلام ولا في جولات التجميع.</translation>
    </message>
    <message>
        <source>This pantry has no suppliers yet; add one with larder-cli --db FILE suppliers add --name &quot;Mercado El Sol&quot; --where &quot;41.85, -87.66&quot;.</source>
        <translation>لا يوجد مورّدون في مخزن الطعام هذا بعد؛ أضف مورّدًا باستخدام larder-cli --db FILE suppliers add --name &quot;Mercado El Sol&quot; --where &quot;41.85, -87.66&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Pickup days</source>
        <translation>أيام التجميع</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>الصناديق</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>على الخريطة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>List the suppliers, or add, edit, retire one (suppliers add).</source>
        <translation>يعرض المورّدين، أو يضيف مورّدًا أو يعدّله أو يوقفه (suppliers add).</translation>
    </message>
    <message>
        <source>Lists the active suppliers with kind, pickup days, address, coordinates and contact; --all adds retired ones. A supplier pickup run collects from the suppliers whose pickup day it is, planned by their coordinates. --json prints {&quot;suppliers&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;kind&quot;, &quot;contact&quot;, &quot;phone&quot;, &quot;pickup_days&quot;, &quot;address&quot;, &quot;latitude&quot;, &quot;longitude&quot;, &quot;notes&quot;, &quot;active&quot;}]}.</source>
        <translation>يعرض المورّدين النشطين مع النوع وأيام التجميع والعنوان والإحداثيات وجهة الاتصال؛ والخيار --all يضيف الموقوفين. جولة التجميع تمرّ على المورّدين الذين يوافق يوم تجميعهم يومها، وتُخطَّط حسب إحداثياتهم. الخيار --json يطبع {&quot;suppliers&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;kind&quot;, &quot;contact&quot;, &quot;phone&quot;, &quot;pickup_days&quot;, &quot;address&quot;, &quot;latitude&quot;, &quot;longitude&quot;, &quot;notes&quot;, &quot;active&quot;}]}.</translation>
    </message>
    <message>
        <source>include retired suppliers</source>
        <translation>تضمين المورّدين الموقوفين</translation>
    </message>
    <message>
        <source>Add a supplier.</source>
        <translation>يضيف مورّدًا.</translation>
    </message>
    <message>
        <source>Adds a supplier. Kinds: %1 (the default is donor). Names are unique among active suppliers, whatever their case.</source>
        <translation>يضيف مورّدًا. الأنواع: %1 (الافتراضي donor). لا تتكرر الأسماء بين المورّدين النشطين، بغض النظر عن حالة الأحرف.</translation>
    </message>
    <message>
        <source>Change a supplier.</source>
        <translation>يعدّل مورّدًا.</translation>
    </message>
    <message>
        <source>Changes the fields given and keeps the others. An empty value clears a field (--where &quot;&quot; takes the supplier off the map).</source>
        <translation>يغيّر الحقول المذكورة ويُبقي الباقي كما هو. القيمة الفارغة تمسح الحقل (--where &quot;&quot; يُزيل المورّد من الخريطة).</translation>
    </message>
    <message>
        <source>Retire a supplier.</source>
        <translation>يوقف مورّدًا.</translation>
    </message>
    <message>
        <source>Keeps the supplier for the history (lots and movements name it) and stops offering it at intake and on pickup runs.</source>
        <translation>يحتفظ بالمورّد في السجل (الدفعات والحركات تذكره) ويتوقف عن عرضه عند الاستلام وفي جولات التجميع.</translation>
    </message>
    <message>
        <source>Make a retired supplier active again.</source>
        <translation>يعيد تنشيط مورّد موقوف.</translation>
    </message>
    <message>
        <source>The opposite of retire.</source>
        <translation>عكس retire.</translation>
    </message>
</context>
<context>
    <name>larder::cli::SyncCommands</name>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>sync needs a command: export, import, status, conflicts or resolve</source>
        <translation>يحتاج sync إلى أمر: export أو import أو status أو conflicts أو resolve</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>Site:      &quot;%1&quot; (%2)</source>
        <translation>الموقع:      &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Network:   %1</source>
        <translation>الشبكة:   %1</translation>
    </message>
    <message>
        <source>Passphrase: %1</source>
        <translation>عبارة المرور: %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>معيّنة</translation>
    </message>
    <message>
        <source>none yet (this pantry is in no network: make a new file with init --passphrase-file or --join)</source>
        <translation>لا توجد بعد (مخزن الطعام هذا ليس في أي شبكة: أنشئ ملفًا جديدًا باستخدام init --passphrase-file أو --join)</translation>
    </message>
    <message>
        <source>            changed on &quot;%1&quot;: the new passphrase opens this pantry from its next use with it</source>
        <translation>            تغيّرت على &quot;%1&quot;: تفتح عبارة المرور الجديدة مخزن الطعام هذا بدءًا من المرة التالية التي يُستخدم فيها بها</translation>
    </message>
    <message>
        <source>This laptop holds (changes per site):</source>
        <translation>يحتوي هذا الحاسوب على (التغييرات لكل موقع):</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>Peers (as of the last file each sent here):</source>
        <translation>الحواسيب النظيرة (حسب آخر ملف أرسله كل منها إلى هنا):</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا يوجد بعد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2): file made %3, imported %4; holds %5</source>
        <translation>&quot;%1&quot; (%2): أُنشئ الملف %3، واستُورد %4؛ يحتوي على %5</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Open conflicts: %1%2</source>
        <translation>التعارضات المفتوحة: %1%2</translation>
    </message>
    <message>
        <source> (see larder-cli sync conflicts)</source>
        <translation> (راجع larder-cli sync conflicts)</translation>
    </message>
    <message>
        <source>Recent imports:</source>
        <translation>عمليات الاستيراد الأخيرة:</translation>
    </message>
    <message>
        <source>%1  %2 from &quot;%3&quot;: %4 applied, %5 skipped, %6 conflicts</source>
        <translation>%1  %2 من &quot;%3&quot;: المطبّقة %4، المتخطاة %5، التعارضات %6</translation>
    </message>
    <message>
        <source>; its clock was %1 ahead</source>
        <translation>؛ كانت ساعته متقدمة بمقدار %1</translation>
    </message>
    <message>
        <source>Show this laptop&apos;s network, what it holds and what came from whom.</source>
        <translation>يعرض شبكة هذا الحاسوب، وما يحتويه، وما وصل من كل جهة.</translation>
    </message>
    <message>
        <source>Prints the site id and name, the network id, whether the passphrase is set, how many changes this laptop holds from each site (its version vector), the peers it has received files from (when the file was made, when it was imported, what the peer held), the number of open conflicts and the last imports. --json prints {&quot;site&quot;, &quot;name&quot;, &quot;network&quot;, &quot;passphrase_set&quot;, &quot;version_vector&quot;, &quot;peers&quot;: [...], &quot;open_conflicts&quot;, &quot;recent_imports&quot;: [...]}.</source>
        <translation>يطبع معرّف الموقع واسمه، ومعرّف الشبكة، وما إذا كانت عبارة المرور معيّنة، وعدد التغييرات التي يحتفظ بها هذا الحاسوب من كل موقع (متجه الإصدارات الخاص به)، والحواسيب النظيرة التي تلقّى منها ملفات (متى أُنشئ الملف، ومتى استُورد، وما كان لدى الحاسوب النظير)، وعدد التعارضات المفتوحة، وآخر عمليات الاستيراد. يطبع --json {&quot;site&quot;, &quot;name&quot;, &quot;network&quot;, &quot;passphrase_set&quot;, &quot;version_vector&quot;, &quot;peers&quot;: [...], &quot;open_conflicts&quot;, &quot;recent_imports&quot;: [...]}.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>(%1 bytes)</source>
        <translation>(%1 بايت)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>لا توجد تعارضات مفتوحة.</translation>
    </message>
    <message>
        <source>#%1  %2 %3, %4: kept %5 (from &quot;%6&quot;), replaced %7 (from &quot;%8&quot;); found %9</source>
        <translation>#%1  %2 %3، %4: احتُفظ بـ %5 (من &quot;%6&quot;)، واستُبدل %7 (من &quot;%8&quot;)؛ اكتُشف %9</translation>
    </message>
    <message>
        <source>Keep the value shown with &quot;sync resolve ID --accept&quot;, or bring the replaced one back with &quot;sync resolve ID --restore&quot;.</source>
        <translation>احتفظ بالقيمة المعروضة باستخدام &quot;sync resolve ID --accept&quot;، أو أعِد القيمة المستبدلة باستخدام &quot;sync resolve ID --restore&quot;.</translation>
    </message>
    <message>
        <source>List concurrent edits waiting for a coordinator&apos;s review.</source>
        <translation>يعرض التعديلات المتزامنة التي تنتظر مراجعة المنسق.</translation>
    </message>
    <message>
        <source>When two laptops changed the same field without having seen each other&apos;s change, the newer change wins everywhere and the other is listed here: its id, the record and field, the kept and the replaced value and where each came from. Values can be personal data. --json prints {&quot;conflicts&quot;: [{&quot;id&quot;, &quot;table&quot;, &quot;row_id&quot;, &quot;column&quot;, &quot;kept_value&quot;, &quot;kept_site&quot;, &quot;lost_value&quot;, &quot;lost_site&quot;, ...}]}.</source>
        <translation>عندما يغيّر حاسوبان الحقل نفسه دون أن يرى أي منهما تغيير الآخر، يفوز التغيير الأحدث في كل مكان، ويُدرج التغيير الآخر هنا: معرّفه، والسجل والحقل، والقيمة المحتفظ بها والقيمة المستبدلة، ومصدر كل منهما. قد تكون القيم بيانات شخصية. يطبع --json {&quot;conflicts&quot;: [{&quot;id&quot;, &quot;table&quot;, &quot;row_id&quot;, &quot;column&quot;, &quot;kept_value&quot;, &quot;kept_site&quot;, &quot;lost_value&quot;, &quot;lost_site&quot;, ...}]}.</translation>
    </message>
    <message>
        <source>ID must be a conflict number from &quot;sync conflicts&quot;, not &quot;%1&quot;</source>
        <translation>يجب أن يكون ID رقم تعارض من &quot;sync conflicts&quot;، وليس &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either --accept or --restore</source>
        <translation>حدّد إما --accept أو --restore</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>لا يوجد تعارض مفتوح رقمه %1.</translation>
    </message>
    <message>
        <source>List them with &quot;larder-cli sync conflicts&quot;.</source>
        <translation>اعرضها باستخدام &quot;larder-cli sync conflicts&quot;.</translation>
    </message>
    <message>
        <source>Conflict %1 closed: %2 %3 keeps %4.</source>
        <translation>أُغلق التعارض %1: يحتفظ %2 %3 بالقيمة %4.</translation>
    </message>
    <message>
        <source>Conflict %1 closed: %2 %3 is %4 again, a new change the other laptops receive with the next sync file.</source>
        <translation>أُغلق التعارض %1: عاد %2 %3 إلى %4، وهذا تغيير جديد تتلقاه الحواسيب الأخرى مع ملف المزامنة التالي.</translation>
    </message>
    <message>
        <source>Close a conflict: keep the value, or restore the replaced one.</source>
        <translation>يغلق تعارضًا: يحتفظ بالقيمة، أو يستعيد القيمة المستبدلة.</translation>
    </message>
    <message>
        <source>--accept keeps the value the merge rule chose and closes the conflict. --restore writes the replaced value back as a new change, which wins and reaches the other laptops with the next sync file.</source>
        <translation>--accept يحتفظ بالقيمة التي اختارتها قاعدة الدمج ويغلق التعارض. --restore يعيد كتابة القيمة المستبدلة كتغيير جديد، يفوز ويصل إلى الحواسيب الأخرى مع ملف المزامنة التالي.</translation>
    </message>
    <message>
        <source>keep the value shown</source>
        <translation>احتفظ بالقيمة المعروضة</translation>
    </message>
    <message>
        <source>bring the replaced value back</source>
        <translation>أعِد القيمة المستبدلة</translation>
    </message>
    <message>
        <source>give --json or --digest, not both</source>
        <translation>حدّد --json أو --digest، وليس كليهما</translation>
    </message>
    <message>
        <source>Print the data the network shares, canonically, or its digest.</source>
        <translation>يطبع البيانات التي تتشاركها الشبكة بصيغة موحّدة، أو ملخّصها (digest).</translation>
    </message>
    <message>
        <source>Prints every synced record&apos;s current values and every ledger row, ordered by table and id, without anything that belongs to this laptop only: one JSON object per line, {&quot;table&quot;, &quot;row&quot;}; --json prints them as one JSON array. --digest prints only the SHA-256 of the lines: two laptops that have exchanged everything print the same digest. The dump holds households&apos; personal data in clear: keep it safe.</source>
        <translation>يطبع القيم الحالية لكل سجل تمت مزامنته وكل صف في سجل المخزون، مرتبة حسب الجدول والمعرّف، دون أي شيء يخص هذا الحاسوب وحده: كائن JSON واحد في كل سطر، {&quot;table&quot;, &quot;row&quot;}؛ ويطبعها --json كمصفوفة JSON واحدة. يطبع --digest قيمة SHA-256 للأسطر فقط: الحاسوبان اللذان تبادلا كل شيء يطبعان الملخّص نفسه. يحتوي هذا التفريغ على البيانات الشخصية للأسر بشكل مكشوف: احفظه في مكان آمن.</translation>
    </message>
    <message>
        <source>print only the SHA-256</source>
        <translation>اطبع قيمة SHA-256 فقط</translation>
    </message>
    <message>
        <source>Share data with the network&apos;s other laptops through sync files.</source>
        <translation>يشارك البيانات مع حواسيب الشبكة الأخرى عبر ملفات المزامنة.</translation>
    </message>
    <message>
        <source>The laptops of a network carry their changes to each other in encrypted sync files: on a USB stick, through a messaging app or a shared folder. Import is idempotent and order-independent: any set of files, imported in any order, any number of times, gives every laptop the same data. A damaged, truncated, foreign, wrong-passphrase or newer-format file is refused whole and nothing changes.</source>
        <translation>تنقل حواسيب الشبكة تغييراتها إلى بعضها في ملفات مزامنة مشفّرة: على ذاكرة USB، أو عبر تطبيق مراسلة، أو في مجلد مشترك. الاستيراد آمن للتكرار ولا يعتمد على الترتيب: أي مجموعة من الملفات، تُستورد بأي ترتيب وأي عدد من المرات، تعطي كل الحواسيب البيانات نفسها. الملف التالف أو المقطوع أو الغريب أو ذو عبارة المرور الخاطئة أو ذو التنسيق الأحدث يُرفض بالكامل ولا يتغير شيء.</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>البصمة %1</translation>
    </message>
    <message>
        <source>no key yet (history vouched for by &quot;%1&quot;)</source>
        <translation>لا يوجد مفتاح بعد (يشهد &quot;%1&quot; بصحة سجله)</translation>
    </message>
    <message>
        <source> — this laptop</source>
        <translation> — هذا الحاسوب</translation>
    </message>
    <message>
        <source>; %1 changes signed; known since %2, from &quot;%3&quot;</source>
        <translation>؛ التغييرات الموقّعة: %1؛ معروف منذ %2، عن طريق &quot;%3&quot;</translation>
    </message>
    <message>
        <source>; id from before signed changes</source>
        <translation>؛ معرّف يعود إلى ما قبل التغييرات الموقّعة</translation>
    </message>
    <message>
        <source>; REVOKED by &quot;%1&quot; on %2, after its change %3</source>
        <translation>؛ أبطله &quot;%1&quot; في %2، بعد تغييره رقم %3</translation>
    </message>
    <message>
        <source>No laptop is known yet: the list fills with the first sync file this laptop exports or imports.</source>
        <translation>لا يُعرف أي حاسوب بعد: تمتلئ القائمة بأول ملف مزامنة يصدّره هذا الحاسوب أو يستورده.</translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot; (fingerprint %2): its changes after number %3 are refused on every laptop this laptop&apos;s next sync files reach, and its own files are refused whole.</source>
        <translation>أُبطل &quot;%1&quot; (البصمة %2): تُرفض تغييراته التي تلي الرقم %3 على كل حاسوب تصل إليه ملفات المزامنة التالية من هذا الحاسوب، وتُرفض ملفاته هو بالكامل.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>If the laptop was lost, also rotate the network&apos;s key (&quot;larder-cli passphrase rotate&quot;), so it cannot read what is shared from now on.</source>
        <translation>إذا فُقد الحاسوب، فغيّر أيضًا مفتاح الشبكة (&quot;larder-cli passphrase rotate&quot;)، حتى لا يستطيع قراءة ما يُشارك من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>List the network&apos;s laptops with their key fingerprints.</source>
        <translation>يعرض حواسيب الشبكة مع بصمات مفاتيحها.</translation>
    </message>
    <message>
        <source>Every laptop this one knows from sync files, itself first: its name, the fingerprint of the key that signs its changes (compare it with the one on that laptop&apos;s Sync page before trusting it), how many of its changes this laptop holds signed, when and from whose file it was first seen, and whether it was revoked. A laptop from before signed changes shows no key until its own first new file arrives; its history is vouched for by the laptop that relayed it. --json prints {&quot;members&quot;: [{&quot;site&quot;, &quot;name&quot;, &quot;fingerprint&quot;, &quot;self&quot;, &quot;signed_up_to&quot;, &quot;revoked_after&quot;, ...}]}.</source>
        <translation>كل حاسوب يعرفه هذا الحاسوب من ملفات المزامنة، بدءًا بنفسه: اسمه، وبصمة المفتاح الذي يوقّع تغييراته (قارنها بالبصمة الظاهرة في صفحة المزامنة على ذلك الحاسوب قبل الوثوق به)، وعدد تغييراته الموقّعة التي يحتفظ بها هذا الحاسوب، ومتى رُئي أول مرة ومن ملف مَن، وما إذا كان قد أُبطل. الحاسوب الذي يعود إلى ما قبل التغييرات الموقّعة لا يظهر له مفتاح حتى يصل أول ملف جديد منه؛ ويشهد بصحة سجله الحاسوبُ الذي نقله. يطبع --json {&quot;members&quot;: [{&quot;site&quot;, &quot;name&quot;, &quot;fingerprint&quot;, &quot;self&quot;, &quot;signed_up_to&quot;, &quot;revoked_after&quot;, ...}]}.</translation>
    </message>
    <message>
        <source>Revoke a lost or misused laptop: its new changes are refused.</source>
        <translation>يُبطل حاسوبًا مفقودًا أو أسيء استخدامه: تُرفض تغييراته الجديدة.</translation>
    </message>
    <message>
        <source>Names the laptop by its name or the start of its id (as &quot;sync members&quot; shows it). Its changes after the newest one this laptop holds are refused on every laptop the revocation reaches — it travels, signed by this laptop, in every sync file from now on — and files it makes are refused whole. It cannot be undone. Revoking does not stop the lost laptop reading new files: rotate the network&apos;s key as well (&quot;passphrase rotate&quot;).</source>
        <translation>يحدّد الحاسوب باسمه أو ببداية معرّفه (كما يعرضه &quot;sync members&quot;). تُرفض تغييراته التي تلي أحدث تغيير يحتفظ به هذا الحاسوب على كل حاسوب يصل إليه الإبطال — إذ ينتقل الإبطال، موقّعًا من هذا الحاسوب، في كل ملف مزامنة من الآن فصاعدًا — وتُرفض الملفات التي ينشئها بالكامل. لا يمكن التراجع عن ذلك. الإبطال لا يمنع الحاسوب المفقود من قراءة الملفات الجديدة: غيّر مفتاح الشبكة أيضًا (&quot;passphrase rotate&quot;).</translation>
    </message>
    <message>
        <source>--for needs a site id or a pantry&apos;s name</source>
        <translation>--for يحتاج إلى معرّف موقع أو اسم مخزن طعام</translation>
    </message>
    <message>
        <source>This file exists and is not a sync file, so export will not replace it.</source>
        <translation>هذا الملف موجود وليس ملف مزامنة، لذا لن يستبدله export.</translation>
    </message>
    <message>
        <source>Give a new name, or the name of an older sync file to replace.</source>
        <translation>اختر اسمًا جديدًا، أو اسم ملف مزامنة أقدم لاستبداله.</translation>
    </message>
    <message>
        <source>Exporting:</source>
        <translation>جارٍ التصدير:</translation>
    </message>
    <message>
        <source>everything this laptop holds</source>
        <translation>كل ما يحتويه هذا الحاسوب</translation>
    </message>
    <message>
        <source>what &quot;%1&quot; had not seen in its last file</source>
        <translation>ما لم يكن &quot;%1&quot; قد رآه في ملفه الأخير</translation>
    </message>
    <message>
        <source>Wrote %1: %2 operations, %3 bytes (%4).</source>
        <translation>كُتب %1: عدد العمليات %2، الحجم %3 بايت (%4).</translation>
    </message>
    <message>
        <source>Importing %1:</source>
        <translation>جارٍ استيراد %1:</translation>
    </message>
    <message>
        <source>%1: the network&apos;s key was rotated on &quot;%2&quot;; this pantry took the new key and now opens with the new passphrase only.</source>
        <translation>%1: غُيّر مفتاح الشبكة على &quot;%2&quot;؛ أخذ مخزن الطعام هذا المفتاح الجديد، ولم يعد يُفتح إلا بعبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>%1: the network&apos;s passphrase was changed on &quot;%2&quot;; this pantry now opens with the new one only.</source>
        <translation>%1: تم تغيير عبارة مرور الشبكة على الجهاز &quot;%2&quot;؛ أصبح مخزن الطعام هذا يُفتح بالعبارة الجديدة فقط.</translation>
    </message>
    <message>
        <source>%1: the network&apos;s passphrase was changed on &quot;%2&quot;; give the new one next time and this pantry takes it.</source>
        <translation>%1: تم تغيير عبارة مرور الشبكة على الجهاز &quot;%2&quot;؛ أدخل العبارة الجديدة في المرة القادمة وسيعتمدها مخزن الطعام هذا.</translation>
    </message>
    <message>
        <source>%1: from &quot;%2&quot; (site %3): %4 operations applied, %5 already here (skipped), %6 new conflicts to review.</source>
        <translation>%1: من &quot;%2&quot; (الموقع %3): عمليات طُبّقت: %4، وموجودة هنا مسبقًا (تم تخطيها): %5، وتعارضات جديدة تحتاج إلى مراجعة: %6.</translation>
    </message>
    <message>
        <source>%1: %2 changes follow ones this laptop does not hold yet; they come again with a full export from &quot;%3&quot;.</source>
        <translation>%1: %2 من التغييرات تأتي بعد تغييرات لا يملكها هذا الحاسوب بعد؛ وستصل مرة أخرى مع تصدير كامل من &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 changes were made by a revoked laptop after its revocation, and were refused.</source>
        <translation>%1: %2 من التغييرات أجراها حاسوب أُلغي اعتماده، بعد إلغاء اعتماده، وقد رُفضت.</translation>
    </message>
    <message>
        <source>%1: warning: the clock of &quot;%2&quot; is %3 ahead of this laptop&apos;s. Check the date and time on both laptops.</source>
        <translation>%1: تحذير: ساعة &quot;%2&quot; متقدمة بمقدار %3 عن ساعة هذا الحاسوب. تحقّق من التاريخ والوقت على كلا الحاسوبين.</translation>
    </message>
    <message>
        <source>Write a sync file for the other laptops.</source>
        <translation>كتابة ملف مزامنة للحواسيب الأخرى.</translation>
    </message>
    <message>
        <source>Writes every change this laptop holds (its own and those relayed from others) into OUT, encrypted with the network&apos;s passphrase; with --for, only what that peer had not seen in the last file it sent here. The file is written under a temporary name and renamed. An existing file is replaced only if it is a sync file. Prints the number of changes (operations) and the bytes written; --json prints {&quot;file&quot;, &quot;operations&quot;, &quot;bytes&quot;, &quot;for&quot;}. </source>
        <translation>يكتب في OUT كل التغييرات الموجودة على هذا الحاسوب (تغييراته والتغييرات التي نقلها من حواسيب أخرى)، مشفّرة بعبارة مرور الشبكة؛ ومع --for يكتب فقط ما لم يره ذلك الطرف في آخر ملف أرسله إلى هنا. يُكتب الملف باسم مؤقت ثم تُغيَّر تسميته. لا يُستبدل ملف موجود إلا إذا كان ملف مزامنة. يعرض عدد التغييرات (العمليات) وعدد البايتات المكتوبة؛ ومع --json يعرض {&quot;file&quot;, &quot;operations&quot;, &quot;bytes&quot;, &quot;for&quot;}. </translation>
    </message>
    <message>
        <source>only what this peer lacks: its site id or pantry name</source>
        <translation>فقط ما ينقص هذا الطرف: معرّف موقعه أو اسم مخزن الطعام الخاص به</translation>
    </message>
    <message>
        <source>Apply the changes in one or more sync files.</source>
        <translation>تطبيق التغييرات الموجودة في ملف مزامنة واحد أو أكثر.</translation>
    </message>
    <message>
        <source>Imports each FILE in its own transaction and prints, per file, who sent it, how many changes were new (applied) and how many this laptop had already (skipped), the concurrent edits it listed for review (see sync conflicts), and a warning when the sender&apos;s clock is more than an hour ahead of this one&apos;s (more than a day ahead is refused). A refused file (damaged, cut short, from another network, the wrong passphrase, a newer Larder) changes nothing and gets one line on stderr; the other files still import, and the exit code is then 1. --json prints {&quot;files&quot;: [{&quot;file&quot;, &quot;ok&quot;, &quot;from_site&quot;, &quot;from_name&quot;, &quot;applied&quot;, &quot;skipped&quot;, &quot;conflicts&quot;, &quot;clock_ahead_ms&quot;, &quot;clock_warning&quot;} or {&quot;file&quot;, &quot;ok&quot;: false, &quot;error&quot;, &quot;message&quot;}]}. When the network&apos;s key was rotated on another laptop (passphrase rotate), give this pantry&apos;s passphrase with --passphrase-file and the new one with --new-passphrase-file: the pantry takes the new key. </source>
        <translation>يستورد كل FILE في معاملة مستقلة، ويعرض لكل ملف: من أرسله، وكم تغييرًا كان جديدًا (طُبّق) وكم تغييرًا كان موجودًا على هذا الحاسوب مسبقًا (تم تخطيه)، والتعديلات المتزامنة التي أدرجها للمراجعة (انظر sync conflicts)، وتحذيرًا عندما تكون ساعة المُرسِل متقدمة بأكثر من ساعة عن ساعة هذا الحاسوب (وإذا كانت متقدمة بأكثر من يوم يُرفض الملف). الملف المرفوض (تالف، أو ناقص، أو من شبكة أخرى، أو بعبارة مرور خاطئة، أو من إصدار أحدث من Larder) لا يغيّر شيئًا ويُكتب عنه سطر واحد في stderr؛ وتُستورد الملفات الأخرى رغم ذلك، ويكون رمز الخروج عندئذٍ 1. ومع --json يعرض {&quot;files&quot;: [{&quot;file&quot;, &quot;ok&quot;, &quot;from_site&quot;, &quot;from_name&quot;, &quot;applied&quot;, &quot;skipped&quot;, &quot;conflicts&quot;, &quot;clock_ahead_ms&quot;, &quot;clock_warning&quot;} أو {&quot;file&quot;, &quot;ok&quot;: false, &quot;error&quot;, &quot;message&quot;}]}. إذا تم تغيير مفتاح الشبكة على حاسوب آخر (passphrase rotate)، فأدخل عبارة مرور مخزن الطعام هذا مع --passphrase-file والعبارة الجديدة مع --new-passphrase-file: وعندها يعتمد مخزن الطعام المفتاح الجديد. </translation>
    </message>
    <message>
        <source>a file whose first line is the network&apos;s new passphrase</source>
        <translation>ملف سطره الأول هو عبارة المرور الجديدة للشبكة</translation>
    </message>
    <message>
        <source>a file whose first line is the network&apos;s passphrase (never printed)</source>
        <translation>ملف سطره الأول هو عبارة مرور الشبكة (لا تُعرض أبدًا)</translation>
    </message>
    <message>
        <source>the network&apos;s passphrase is needed: add --passphrase-file P</source>
        <translation>عبارة مرور الشبكة مطلوبة: أضف --passphrase-file P</translation>
    </message>
    <message>
        <source>The passphrase is stretched with Argon2id at libsodium&apos;s moderate cost (about a second and 256 MiB). For tests only, the environment variable LARDER_KDF=minimal makes that cost negligible, and the files it makes easy to attack: never set it for a real pantry.</source>
        <translation>تُقوّى عبارة المرور باستخدام Argon2id بالتكلفة المتوسطة في libsodium (نحو ثانية واحدة و256 MiB). للاختبارات فقط: متغير البيئة LARDER_KDF=minimal يجعل هذه التكلفة ضئيلة جدًا، ويجعل الملفات التي تُنشأ به سهلة الاختراق: لا تضبطه أبدًا لمخزن طعام حقيقي.</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 يوم</translation>
    </message>
</context>
<context>
    <name>larder::demo::DemoData</name>
    <message>
        <source>The demo&apos;s box template &quot;%1&quot; names an item that is not in its catalog: &quot;%2&quot;.</source>
        <translation>قالب الصندوق التجريبي &quot;%1&quot; يذكر صنفًا غير موجود في الكتالوج التجريبي: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Report this as a bug in Larder&apos;s demo data.</source>
        <translation>يُرجى الإبلاغ عن هذا كخطأ في بيانات Larder التجريبية.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>توصيل</translation>
    </message>
    <message>
        <source>Neighbour says they moved</source>
        <translation>يقول أحد الجيران إنهم انتقلوا</translation>
    </message>
    <message>
        <source>Nobody answered, left a note</source>
        <translation>لم يردّ أحد، وتُركت ملاحظة</translation>
    </message>
    <message>
        <source>Gate locked</source>
        <translation>البوابة مقفلة</translation>
    </message>
    <message>
        <source>Food bank delivery for the next distribution day</source>
        <translation>شحنة من بنك الطعام ليوم التوزيع القادم</translation>
    </message>
    <message>
        <source>The number of demo households must be from 0 to 10,000,000.</source>
        <translation>يجب أن يكون عدد الأسر التجريبية بين 0 و10,000,000.</translation>
    </message>
    <message>
        <source>Ask for fewer households.</source>
        <translation>اطلب عددًا أقل من الأسر.</translation>
    </message>
    <message>
        <source>The demo history must be from 1 to 520 weeks long.</source>
        <translation>يجب أن تكون مدة السجل التجريبي بين 1 و520 أسبوعًا.</translation>
    </message>
    <message>
        <source>Ask for fewer weeks.</source>
        <translation>اطلب عددًا أقل من الأسابيع.</translation>
    </message>
    <message>
        <source>The number of demo movements must be from 0 to 1,000,000,000.</source>
        <translation>يجب أن يكون عدد حركات المخزون التجريبية بين 0 و1,000,000,000.</translation>
    </message>
    <message>
        <source>Ask for fewer movements, or 0 for a realistic number.</source>
        <translation>اطلب عددًا أقل من الحركات، أو 0 للحصول على عدد واقعي.</translation>
    </message>
</context>
<context>
    <name>larder::inventory::InputParser</name>
    <message>
        <source>%1 is already past.</source>
        <translation>%1 قد مضى بالفعل.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Larder understands. Type a date such as 12/5, 2027-01-15 or 2027-01, or a span such as 5d, 3w or 2m.</source>
        <translation>&quot;%1&quot; ليس تاريخًا يفهمه Larder. اكتب تاريخًا مثل 12/5 أو 2027-01-15 أو 2027-01، أو مدة مثل 5d أو 3w أو 2m.</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>لا يوجد شهر رقمه %1.</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 ليس تاريخًا صحيحًا.</translation>
    </message>
    <message>
        <source>Type how many, for example 14 or 3 cases.</source>
        <translation>اكتب الكمية، مثل 14 أو 3 cases (أي 3 كراتين).</translation>
    </message>
    <message>
        <source>This item has no case size. Type the number of units instead, or set the case size on the item.</source>
        <translation>هذا الصنف ليس له حجم كرتونة. اكتب عدد الوحدات بدلًا من ذلك، أو حدّد حجم الكرتونة في بيانات الصنف.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero. To take stock out, use distribute or dispose; to fix a mistake, undo the entry.</source>
        <translation>يجب أن تكون الكمية أكبر من صفر. لإخراج مخزون، استخدم التوزيع أو الإتلاف؛ ولتصحيح خطأ، تراجع عن الإدخال.</translation>
    </message>
    <message>
        <source>Quantities are whole units. Type %1 as a whole number.</source>
        <translation>الكميات تُحسب بوحدات كاملة. اكتب %1 كعدد صحيح.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity. Type a number, such as 14 or 3 cases.</source>
        <translation>&quot;%1&quot; ليست كمية. اكتب رقمًا، مثل 14 أو 3 cases.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>يجب أن تكون الكمية أكبر من صفر.</translation>
    </message>
    <message>
        <source>%1 is more than Larder accepts in one entry (%2). Check the number; split a very large delivery into several entries.</source>
        <translation>%1 أكثر مما يقبله Larder في إدخال واحد (%2). تحقّق من الرقم؛ وقسّم الشحنة الكبيرة جدًا على عدة إدخالات.</translation>
    </message>
</context>
<context>
    <name>larder::inventory::Inventory</name>
    <message>
        <source>The item needs a name.</source>
        <translation>الصنف يحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>Type a name, such as &quot;Rice 2 lb&quot;.</source>
        <translation>اكتب اسمًا، مثل &quot;أرز 2 lb&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation>&quot;%1&quot; ليس فئة.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>اختر واحدًا مما يلي: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit.</source>
        <translation>&quot;%1&quot; ليست وحدة.</translation>
    </message>
    <message>
        <source>A case of %1 is not possible.</source>
        <translation>لا يمكن أن تحتوي الكرتونة على %1.</translation>
    </message>
    <message>
        <source>Type how many units a case holds, or 0.</source>
        <translation>اكتب عدد الوحدات في الكرتونة الواحدة، أو 0.</translation>
    </message>
    <message>
        <source>An item counted in cases needs its case size.</source>
        <translation>الصنف الذي يُعدّ بالكراتين يحتاج إلى حجم الكرتونة.</translation>
    </message>
    <message>
        <source>Type how many units one case holds.</source>
        <translation>اكتب عدد الوحدات في الكرتونة الواحدة.</translation>
    </message>
    <message>
        <source>Weights, shelf life and par level cannot be negative.</source>
        <translation>لا يمكن أن تكون الأوزان أو مدة الصلاحية أو الحد الأدنى قيمًا سالبة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dietary tag.</source>
        <translation>&quot;%1&quot; ليس وسمًا غذائيًا.</translation>
    </message>
    <message>
        <source>Use: %1.</source>
        <translation>استخدم: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode.</source>
        <translation>&quot;%1&quot; ليس باركود صحيحًا.</translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to &quot;%2&quot;.</source>
        <translation>الباركود %1 مسجّل مسبقًا للصنف &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Scan it to find that item, or remove the code from it first.</source>
        <translation>امسحه ضوئيًا للعثور على ذلك الصنف، أو أزل الرمز منه أولًا.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>هذا الصنف لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The location needs a name.</source>
        <translation>المكان يحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>Type a name, such as &quot;Shelf B&quot;.</source>
        <translation>اكتب اسمًا، مثل &quot;الرف B&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of location.</source>
        <translation>&quot;%1&quot; ليس نوعًا من أنواع الأماكن.</translation>
    </message>
    <message>
        <source>There is already a location called &quot;%1&quot;.</source>
        <translation>يوجد مكان باسم &quot;%1&quot; بالفعل.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Choose a location.</source>
        <translation>اختر مكانًا.</translation>
    </message>
    <message>
        <source>That location does not exist.</source>
        <translation>هذا المكان غير موجود.</translation>
    </message>
    <message>
        <source>Choose one of the pantry&apos;s locations.</source>
        <translation>اختر أحد أماكن مخزن الطعام.</translation>
    </message>
    <message>
        <source>That item does not exist.</source>
        <translation>هذا الصنف غير موجود.</translation>
    </message>
    <message>
        <source>Scan or search for the item again.</source>
        <translation>امسح الصنف ضوئيًا أو ابحث عنه مرة أخرى.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>يجب أن تكون الكمية أكبر من صفر.</translation>
    </message>
    <message>
        <source>%1 is more than Larder accepts in one entry (%2).</source>
        <translation>%1 أكثر مما يقبله Larder في إدخال واحد (%2).</translation>
    </message>
    <message>
        <source>Check the number; split a very large delivery into several entries.</source>
        <translation>تحقّق من الرقم؛ وقسّم الشحنة الكبيرة جدًا على عدة إدخالات.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired.</source>
        <translation>&quot;%1&quot; موقوف عن الاستخدام.</translation>
    </message>
    <message>
        <source>Make it active again in the catalog before receiving it.</source>
        <translation>أعد تفعيله في الكتالوج قبل استلامه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of intake.</source>
        <translation>&quot;%1&quot; ليس نوعًا من أنواع الاستلام.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>استخدم واحدًا مما يلي: %1.</translation>
    </message>
    <message>
        <source>That supplier does not exist.</source>
        <translation>هذا المورّد غير موجود.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is perishable: type its expiry date.</source>
        <translation>&quot;%1&quot; سريع التلف: اكتب تاريخ انتهاء صلاحيته.</translation>
    </message>
    <message>
        <source>For example 5d, 12/5 or 2027-01.</source>
        <translation>مثل 5d أو 12/5 أو 2027-01.</translation>
    </message>
    <message>
        <source>The expiry date %1 is already past.</source>
        <translation>تاريخ انتهاء الصلاحية %1 قد مضى.</translation>
    </message>
    <message>
        <source>Check the date on the package; food past its date goes to disposal, not onto the shelf.</source>
        <translation>تحقّق من التاريخ على العبوة؛ الطعام المنتهي الصلاحية يُتلف ولا يوضع على الرف.</translation>
    </message>
    <message>
        <source>Only %1 of &quot;%2&quot; on hand; %3 asked for.</source>
        <translation>المتوفر من &quot;%2&quot; هو %1 فقط؛ والمطلوب %3.</translation>
    </message>
    <message>
        <source>Give out what there is, or record the intake that is missing first.</source>
        <translation>وزّع المتوفر، أو سجّل أولًا الاستلام الناقص.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; anywhere to take from.</source>
        <translation>لا يوجد &quot;%1&quot; في أي مكان لأخذه منه.</translation>
    </message>
    <message>
        <source>Choose the location it was taken from.</source>
        <translation>اختر المكان الذي أُخذ منه.</translation>
    </message>
    <message>
        <source>Say why this stock is thrown away.</source>
        <translation>اذكر سبب التخلص من هذا المخزون.</translation>
    </message>
    <message>
        <source>Only %1 on hand in that lot at that location; %2 asked for.</source>
        <translation>المتوفر من هذه الدفعة في هذا المكان هو %1 فقط؛ والمطلوب %2.</translation>
    </message>
    <message>
        <source>Check the lot and location, or count the shelf first.</source>
        <translation>تحقّق من الدفعة والمكان، أو قم بجرد الرف أولًا.</translation>
    </message>
    <message>
        <source>The stock is already at %1.</source>
        <translation>المخزون موجود بالفعل في %1.</translation>
    </message>
    <message>
        <source>Choose another location.</source>
        <translation>اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>Only %1 on hand in that lot at %2; %3 asked for.</source>
        <translation>المتوفر من هذه الدفعة في %2 هو %1 فقط؛ والمطلوب %3.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>That lot is not a lot of this item.</source>
        <translation>هذه الدفعة ليست من هذا الصنف.</translation>
    </message>
    <message>
        <source>undelivered</source>
        <translation>لم يُسلَّم</translation>
    </message>
    <message>
        <source>That movement does not exist.</source>
        <translation>هذه الحركة غير موجودة.</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed.</source>
        <translation>لا يمكن عكس حركة عكسية.</translation>
    </message>
    <message>
        <source>Record the movement again instead.</source>
        <translation>سجّل الحركة من جديد بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This movement was reversed already.</source>
        <translation>تم عكس هذه الحركة من قبل.</translation>
    </message>
    <message>
        <source>A count of this stock is already open (started %1).</source>
        <translation>يوجد جرد مفتوح لهذا المخزون بالفعل (بدأ %1).</translation>
    </message>
    <message>
        <source>Finish or cancel that count first.</source>
        <translation>أنهِ ذلك الجرد أو ألغِه أولًا.</translation>
    </message>
    <message>
        <source>That count does not exist.</source>
        <translation>هذا الجرد غير موجود.</translation>
    </message>
    <message>
        <source>That count is closed already.</source>
        <translation>هذا الجرد مغلق بالفعل.</translation>
    </message>
    <message>
        <source>Start a new count.</source>
        <translation>ابدأ جردًا جديدًا.</translation>
    </message>
    <message>
        <source>That count line does not exist.</source>
        <translation>سطر الجرد هذا غير موجود.</translation>
    </message>
    <message>
        <source>A counted quantity is a whole number from 0 up.</source>
        <translation>الكمية المعدودة عدد صحيح من 0 فما فوق.</translation>
    </message>
    <message>
        <source>Type what is on the shelf, 0 if nothing; leave it empty if not counted.</source>
        <translation>اكتب ما هو موجود على الرف، أو 0 إذا لم يكن هناك شيء؛ واتركه فارغًا إذا لم يُعدّ.</translation>
    </message>
    <message>
        <source>This count is for another location.</source>
        <translation>هذا الجرد خاص بمكان آخر.</translation>
    </message>
    <message>
        <source>This stock is on the count already.</source>
        <translation>هذا المخزون مُدرج في الجرد بالفعل.</translation>
    </message>
    <message>
        <source>Enter its count there.</source>
        <translation>أدخل العدد هناك.</translation>
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
        <translation>كرتونة واحدة</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 كرتونة</translation>
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
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Pickup days</source>
        <translation>أيام الجلب</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Notes for the driver</source>
        <translation>ملاحظات للسائق</translation>
    </message>
    <message>
        <source>Usual load</source>
        <translation>الحمولة المعتادة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n characters is too long.</source>
        <translation>
            <numerusform>يحتوي النص على %n حرف، وهذا أطول من اللازم.</numerusform>
            <numerusform>يحتوي النص على حرف واحد، وهذا أطول من اللازم.</numerusform>
            <numerusform>يحتوي النص على حرفين، وهذا أطول من اللازم.</numerusform>
            <numerusform>يحتوي النص على %n أحرف، وهذا أطول من اللازم.</numerusform>
            <numerusform>يحتوي النص على %n حرفًا، وهذا أطول من اللازم.</numerusform>
            <numerusform>يحتوي النص على %n حرف، وهذا أطول من اللازم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation>اجعل عدد الأحرف أقل من %1.</translation>
    </message>
    <message>
        <source>the supplier needs a name.</source>
        <translation>المورّد يحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>Type the name drivers and volunteers know it by, such as &quot;Mercado El Sol&quot;.</source>
        <translation>اكتب الاسم الذي يعرفه به السائقون والمتطوعون، مثل &quot;سوق النور&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of supplier.</source>
        <translation>&quot;%1&quot; ليس نوعًا من أنواع الموردين.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>اختر واحدًا مما يلي: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week.</source>
        <translation>&quot;%1&quot; ليس يومًا من أيام الأسبوع.</translation>
    </message>
    <message>
        <source>Type days such as &quot;Tue, Sat&quot;.</source>
        <translation>اكتب أيامًا مثل &quot;Tue, Sat&quot;.</translation>
    </message>
    <message>
        <source>%1, %2 is not a place.</source>
        <translation>%1, %2 ليس مكانًا صحيحًا.</translation>
    </message>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a map link.</source>
        <translation>اكتب خط العرض وخط الطول، مثل 41.8575, -87.6607، أو الصق رابط خريطة.</translation>
    </message>
    <message>
        <source>%1 is not a number of boxes.</source>
        <translation>%1 ليس عددًا صحيحًا من الصناديق.</translation>
    </message>
    <message>
        <source>Type a number from 0 to %1.</source>
        <translation>اكتب رقمًا من 0 إلى %1.</translation>
    </message>
    <message>
        <source>There is already a supplier called &quot;%1&quot;.</source>
        <translation>يوجد مورّد باسم &quot;%1&quot; بالفعل.</translation>
    </message>
    <message>
        <source>Choose another name, or change that supplier instead.</source>
        <translation>اختر اسمًا آخر، أو عدّل ذلك المورّد بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This supplier is no longer on file.</source>
        <translation>هذا المورّد لم يعد مسجّلًا.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>أعد تحميل القائمة.</translation>
    </message>
</context>
<context>
    <name>larder::io::Anonymity</name>
    <message>
        <source>The date the record was made: its month.</source>
        <translation>تاريخ إنشاء السجل: الشهر فقط.</translation>
    </message>
    <message>
        <source>The date the record was made: its quarter (2026-Q1).</source>
        <translation>تاريخ إنشاء السجل: ربع السنة فقط (2026-Q1).</translation>
    </message>
    <message>
        <source>The date the record was made: its year.</source>
        <translation>تاريخ إنشاء السجل: السنة فقط.</translation>
    </message>
    <message>
        <source>The date the record was made: not shown.</source>
        <translation>تاريخ إنشاء السجل: غير معروض.</translation>
    </message>
    <message>
        <source>Larder: redacted household export. No names or addresses or phones or notes or record ids.</source>
        <translation>Larder: تصدير للأسر خالٍ من البيانات الشخصية. لا أسماء ولا عناوين ولا هواتف ولا ملاحظات ولا معرّفات سجلات.</translation>
    </message>
    <message>
        <source>Anonymous with k = %1: each combination of values in the rows below is shared by at least %1 households.</source>
        <translation>مجهول الهوية بقيمة k = %1: كل تركيبة من القيم في الصفوف أدناه مشتركة بين %1 من الأسر على الأقل.</translation>
    </message>
    <message>
        <source>Generalised: the postal code to its area (its first 3 characters or the part before a space). Household size in bands %1. %2</source>
        <translation>تعميم: الرمز البريدي يُختصر إلى منطقته (أول 3 أحرف منه أو الجزء الذي يسبق المسافة). عدد أفراد الأسرة في فئات %1. %2</translation>
    </message>
    <message>
        <source>Not shown because together they single households out: dietary tags / languages / contact consents / schedule / delivery day and window / status date.</source>
        <translation>غير معروضة لأنها معًا تكشف أسرًا بعينها: الوسوم الغذائية / اللغات / الموافقات على التواصل / جدول التوصيل / يوم التوصيل وفترته / تاريخ الحالة.</translation>
    </message>
    <message>
        <source>Left out: none. The pantry has no households.</source>
        <translation>المستبعَد: لا شيء. لا توجد أسر في مخزن الطعام.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: all %n household(s). With fewer than %1 households in the pantry any row would single one out.</source>
        <translation>
            <numerusform>المستبعَد: لا توجد أسر. مع وجود أقل من %1 من الأسر في مخزن الطعام، أي صف سيدلّ على أسرة بعينها.</numerusform>
            <numerusform>المستبعَد: الأسرة الوحيدة. مع وجود أقل من %1 من الأسر في مخزن الطعام، أي صف سيدلّ على أسرة بعينها.</numerusform>
            <numerusform>المستبعَد: الأسرتان كلتاهما. مع وجود أقل من %1 من الأسر في مخزن الطعام، أي صف سيدلّ على أسرة بعينها.</numerusform>
            <numerusform>المستبعَد: جميع الأسر وعددها %n. مع وجود أقل من %1 من الأسر في مخزن الطعام، أي صف سيدلّ على أسرة بعينها.</numerusform>
            <numerusform>المستبعَد: جميع الأسر وعددها %n. مع وجود أقل من %1 من الأسر في مخزن الطعام، أي صف سيدلّ على أسرة بعينها.</numerusform>
            <numerusform>المستبعَد: جميع الأسر وعددها %n. مع وجود أقل من %1 من الأسر في مخزن الطعام، أي صف سيدلّ على أسرة بعينها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1 of %2 households. Their combination of values was shared by fewer than %3 households.</source>
        <translation>المستبعَد: %1 من أصل %2 من الأسر، لأن تركيبة قيمها كانت مشتركة بين أقل من %3 من الأسر.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: none. All %n household(s) are in the file.</source>
        <translation>
            <numerusform>المستبعَد: لا شيء. لا توجد أسر في الملف.</numerusform>
            <numerusform>المستبعَد: لا شيء. الأسرة الوحيدة موجودة في الملف.</numerusform>
            <numerusform>المستبعَد: لا شيء. الأسرتان كلتاهما موجودتان في الملف.</numerusform>
            <numerusform>المستبعَد: لا شيء. جميع الأسر وعددها %n موجودة في الملف.</numerusform>
            <numerusform>المستبعَد: لا شيء. جميع الأسر وعددها %n موجودة في الملف.</numerusform>
            <numerusform>المستبعَد: لا شيء. جميع الأسر وعددها %n موجودة في الملف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>larder::io::ColumnMapper</name>
    <message>
        <source>Larder id</source>
        <translation>معرّف Larder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Units per case</source>
        <translation>وحدات في الكرتونة</translation>
    </message>
    <message>
        <source>Grams per unit</source>
        <translation>غرامات لكل وحدة</translation>
    </message>
    <message>
        <source>Perishable</source>
        <translation>سريع التلف</translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>مدة الصلاحية (أيام)</translation>
    </message>
    <message>
        <source>Dietary tags</source>
        <translation>الوسوم الغذائية</translation>
    </message>
    <message>
        <source>Par level</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشِط</translation>
    </message>
    <message>
        <source>Larder does not keep dates of birth.</source>
        <translation>لا يحتفظ Larder بتواريخ الميلاد.</translation>
    </message>
    <message>
        <source>Larder does not keep legal names or identity documents.</source>
        <translation>لا يحتفظ Larder بالأسماء الرسمية ولا بوثائق الهوية.</translation>
    </message>
    <message>
        <source>Larder does not keep immigration status.</source>
        <translation>لا يحتفظ Larder بوضع الهجرة أو الإقامة.</translation>
    </message>
    <message>
        <source>Larder does not keep income or benefits.</source>
        <translation>لا يحتفظ Larder بالدخل أو المساعدات الاجتماعية.</translation>
    </message>
    <message>
        <source>Larder does not keep photos.</source>
        <translation>لا يحتفظ Larder بالصور.</translation>
    </message>
    <message>
        <source>This column is never imported.</source>
        <translation>هذا العمود لا يُستورد أبدًا.</translation>
    </message>
    <message>
        <source>Not imported: Larder has no field for this column.</source>
        <translation>لا يُستورد: لا يوجد في Larder حقل لهذا العمود.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation>لا يحتوي الملف على عمود &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Its columns are: %1.</source>
        <translation>أعمدته هي: %1.</translation>
    </message>
    <message>
        <source>Not imported: skipped by choice.</source>
        <translation>لا يُستورد: تم تخطيه عن قصد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field Larder can import.</source>
        <translation>&quot;%1&quot; ليس حقلًا يمكن لـ Larder استيراده.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>استخدم واحدًا مما يلي: %1.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is never imported.</source>
        <translation>العمود &quot;%1&quot; لا يُستورد أبدًا.</translation>
    </message>
</context>
<context>
    <name>larder::io::CsvExporter</name>
    <message>
        <source>The file cannot be written (%1).</source>
        <translation>لا يمكن كتابة الملف (%1).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>تعذّرت كتابة الملف (%1).</translation>
    </message>
    <message>
        <source>Check that the disk or stick is not full.</source>
        <translation>تأكّد من أن القرص أو ذاكرة USB غير ممتلئة.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>أُلغي التصدير. لم تتم كتابة أي ملف.</translation>
    </message>
    <message>
        <source>A full export contains personal data: names, addresses and phone numbers of the people the pantry serves.</source>
        <translation>يحتوي التصدير الكامل على بيانات شخصية: أسماء وعناوين وأرقام هواتف الأشخاص الذين يخدمهم مخزن الطعام.</translation>
    </message>
    <message>
        <source>Confirm that this file contains personal data and will be kept safe (--confirm-personal-data), or make a redacted export (--redacted).</source>
        <translation>أكّد أن هذا الملف يحتوي على بيانات شخصية وأنه سيُحفظ في مكان آمن (--confirm-personal-data)، أو أنشئ تصديرًا خاليًا من البيانات الشخصية (--redacted).</translation>
    </message>
</context>
<context>
    <name>larder::io::CsvImporter</name>
    <message>
        <source>Latitude and longitude go together; one of them is empty.</source>
        <translation>خط العرض وخط الطول يُكتبان معًا؛ وأحدهما فارغ.</translation>
    </message>
    <message>
        <source>Fill both, or clear both.</source>
        <translation>املأ الاثنين، أو امسح الاثنين.</translation>
    </message>
    <message>
        <source>Keep one of the two rows.</source>
        <translation>أبقِ صفًا واحدًا فقط من الصفين.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Larder id.</source>
        <translation>&quot;%1&quot; ليس معرّف Larder.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key rows can be matched on.</source>
        <translation>&quot;%1&quot; ليس مفتاحًا يمكن مطابقة الصفوف به.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>استخدم واحدًا مما يلي: %1.</translation>
    </message>
    <message>
        <source>No column of the file is taken as &quot;%1&quot;.</source>
        <translation>لم يُحدَّد أي عمود في الملف على أنه &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the column that holds it (for example --map &quot;Nombre=%1&quot;).</source>
        <translation>اختر العمود الذي يحتويه (مثلًا --map &quot;الاسم=%1&quot;).</translation>
    </message>
    <message>
        <source>Rows are to be matched on their Larder id, but no column holds it.</source>
        <translation>يجب مطابقة الصفوف بمعرّف Larder الخاص بها، لكن لا يوجد عمود يحتويه.</translation>
    </message>
    <message>
        <source>Choose another key, such as %1.</source>
        <translation>اختر مفتاحًا آخر، مثل %1.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>أُلغي الاستيراد. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>This row is the same household as row %1 (same %2).</source>
        <translation>هذا الصف هو الأسرة نفسها الموجودة في الصف %1 (نفس %2).</translation>
    </message>
    <message>
        <source>This row matches %1 households already on file (same %2).</source>
        <translation>هذا الصف يطابق %1 من الأسر المسجّلة مسبقًا (نفس %2).</translation>
    </message>
    <message>
        <source>Merge those households first, or match rows on another key.</source>
        <translation>ادمج هذه الأسر أولًا، أو طابق الصفوف بمفتاح آخر.</translation>
    </message>
    <message>
        <source>Leave the id empty for a household that is new to Larder.</source>
        <translation>اترك المعرّف فارغًا إذا كانت الأسرة جديدة على Larder.</translation>
    </message>
    <message>
        <source>This household was deleted and cannot be brought back.</source>
        <translation>حُذفت هذه الأسرة ولا يمكن استعادتها.</translation>
    </message>
    <message>
        <source>Leave the id empty to add it as a new household.</source>
        <translation>اترك المعرّف فارغًا لإضافتها كأسرة جديدة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like &quot;%2&quot;, already on file (%3).</source>
        <translation>&quot;%1&quot; تشبه &quot;%2&quot; المسجّلة مسبقًا (%3).</translation>
    </message>
    <message>
        <source>Check it after the import; merge the two if they are the same household.</source>
        <translation>راجعها بعد الاستيراد؛ وادمج الاثنتين إذا كانتا الأسرة نفسها.</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>نفس رقم الهاتف</translation>
    </message>
    <message>
        <source>same address and unit</source>
        <translation>نفس العنوان والشقة</translation>
    </message>
    <message>
        <source>This row has the same phone as row %1.</source>
        <translation>هذا الصف له رقم الهاتف نفسه الموجود في الصف %1.</translation>
    </message>
    <message>
        <source>Check that they are two households.</source>
        <translation>تأكّد من أنهما أسرتان مختلفتان.</translation>
    </message>
    <message>
        <source>This row has the same address and unit as row %1.</source>
        <translation>هذا الصف له العنوان والشقة نفسهما الموجودان في الصف %1.</translation>
    </message>
    <message>
        <source>This row is the same person as row %1 (same %2).</source>
        <translation>هذا الصف هو الشخص نفسه الموجود في الصف %1 (نفس %2).</translation>
    </message>
    <message>
        <source>This row matches %1 people already on file (same %2).</source>
        <translation>هذا الصف يطابق %1 من الأشخاص المسجّلين مسبقًا (نفس %2).</translation>
    </message>
    <message>
        <source>Match rows on another key, such as their phone.</source>
        <translation>طابق الصفوف بمفتاح آخر، مثل رقم الهاتف.</translation>
    </message>
    <message>
        <source>Leave the id empty for someone new to Larder.</source>
        <translation>اترك المعرّف فارغًا لأي شخص جديد على Larder.</translation>
    </message>
    <message>
        <source>This person was removed and cannot be brought back.</source>
        <translation>أُزيل هذا الشخص ولا يمكن استعادته.</translation>
    </message>
    <message>
        <source>Leave the id empty to add them again.</source>
        <translation>اترك المعرّف فارغًا لإضافته من جديد.</translation>
    </message>
    <message>
        <source>No household on file is called &quot;%1&quot;.</source>
        <translation>لا توجد أسرة مسجّلة باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type the household&apos;s Larder id or the name it chose, or leave the cell empty.</source>
        <translation>اكتب معرّف Larder للأسرة أو الاسم الذي اختارته، أو اترك الخلية فارغة.</translation>
    </message>
    <message>
        <source>%1 households on file are called &quot;%2&quot;.</source>
        <translation>يوجد %1 من الأسر المسجّلة باسم &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Type the household&apos;s Larder id instead.</source>
        <translation>اكتب معرّف Larder للأسرة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This row is the same item as row %1 (same %2).</source>
        <translation>هذا الصف هو الصنف نفسه الموجود في الصف %1 (نفس %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation>&quot;%1&quot; ليس فئة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit.</source>
        <translation>&quot;%1&quot; ليست وحدة.</translation>
    </message>
    <message>
        <source>The item needs a name.</source>
        <translation>الصنف يحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>Type a name, such as &quot;Rice 2 lb&quot;.</source>
        <translation>اكتب اسمًا، مثل &quot;أرز 2 lb&quot;.</translation>
    </message>
    <message>
        <source>An item counted in cases needs its case size.</source>
        <translation>الصنف الذي يُعدّ بالكراتين يحتاج إلى حجم الكرتونة.</translation>
    </message>
    <message>
        <source>Type how many units one case holds.</source>
        <translation>اكتب عدد الوحدات في الكرتونة الواحدة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode.</source>
        <translation>&quot;%1&quot; ليس باركود صحيحًا.</translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to another item.</source>
        <translation>الباركود %1 مسجّل مسبقًا لصنف آخر.</translation>
    </message>
    <message>
        <source>Remove it from this row or from that item.</source>
        <translation>أزله من هذا الصف أو من ذلك الصنف.</translation>
    </message>
    <message>
        <source>The barcode %1 is also on row %2.</source>
        <translation>الباركود %1 موجود أيضًا في الصف %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of an item on file.</source>
        <translation>&quot;%1&quot; ليس معرّف صنف مسجّل.</translation>
    </message>
    <message>
        <source>Leave the id empty for a new item.</source>
        <translation>اترك المعرّف فارغًا للصنف الجديد.</translation>
    </message>
</context>
<context>
    <name>larder::io::CsvReader</name>
    <message>
        <source>Open it in the spreadsheet and save it as &quot;CSV UTF-8&quot; (Excel) or &quot;Text CSV&quot; (LibreOffice), then import that file.</source>
        <translation>افتحه في برنامج جداول البيانات واحفظه بصيغة &quot;CSV UTF-8&quot; (Excel) أو &quot;Text CSV&quot; (LibreOffice)، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook (.xlsx or .ods), not a CSV file.</source>
        <translation>هذا مصنّف جداول بيانات (.xlsx أو .ods)، وليس ملف CSV.</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), not a CSV file.</source>
        <translation>هذا مصنّف Excel قديم (.xls)، وليس ملف CSV.</translation>
    </message>
    <message>
        <source>The file says it is UTF-8, but line %1 holds bytes that are not.</source>
        <translation>يذكر الملف أنه بترميز UTF-8، لكن السطر %1 يحتوي على بايتات ليست كذلك.</translation>
    </message>
    <message>
        <source>The file says it is UTF-16, but it is damaged.</source>
        <translation>يذكر الملف أنه بترميز UTF-16، لكنه تالف.</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>هذا ليس ملفًا نصيًا.</translation>
    </message>
    <message>
        <source>The file mixes two text encodings: most of it is UTF-8, but line %1 is not.</source>
        <translation>يخلط الملف بين ترميزين للنص: معظمه بترميز UTF-8، لكن السطر %1 ليس كذلك.</translation>
    </message>
    <message>
        <source>Reading it either way would garble some letters. Fix line %1 in a text editor, or save the whole file again as &quot;CSV UTF-8&quot;.</source>
        <translation>قراءته بأي من الطريقتين ستُفسد بعض الحروف. صحّح السطر %1 في محرّر نصوص، أو احفظ الملف كله من جديد بصيغة &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Line %1 holds a byte that is neither UTF-8 nor Windows-1252: the file is in an encoding Larder does not read.</source>
        <translation>يحتوي السطر %1 على بايت ليس من UTF-8 ولا من Windows-1252: الملف بترميز لا يقرؤه Larder.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>لا يمكن قراءة الملف (%1).</translation>
    </message>
    <message>
        <source>Check the name and that the file is not open elsewhere.</source>
        <translation>تحقّق من الاسم ومن أن الملف غير مفتوح في برنامج آخر.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>Export the sheet again with its header row and its rows.</source>
        <translation>صدّر الورقة من جديد مع صف العناوين وصفوف البيانات.</translation>
    </message>
    <message>
        <source>Some letters look garbled (&quot;%1&quot; where an accented letter belongs): the file may have been converted to UTF-8 twice.</source>
        <translation>تبدو بعض الحروف مشوّهة (&quot;%1&quot; في مكان حرف يحمل علامة، مثل é): ربما حُوّل الملف إلى UTF-8 مرتين.</translation>
    </message>
    <message>
        <source>Check the preview; if names look wrong, export the sheet again from the original.</source>
        <translation>راجع المعاينة؛ وإذا بدت الأسماء خاطئة، فصدّر الورقة من جديد من الملف الأصلي.</translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed, so the rest of the file cannot be read.</source>
        <translation>قيمة بين علامتي تنصيص تبدأ في السطر %1 ولا تُغلق أبدًا، لذا لا يمكن قراءة بقية الملف.</translation>
    </message>
    <message>
        <source>Add the missing closing quote (&quot;) in that value, or remove the stray one.</source>
        <translation>أضف علامة التنصيص الختامية (&quot;) الناقصة في تلك القيمة، أو أزل العلامة الزائدة.</translation>
    </message>
    <message>
        <source>This row has %1 values, but the header has %2 columns.</source>
        <translation>عدد القيم في هذا الصف %1، لكن عدد الأعمدة في صف العناوين %2.</translation>
    </message>
    <message>
        <source>This row has only %1 values, but the header has %2 columns.</source>
        <translation>عدد القيم في هذا الصف %1 فقط، لكن عدد الأعمدة في صف العناوين %2.</translation>
    </message>
    <message>
        <source>A separator (%1) is missing or extra; a value that contains one must be in quotes.</source>
        <translation>يوجد فاصل (%1) ناقص أو زائد؛ والقيمة التي تحتوي على هذا الفاصل يجب أن تكون بين علامتي تنصيص.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>علامة الجدولة (Tab)</translation>
    </message>
</context>
<context>
    <name>larder::passphrase</name>
    <message>
        <source>Use four or more words that have nothing to do with the pantry, or let Larder suggest some.</source>
        <translation>استخدم أربع كلمات أو أكثر لا علاقة لها بمخزن الطعام، أو دع Larder يقترح عليك بعضها.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters; this one has %2.</source>
        <translation>يجب ألا تقل عبارة المرور عن %1 من الأحرف؛ وهذه العبارة فيها %2.</translation>
    </message>
    <message>
        <source>This passphrase repeats a few characters; it is easy to guess.</source>
        <translation>عبارة المرور هذه تكرّر بضعة أحرف؛ ومن السهل تخمينها.</translation>
    </message>
    <message>
        <source>A passphrase of digits only is easy to guess (like a date or a phone number).</source>
        <translation>عبارة المرور المكوّنة من أرقام فقط سهلة التخمين (مثل تاريخ أو رقم هاتف).</translation>
    </message>
    <message>
        <source>This passphrase is a run of keys or letters in order.</source>
        <translation>عبارة المرور هذه سلسلة من المفاتيح أو الحروف المتتالية.</translation>
    </message>
    <message>
        <source>This passphrase is built on &quot;%1&quot;, one of the first things anyone tries.</source>
        <translation>عبارة المرور هذه مبنية على &quot;%1&quot;، وهي من أول ما يجرّبه أي شخص.</translation>
    </message>
    <message>
        <source>This passphrase is built on the pantry&apos;s name, which anyone who knows the pantry would try.</source>
        <translation>عبارة المرور هذه مبنية على اسم مخزن الطعام، وهو ما سيجرّبه أي شخص يعرف المخزن.</translation>
    </message>
</context>
<context>
    <name>larder::people::FieldParser</name>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a link from OpenStreetMap or Google Maps.</source>
        <translation>اكتب خط العرض وخط الطول، مثل 41.8575, -87.6607، أو الصق رابطًا من OpenStreetMap أو Google Maps.</translation>
    </message>
    <message>
        <source>A short map link does not contain the place itself, and Larder never goes online to open it.</source>
        <translation>رابط الخريطة القصير لا يحتوي على المكان نفسه، وLarder لا يتصل بالإنترنت أبدًا لفتحه.</translation>
    </message>
    <message>
        <source>Open the link in a browser and copy the long address from there, or type latitude and longitude.</source>
        <translation>افتح الرابط في متصفح وانسخ العنوان الطويل من هناك، أو اكتب خط العرض وخط الطول.</translation>
    </message>
    <message>
        <source>This map link has no coordinates in it.</source>
        <translation>لا يحتوي رابط الخريطة هذا على إحداثيات.</translation>
    </message>
    <message>
        <source>In OpenStreetMap, right-click the door and choose &quot;Show address&quot;; in Google Maps, right-click it and click the numbers to copy them. Then paste those here.</source>
        <translation>في OpenStreetMap، انقر بزر الفأرة الأيمن على الباب واختر &quot;إظهار العنوان&quot;؛ وفي Google Maps، انقر عليه بالزر الأيمن ثم انقر على الأرقام لنسخها. ثم الصقها هنا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives two latitudes or two longitudes.</source>
        <translation>&quot;%1&quot; يحتوي على خطَّي عرض أو خطَّي طول.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pair of coordinates.</source>
        <translation>&quot;%1&quot; ليس زوجًا من الإحداثيات.</translation>
    </message>
    <message>
        <source>%1 cannot be a latitude: latitude comes first.</source>
        <translation>لا يمكن أن يكون %1 خط عرض: خط العرض يُكتب أولًا.</translation>
    </message>
    <message>
        <source>Swap the two numbers.</source>
        <translation>بدّل مكان الرقمين.</translation>
    </message>
    <message>
        <source>%1, %2 is not a place on Earth.</source>
        <translation>%1, %2 ليس مكانًا على الأرض.</translation>
    </message>
    <message>
        <source>0, 0 is in the ocean: the coordinates are missing.</source>
        <translation>0, 0 في المحيط: الإحداثيات ناقصة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week.</source>
        <translation>&quot;%1&quot; ليس يومًا من أيام الأسبوع.</translation>
    </message>
    <message>
        <source>Type a day such as Tuesday, Tue or martes.</source>
        <translation>اكتب يومًا مثل Tuesday أو Tue أو martes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time.</source>
        <translation>&quot;%1&quot; ليس وقتًا.</translation>
    </message>
    <message>
        <source>Type a time such as 9:30, 14:00 or 2pm.</source>
        <translation>اكتب وقتًا مثل 9:30 أو 14:00 أو 2pm.</translation>
    </message>
    <message>
        <source>Type a window such as 9-12, 14:00-16:30 or 1-3pm.</source>
        <translation>اكتب فترة مثل 9-12 أو 14:00-16:30 أو 1-3pm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time window.</source>
        <translation>&quot;%1&quot; ليس فترة زمنية.</translation>
    </message>
    <message>
        <source>The window %1 ends before it starts.</source>
        <translation>الفترة %1 تنتهي قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Larder knows.</source>
        <translation>&quot;%1&quot; ليست لغة يعرفها Larder.</translation>
    </message>
    <message>
        <source>Type its name, such as Spanish or español, or its two-letter code, such as es.</source>
        <translation>اكتب اسمها، مثل Arabic أو árabe، أو رمزها المكوّن من حرفين، مثل ar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a delivery schedule.</source>
        <translation>&quot;%1&quot; ليس جدول توصيل.</translation>
    </message>
    <message>
        <source>Type weekly, every two weeks or monthly.</source>
        <translation>اكتب weekly (أسبوعيًا) أو every two weeks (كل أسبوعين) أو monthly (شهريًا).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status.</source>
        <translation>&quot;%1&quot; ليست حالة.</translation>
    </message>
    <message>
        <source>Type active, paused or closed.</source>
        <translation>اكتب active (نشِطة) أو paused (متوقفة مؤقتًا) أو closed (مغلقة).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>&quot;%1&quot; ليس &quot;نعم&quot; ولا &quot;لا&quot;.</translation>
    </message>
    <message>
        <source>Type yes or no (sí, no, x, 1 and 0 work too).</source>
        <translation>اكتب yes أو no (وتُقبل أيضًا: sí و no و x و 1 و 0).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dietary tag.</source>
        <translation>&quot;%1&quot; ليس وسمًا غذائيًا.</translation>
    </message>
    <message>
        <source>Use: %1.</source>
        <translation>استخدم: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role.</source>
        <translation>&quot;%1&quot; ليس دورًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 0 to %2.</source>
        <translation>&quot;%1&quot; ليس رقمًا من 0 إلى %2.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>اكتب عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; ليس تاريخًا.</translation>
    </message>
    <message>
        <source>Type a date such as 2026-03-01 or 1/3/2026.</source>
        <translation>اكتب تاريخًا مثل 2026-03-01 أو 1/3/2026.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; ليس رقم هاتف.</translation>
    </message>
    <message>
        <source>Type 7 to 15 digits, such as (312) 555-0142 or +1 312 555 0142.</source>
        <translation>اكتب من 7 إلى 15 رقمًا، مثل (312) 555-0142 أو +1 312 555 0142.</translation>
    </message>
</context>
<context>
    <name>larder::people::Households</name>
    <message>
        <source>&quot;%1&quot; is already on file with the same phone number.</source>
        <translation>&quot;%1&quot; مسجّلة مسبقًا بنفس رقم الهاتف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on file at the same address and unit.</source>
        <translation>&quot;%1&quot; مسجّلة مسبقًا بنفس العنوان والشقة.</translation>
    </message>
    <message>
        <source>Chosen name</source>
        <translation>الاسم المختار</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>عنوان الشارع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الشقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>نقطة اللقاء</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Seniors</source>
        <translation>كبار السن</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>عدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>الاحتياجات الغذائية</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>ملاحظات التوصيل</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>احتياجات الوصول</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>May call</source>
        <translation>يمكن الاتصال</translation>
    </message>
    <message>
        <source>May text</source>
        <translation>يمكن إرسال رسائل</translation>
    </message>
    <message>
        <source>May leave at the door</source>
        <translation>يمكن الترك عند الباب</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>جدول التوصيل</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>اليوم المفضّل</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>الفترة الزمنية</translation>
    </message>
    <message>
        <source>Window from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <source>Window until</source>
        <translation>الفترة حتى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>الحالة منذ</translation>
    </message>
    <message>
        <source>Larder id</source>
        <translation>معرّف Larder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n characters is too long.</source>
        <translation>
            <numerusform>يحتوي النص على %n حرف، وهذا أطول من اللازم.</numerusform>
            <numerusform>يحتوي النص على حرف واحد، وهذا أطول من اللازم.</numerusform>
            <numerusform>يحتوي النص على حرفين، وهذا أطول من اللازم.</numerusform>
            <numerusform>يحتوي النص على %n أحرف، وهذا أطول من اللازم.</numerusform>
            <numerusform>يحتوي النص على %n حرفًا، وهذا أطول من اللازم.</numerusform>
            <numerusform>يحتوي النص على %n حرف، وهذا أطول من اللازم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation>اجعل عدد الأحرف أقل من %1.</translation>
    </message>
    <message>
        <source>the household needs a name.</source>
        <translation>الأسرة تحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>Type the name or alias they want to be called by; it never needs to be a legal name.</source>
        <translation>اكتب الاسم أو اللقب الذي يحبون أن يُنادَوا به؛ ولا يلزم أبدًا أن يكون الاسم الرسمي.</translation>
    </message>
    <message>
        <source>there is no address and no meeting point.</source>
        <translation>لا يوجد عنوان ولا نقطة لقاء.</translation>
    </message>
    <message>
        <source>Type a street address, or a meeting point (such as &quot;library steps&quot;) for someone without a fixed address.</source>
        <translation>اكتب عنوان الشارع، أو نقطة لقاء (مثل &quot;درج المكتبة&quot;) لمن ليس له عنوان ثابت.</translation>
    </message>
    <message>
        <source>a unit needs its street address.</source>
        <translation>رقم الشقة يحتاج إلى عنوان الشارع.</translation>
    </message>
    <message>
        <source>Type the street address too, or clear the unit.</source>
        <translation>اكتب عنوان الشارع أيضًا، أو امسح رقم الشقة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal code.</source>
        <translation>&quot;%1&quot; ليس رمزًا بريديًا.</translation>
    </message>
    <message>
        <source>Type letters and digits only, such as 60608 or SW1A 1AA.</source>
        <translation>اكتب حروفًا وأرقامًا فقط، مثل 60608 أو SW1A 1AA.</translation>
    </message>
    <message>
        <source>%1, %2 is not a place.</source>
        <translation>%1, %2 ليس مكانًا صحيحًا.</translation>
    </message>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a map link.</source>
        <translation>اكتب خط العرض وخط الطول، مثل 41.8575, -87.6607، أو الصق رابط خريطة.</translation>
    </message>
    <message>
        <source>%1 is not a number of people.</source>
        <translation>%1 ليس عددًا صحيحًا من الأشخاص.</translation>
    </message>
    <message>
        <source>Type a number from 0 to 30.</source>
        <translation>اكتب رقمًا من 0 إلى 30.</translation>
    </message>
    <message>
        <source>nobody lives in this household.</source>
        <translation>لا يوجد أي فرد في هذه الأسرة.</translation>
    </message>
    <message>
        <source>Type how many adults, children and seniors it has (at least one person).</source>
        <translation>اكتب عدد البالغين والأطفال وكبار السن فيها (شخص واحد على الأقل).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dietary tag.</source>
        <translation>&quot;%1&quot; ليس وسمًا غذائيًا.</translation>
    </message>
    <message>
        <source>Use: %1.</source>
        <translation>استخدم: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code.</source>
        <translation>&quot;%1&quot; ليس رمز لغة.</translation>
    </message>
    <message>
        <source>Type a language such as Spanish, or its code such as es.</source>
        <translation>اكتب لغة مثل Arabic، أو رمزها مثل ar.</translation>
    </message>
    <message>
        <source>there is no phone number to use.</source>
        <translation>لا يوجد رقم هاتف لاستخدامه.</translation>
    </message>
    <message>
        <source>Type the phone number, or clear the consent to call or text.</source>
        <translation>اكتب رقم الهاتف، أو ألغِ الموافقة على الاتصال أو إرسال الرسائل.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule.</source>
        <translation>&quot;%1&quot; ليس جدول توصيل.</translation>
    </message>
    <message>
        <source>Choose weekly, every two weeks or monthly.</source>
        <translation>اختر: أسبوعيًا، أو كل أسبوعين، أو شهريًا.</translation>
    </message>
    <message>
        <source>%1 is not a day of the week.</source>
        <translation>%1 ليس يومًا من أيام الأسبوع.</translation>
    </message>
    <message>
        <source>Choose a day from Monday to Sunday, or none.</source>
        <translation>اختر يومًا من الاثنين إلى الأحد، أو لا شيء.</translation>
    </message>
    <message>
        <source>the window needs both a start and an end.</source>
        <translation>الفترة تحتاج إلى بداية ونهاية.</translation>
    </message>
    <message>
        <source>Type a window such as 9-12, or clear it.</source>
        <translation>اكتب فترة مثل 9-12، أو امسحها.</translation>
    </message>
    <message>
        <source>the window ends before it starts.</source>
        <translation>الفترة تنتهي قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Type a window such as 9-12 or 14:00-16:30.</source>
        <translation>اكتب فترة مثل 9-12 أو 14:00-16:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status.</source>
        <translation>&quot;%1&quot; ليست حالة.</translation>
    </message>
    <message>
        <source>Choose active, paused or closed.</source>
        <translation>اختر: نشِطة، أو متوقفة مؤقتًا، أو مغلقة.</translation>
    </message>
    <message>
        <source>This household is no longer on file; it may have been deleted on another laptop.</source>
        <translation>هذه الأسرة لم تعد مسجّلة؛ ربما حُذفت على حاسوب آخر.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>أعد تحميل القائمة.</translation>
    </message>
    <message>
        <source>This household is no longer on file.</source>
        <translation>هذه الأسرة لم تعد مسجّلة.</translation>
    </message>
    <message>
        <source>A household cannot be merged with itself.</source>
        <translation>لا يمكن دمج أسرة مع نفسها.</translation>
    </message>
    <message>
        <source>One of the two households is no longer on file.</source>
        <translation>إحدى الأسرتين لم تعد مسجّلة.</translation>
    </message>
    <message>
        <source>This merge cannot be taken back: Larder did not keep the two households as they were.</source>
        <translation>لا يمكن التراجع عن هذا الدمج: لم يحتفظ Larder بالأسرتين كما كانتا.</translation>
    </message>
    <message>
        <source>The merged household is no longer on file, so the merge cannot be taken back.</source>
        <translation>الأسرة الناتجة عن الدمج لم تعد مسجّلة، لذا لا يمكن التراجع عن الدمج.</translation>
    </message>
</context>
<context>
    <name>larder::people::People</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Vehicle capacity</source>
        <translation>سعة المركبة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Usual start point</source>
        <translation>نقطة الانطلاق المعتادة</translation>
    </message>
    <message>
        <source>Start coordinates</source>
        <translation>إحداثيات الانطلاق</translation>
    </message>
    <message>
        <source>Start latitude</source>
        <translation>خط عرض الانطلاق</translation>
    </message>
    <message>
        <source>Start longitude</source>
        <translation>خط طول الانطلاق</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>الأيام المعتادة</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشِط</translation>
    </message>
    <message>
        <source>Larder id</source>
        <translation>معرّف Larder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the person needs a name.</source>
        <translation>الشخص يحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>Type the name the team calls them by; a first name or nickname is enough.</source>
        <translation>اكتب الاسم الذي يناديه به الفريق؛ يكفي الاسم الأول أو لقب.</translation>
    </message>
    <message>
        <source>the name is too long.</source>
        <translation>الاسم طويل جدًا.</translation>
    </message>
    <message>
        <source>Keep it under 120 characters.</source>
        <translation>اجعله أقل من 120 حرفًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role.</source>
        <translation>&quot;%1&quot; ليس دورًا.</translation>
    </message>
    <message>
        <source>Use: %1.</source>
        <translation>استخدم: %1.</translation>
    </message>
    <message>
        <source>%1 boxes is not possible.</source>
        <translation>لا يمكن أن يكون عدد الصناديق %1.</translation>
    </message>
    <message>
        <source>Type how many boxes the vehicle carries, from 0 to 500.</source>
        <translation>اكتب عدد الصناديق التي تتسع لها المركبة، من 0 إلى 500.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code.</source>
        <translation>&quot;%1&quot; ليس رمز لغة.</translation>
    </message>
    <message>
        <source>Type a language such as Spanish, or its code such as es.</source>
        <translation>اكتب لغة مثل Arabic، أو رمزها مثل ar.</translation>
    </message>
    <message>
        <source>%1, %2 is not a place.</source>
        <translation>%1, %2 ليس مكانًا صحيحًا.</translation>
    </message>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a map link.</source>
        <translation>اكتب خط العرض وخط الطول، مثل 41.8575, -87.6607، أو الصق رابط خريطة.</translation>
    </message>
    <message>
        <source>the start point is too long.</source>
        <translation>نقطة الانطلاق طويلة جدًا.</translation>
    </message>
    <message>
        <source>Keep it under 300 characters.</source>
        <translation>اجعلها أقل من 300 حرف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day.</source>
        <translation>&quot;%1&quot; ليس يومًا.</translation>
    </message>
    <message>
        <source>the notes are too long.</source>
        <translation>الملاحظات طويلة جدًا.</translation>
    </message>
    <message>
        <source>Keep them under 2000 characters.</source>
        <translation>اجعلها أقل من 2000 حرف.</translation>
    </message>
    <message>
        <source>That household is not on file.</source>
        <translation>هذه الأسرة غير مسجّلة.</translation>
    </message>
    <message>
        <source>Choose another household.</source>
        <translation>اختر أسرة أخرى.</translation>
    </message>
    <message>
        <source>This person is no longer on file; they may have been removed on another laptop.</source>
        <translation>هذا الشخص لم يعد مسجّلًا؛ ربما أُزيل على حاسوب آخر.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>أعد تحميل القائمة.</translation>
    </message>
    <message>
        <source>This person is no longer on file.</source>
        <translation>هذا الشخص لم يعد مسجّلًا.</translation>
    </message>
</context>
<context>
    <name>larder::people::Retention</name>
    <message>
        <source>Larder could not make SQLite erase deleted data.</source>
        <translation>تعذّر على Larder جعل SQLite يمحو البيانات المحذوفة.</translation>
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
        <translation>لا توجد خريطة: لا توجد أي محطة في هذا المسار لها موقع.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>الانطلاق</translation>
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
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation>المسار %1</translation>
    </message>
    <message>
        <source>Route %1 · %2</source>
        <translation>المسار %1 · %2</translation>
    </message>
    <message>
        <source>Return or destroy this sheet after the run.</source>
        <translation>أعد هذه الورقة أو أتلفها بعد انتهاء الجولة.</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>السائق: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>الانطلاق: %1</translation>
    </message>
    <message>
        <source>the pantry</source>
        <translation>مخزن الطعام</translation>
    </message>
    <message>
        <source>%1 of %2 boxes</source>
        <translation>الصناديق: %1 من %2</translation>
    </message>
    <message>
        <source>leave at %1</source>
        <translation>الانطلاق الساعة %1</translation>
    </message>
    <message>
        <source>about %1 km, %2</source>
        <translation>حوالي %1 km، %2</translation>
    </message>
    <message>
        <source>ends back at the pantry</source>
        <translation>ينتهي بالعودة إلى مخزن الطعام</translation>
    </message>
    <message>
        <source>ends at the last stop</source>
        <translation>ينتهي عند آخر محطة</translation>
    </message>
    <message>
        <source>Questions or trouble on the way? Call %1: %2</source>
        <translation>أسئلة أو مشكلة في الطريق؟ اتصل بـ %1: %2</translation>
    </message>
    <message>
        <source>Not on the map (no location on file): stop %1.</source>
        <translation>ليست على الخريطة (لا يوجد موقع مسجّل): المحطة %1.</translation>
    </message>
    <message>
        <source>Hollow circles: placed by postal code only; check the address.</source>
        <translation>الدوائر المفرغة: حُدّد مكانها بالرمز البريدي فقط؛ تحقّق من العنوان.</translation>
    </message>
    <message>
        <source>At each stop tick one box (1 Delivered, 2 Left at door, 3 Not home, 4 Wrong address, 5 Declined) and write anything the pantry should know beside the stop or on the back.</source>
        <translation>عند كل محطة ضع علامة في مربع واحد (1 تم التسليم، 2 تُرك عند الباب، 3 لا أحد في المنزل، 4 عنوان خاطئ، 5 رفض الاستلام) واكتب بجانب المحطة أو على ظهر الورقة أي شيء يجب أن يعرفه مخزن الطعام.</translation>
    </message>
    <message>
        <source>At each stop tick one box (1 Delivered, 2 Left at door, 3 Not home, 4 Wrong address, 5 Declined) and write anything the pantry should know on the note line.</source>
        <translation>عند كل محطة ضع علامة في مربع واحد (1 تم التسليم، 2 تُرك عند الباب، 3 لا أحد في المنزل، 4 عنوان خاطئ، 5 رفض الاستلام) واكتب على سطر الملاحظة أي شيء يجب أن يعرفه مخزن الطعام.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a tick box: its number, then what happened at the stop</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Meet at: %1</source>
        <translation>نقطة اللقاء: %1</translation>
    </message>
    <message>
        <source>No address on file: call the pantry.</source>
        <translation>لا يوجد عنوان مسجّل: اتصل بمخزن الطعام.</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>نحو الساعة %1</translation>
    </message>
    <message>
        <source>(their window %1–%2)</source>
        <translation>(فترتهم %1–%2)</translation>
    </message>
    <message>
        <source>%1 min after their window: call ahead if you can.</source>
        <translation>بعد فترتهم بـ %1 دقيقة: اتصل بهم مسبقًا إن أمكن.</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>يتحدث</translation>
    </message>
    <message>
        <source>Do not leave the boxes at the door.</source>
        <translation>لا تترك الصناديق عند الباب.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>الدخول</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a fact on the compact sheet: label, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>No stops on this route.</source>
        <translation>لا توجد محطات في هذا المسار.</translation>
    </message>
    <message>
        <source>Packing list · Route %1 · %2</source>
        <translation>قائمة التعبئة · المسار %1 · %2</translation>
    </message>
    <message>
        <source>Destroy this list after packing.</source>
        <translation>أتلف هذه القائمة بعد التعبئة.</translation>
    </message>
    <message>
        <source>Packing list — Route %1</source>
        <translation>قائمة التعبئة — المسار %1</translation>
    </message>
    <message>
        <source>Driver: %1   ·   %2   ·   %3</source>
        <translation>السائق: %1   ·   %2   ·   %3</translation>
    </message>
    <message>
        <source>Load the car in this order: the last stop first, so that stop 1&apos;s boxes come out first.</source>
        <translation>حمّل السيارة بهذا الترتيب: صناديق آخر محطة أولًا، حتى تخرج صناديق المحطة 1 أولًا.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>التحميل</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>الصناديق</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>تمت التعبئة</translation>
    </message>
    <message>
        <source>Nothing to pack.</source>
        <translation>لا يوجد ما يُعبّأ.</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>قائمة السحب من الرفوف</translation>
    </message>
    <message>
        <source>Take these from each place for every route of the day, and tick each line when it is on the packing table.</source>
        <translation>خذ هذه الأصناف من كل مكان لجميع مسارات اليوم، وضع علامة على كل سطر عندما يصبح على طاولة التعبئة.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>يُستخدم قبل</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>أُخذ</translation>
    </message>
    <message>
        <source>(no place recorded)</source>
        <translation>(لا يوجد مكان مسجّل)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Nothing is set aside for this day yet: allocate the packages first.</source>
        <translation>لم يُخصَّص شيء لهذا اليوم بعد: خصّص الطرود أولًا.</translation>
    </message>
    <message>
        <source>Pickup route %1 · %2</source>
        <translation>مسار الجلب %1 · %2</translation>
    </message>
    <message>
        <source>Bring this sheet back to the pantry with the food.</source>
        <translation>أعد هذه الورقة إلى مخزن الطعام مع الطعام.</translation>
    </message>
    <message>
        <source>Pickup route %1</source>
        <translation>مسار الجمع %1</translation>
    </message>
    <message>
        <source>room for %1 boxes</source>
        <translation>يتسع لـ %1 صناديق</translation>
    </message>
    <message>
        <source>1 Collected</source>
        <translation>1 تم الجمع</translation>
    </message>
    <message>
        <source>2 Nothing to collect</source>
        <translation>2 لا شيء للجمع</translation>
    </message>
    <message>
        <source>3 Closed</source>
        <translation>3 مغلق</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>اطلب</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>اجمع</translation>
    </message>
    <message>
        <source>about 1 box</source>
        <translation>صندوق واحد تقريبًا</translation>
    </message>
    <message>
        <source>about %1 boxes</source>
        <translation>%1 صناديق تقريبًا</translation>
    </message>
    <message>
        <source>What was collected:</source>
        <translation>ما تم جمعه:</translation>
    </message>
    <message>
        <source>Could not write the PDF (%1).</source>
        <translation>تعذّرت كتابة ملف PDF (%1).</translation>
    </message>
    <message>
        <source>Choose a folder you can save in, or close the file if another program has it open.</source>
        <translation>اختر مجلدًا يمكنك الحفظ فيه، أو أغلق الملف إذا كان مفتوحًا في برنامج آخر.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>لا يوجد شيء للطباعة.</translation>
    </message>
    <message>
        <source>Plan the routes of the day first.</source>
        <translation>خطّط مسارات اليوم أولًا.</translation>
    </message>
    <message>
        <source>Route sheets</source>
        <translation>أوراق المسارات</translation>
    </message>
    <message>
        <source>Packing lists</source>
        <translation>قوائم التعبئة</translation>
    </message>
    <message>
        <source>Pickup routes</source>
        <translation>مسارات الجمع</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة %2 دقيقة</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>صندوق واحد</translation>
    </message>
    <message>
        <source>%1 boxes</source>
        <translation>%1 صناديق</translation>
    </message>
    <message>
        <source>1 stop</source>
        <translation>محطة واحدة</translation>
    </message>
    <message>
        <source>%1 stops</source>
        <translation>%1 محطات</translation>
    </message>
    <message>
        <source>Also</source>
        <comment>what the household asked for, riding with the box</comment>
        <translation>أيضًا</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>%1 (tick 1 when you have it)</source>
        <translation>%1 (ضع علامة على 1 عند استلامه)</translation>
    </message>
</context>
<context>
    <name>larder::print::SheetBuilder</name>
    <message>
        <source>%1 (calls only, no texts)</source>
        <translation>%1 (مكالمات فقط، بدون رسائل نصية)</translation>
    </message>
    <message>
        <source>%1 (texts only, do not call)</source>
        <translation>%1 (رسائل نصية فقط، لا تتصل)</translation>
    </message>
    <message>
        <source>Driver %1</source>
        <translation>السائق %1</translation>
    </message>
    <message>
        <source>No driver is on the run of %1 yet.</source>
        <translation>لا يوجد أي سائق في جولة التوزيع ليوم %1 بعد.</translation>
    </message>
    <message>
        <source>Add the drivers who came and plan the routes first.</source>
        <translation>أضف أولًا السائقين الذين حضروا، ثم خطّط المسارات.</translation>
    </message>
    <message>
        <source>There is no route %1 on %2.</source>
        <translation>لا يوجد مسار %1 في %2.</translation>
    </message>
    <message>
        <source>Choose one of the routes planned that day: %1.</source>
        <translation>اختر أحد المسارات المخططة في ذلك اليوم: %1.</translation>
    </message>
    <message>
        <source>The runs of %1 are not %2 runs.</source>
        <translation>جولات يوم %1 ليست من نوع %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>Print the papers that suit them, or pick another date.</source>
        <translation>اطبع الأوراق المناسبة لها، أو اختر تاريخًا آخر.</translation>
    </message>
    <message>
        <source>There is no distribution run on %1.</source>
        <translation>لا توجد جولة توزيع في %1.</translation>
    </message>
    <message>
        <source>Check the date, or plan that day first (Distribution, or larder-cli run plan --date %1).</source>
        <translation>تحقق من التاريخ، أو خطّط لذلك اليوم أولًا (التوزيع، أو larder-cli run plan --date %1).</translation>
    </message>
    <message>
        <source>This distribution run is no longer on file.</source>
        <translation>جولة التوزيع هذه لم تعد مسجّلة.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>أعد تحميل القائمة.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>الانطلاق</translation>
    </message>
    <message>
        <source>Pantry</source>
        <translation>مخزن الطعام</translation>
    </message>
    <message>
        <source>Pantry, %1</source>
        <translation>مخزن الطعام، %1</translation>
    </message>
    <message>
        <source>There is no pickup route %1 on %2.</source>
        <translation>لا يوجد مسار جمع %1 في %2.</translation>
    </message>
    <message>
        <source>No driver is on the pickup run of %1 yet.</source>
        <translation>لا يوجد أي سائق في جولة الجمع ليوم %1 بعد.</translation>
    </message>
    <message>
        <source>Add the drivers and plan the routes first.</source>
        <translation>أضف السائقين أولًا، ثم خطّط المسارات.</translation>
    </message>
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
        <translation>(بدلًا من %1)</translation>
    </message>
    <message>
        <source>(extra)</source>
        <translation>(إضافي)</translation>
    </message>
    <message>
        <source>also: %1</source>
        <comment>what a household asked for</comment>
        <translation>أيضًا: %1</translation>
    </message>
    <message>
        <source>pick up: %1</source>
        <comment>what someone offered</comment>
        <translation>استلام: %1</translation>
    </message>
</context>
<context>
    <name>larder::reports::LedgerScan</name>
    <message>
        <source>no supplier named</source>
        <translation>لم يُذكر مورّد</translation>
    </message>
</context>
<context>
    <name>larder::reports::ReportPdf</name>
    <message>
        <source>All pantries in this file</source>
        <translation>كل مخازن الطعام في هذا الملف</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>التقرير: %1</translation>
    </message>
    <message>
        <source>%1 · made with Larder on %2</source>
        <translation>%1 · أُعدّ باستخدام Larder في %2</translation>
    </message>
    <message>
        <source>Every figure comes from the pantry&apos;s ledger and its recorded delivery outcomes; corrections count in the period of the movement they correct. Weights come from each item&apos;s unit weight; items without one are counted in units. People reached counts each household&apos;s size on the day of its delivery. The week-by-week numbers behind the charts are in the CSV export of the same report.</source>
        <translation>كل رقم مأخوذ من سجل حركات مخزن الطعام ومن نتائج التوصيل المسجّلة؛ وتُحتسب التصحيحات في فترة الحركة التي تصحّحها. تُحسب الأوزان من وزن الوحدة لكل صنف؛ أما الأصناف التي ليس لها وزن فتُعدّ بالوحدات. يُحتسب عدد الأشخاص المستفيدين من حجم كل أسرة في يوم توصيلها. الأرقام الأسبوعية التي بُنيت عليها الرسوم البيانية موجودة في ملف CSV المُصدَّر لنفس التقرير.</translation>
    </message>
    <message>
        <source>%1 item(s) have no unit weight and are missing from the charts by weight: %2.</source>
        <translation>عدد الأصناف التي ليس لها وزن للوحدة: %1، ولذلك لا تظهر في الرسوم البيانية حسب الوزن: %2.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
</context>
<context>
    <name>larder::reports::ReportText</name>
    <message>
        <source>Counts of fewer than %1 households are shown as &quot;&lt;%1&quot;, so that nobody can be picked out. This file holds no names, phones, addresses or household ids.</source>
        <translation>الأعداد الأقل من %1 أسر تظهر على شكل &quot;&lt;%1&quot;، حتى لا يمكن التعرّف على أحد. لا يحتوي هذا الملف على أسماء أو أرقام هواتف أو عناوين أو معرّفات أسر.</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>طعام</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>ماء</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>نظافة شخصية</translation>
    </message>
    <message>
        <source>Baby</source>
        <translation>رُضّع</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>ملابس</translation>
    </message>
    <message>
        <source>School supplies</source>
        <translation>لوازم مدرسية</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>رعاية صحية</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>مستلزمات منزلية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>تبرّع</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>شراء</translation>
    </message>
    <message>
        <source>Food drive</source>
        <translation>حملة جمع تبرعات غذائية</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>تالف (فاسد)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>متضرر</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>مسحوب من السوق</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>وحدة واحدة</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 وحدات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, %1 of them without a weight</source>
        <translation>، منها %1 بدون وزن</translation>
    </message>
    <message>
        <source>Stock by week (%1)</source>
        <translation>المخزون حسب الأسبوع (%1)</translation>
    </message>
    <message>
        <source>Given out</source>
        <translation>ما تم توزيعه</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ما تم استلامه</translation>
    </message>
    <message>
        <source>Thrown away</source>
        <translation>ما تم التخلص منه</translation>
    </message>
    <message>
        <source>Households served by week (weeks under %1 not drawn)</source>
        <translation>الأسر المخدومة حسب الأسبوع (لا تُرسم الأسابيع التي يقل عددها عن %1)</translation>
    </message>
    <message>
        <source>Households served by week</source>
        <translation>الأسر المخدومة حسب الأسبوع</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>households</source>
        <translation>أسر</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>لا توجد نتيجة بعد</translation>
    </message>
    <message>
        <source>Deliveries by outcome</source>
        <translation>عمليات التوصيل حسب النتيجة</translation>
    </message>
    <message>
        <source>Deliveries by outcome (counts under %1 left out)</source>
        <translation>عمليات التوصيل حسب النتيجة (حُذفت الأعداد الأقل من %1)</translation>
    </message>
    <message>
        <source>stops</source>
        <translation>محطات</translation>
    </message>
    <message>
        <source>Given out by category (%1)</source>
        <translation>ما تم توزيعه حسب الفئة (%1)</translation>
    </message>
    <message>
        <source>What the counts found, by week</source>
        <translation>ما وجدته عمليات الجرد، حسب الأسبوع</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>زائد</translation>
    </message>
    <message>
        <source>units</source>
        <translation>وحدات</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>التوصيلات</translation>
    </message>
    <message>
        <source>Households served</source>
        <translation>الأسر المخدومة</translation>
    </message>
    <message>
        <source>Different households with a stop marked Delivered or Left at door on a distribution day of the period. Opened, it lists those stops: a household served twice is listed twice.</source>
        <translation>عدد الأسر المختلفة التي لها محطة معلَّمة «تم التسليم» أو «تُرك عند الباب» في يوم توزيع ضمن الفترة. عند فتحه تُعرض تلك المحطات: والأسرة التي خُدمت مرتين تظهر مرتين.</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>الأشخاص المستفيدون</translation>
    </message>
    <message>
        <source>The adults, children and seniors of the households served, as their records stood on the day of their last delivery in the period.</source>
        <translation>البالغون والأطفال وكبار السن في الأسر المخدومة، حسب بياناتهم في يوم آخر توصيل لهم خلال الفترة.</translation>
    </message>
    <message>
        <source>Deliveries attempted</source>
        <translation>محاولات التوصيل</translation>
    </message>
    <message>
        <source>Stops of the period&apos;s distribution days with an outcome recorded.</source>
        <translation>محطات أيام التوزيع في الفترة التي سُجّلت لها نتيجة.</translation>
    </message>
    <message>
        <source>Deliveries completed</source>
        <translation>التوصيلات المكتملة</translation>
    </message>
    <message>
        <source>Stops marked Delivered or Left at door.</source>
        <translation>المحطات المعلَّمة «تم التسليم» أو «تُرك عند الباب».</translation>
    </message>
    <message>
        <source>Not completed: %1</source>
        <translation>لم تكتمل: %1</translation>
    </message>
    <message>
        <source>Stops whose outcome was &quot;%1&quot;.</source>
        <translation>المحطات التي كانت نتيجتها &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No outcome recorded yet</source>
        <translation>لم تُسجَّل نتيجة بعد</translation>
    </message>
    <message>
        <source>Stops of the period with no outcome: enter them from the route sheets (Distribution, Record outcomes).</source>
        <translation>محطات الفترة التي لا نتيجة لها: أدخل نتائجها من أوراق المسارات (التوزيع، تسجيل النتائج).</translation>
    </message>
    <message>
        <source>Boxes delivered</source>
        <translation>الصناديق المسلَّمة</translation>
    </message>
    <message>
        <source>The boxes of the completed stops.</source>
        <translation>صناديق المحطات المكتملة.</translation>
    </message>
    <message>
        <source>Ledger rows &quot;distributed&quot; dated in the period, less their corrections. Weight from each item&apos;s unit weight.</source>
        <translation>أسطر دفتر الحركات من نوع &quot;موزَّع&quot; المؤرخة ضمن الفترة، مطروحًا منها تصحيحاتها. الوزن محسوب من وزن الوحدة لكل صنف.</translation>
    </message>
    <message>
        <source>Given out, items of the category &quot;%1&quot;.</source>
        <translation>الموزَّع، أصناف الفئة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Ledger rows &quot;received&quot; dated in the period, less their corrections.</source>
        <translation>أسطر دفتر الحركات من نوع &quot;مُستلَم&quot; المؤرخة ضمن الفترة، مطروحًا منها تصحيحاتها.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Received with the source &quot;%1&quot;.</source>
        <translation>المُستلَم من المصدر &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Supplier: %1</source>
        <translation>المورّد: %1</translation>
    </message>
    <message>
        <source>Received with no supplier named.</source>
        <translation>المُستلَم دون ذكر مورّد.</translation>
    </message>
    <message>
        <source>Received from the supplier %1.</source>
        <translation>المُستلَم من المورّد %1.</translation>
    </message>
    <message>
        <source>Ledger rows &quot;disposed&quot; dated in the period, less their corrections.</source>
        <translation>أسطر دفتر الحركات من نوع &quot;مُتلَف&quot; المؤرخة ضمن الفترة، مطروحًا منها تصحيحاتها.</translation>
    </message>
    <message>
        <source>Thrown away with the reason &quot;%1&quot;.</source>
        <translation>المُتلَف بسبب &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Waste rate</source>
        <translation>نسبة الهدر</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Thrown away as a share of all that left the shelf (given out and thrown away), by weight.</source>
        <translation>المُتلَف كنسبة من كل ما خرج من الرفوف (الموزَّع والمُتلَف)، حسب الوزن.</translation>
    </message>
    <message>
        <source>Thrown away as a share of all that left the shelf (given out and thrown away), by units: some items have no unit weight.</source>
        <translation>المُتلَف كنسبة من كل ما خرج من الرفوف (الموزَّع والمُتلَف)، حسب عدد الوحدات: بعض الأصناف ليس لها وزن للوحدة.</translation>
    </message>
    <message>
        <source>Returned to the shelf</source>
        <translation>المُعاد إلى الرف</translation>
    </message>
    <message>
        <source>Ledger rows &quot;returned&quot;: stock that came back, undelivered.</source>
        <translation>أسطر دفتر الحركات من نوع &quot;مُعاد&quot;: مخزون رجع دون أن يُسلَّم.</translation>
    </message>
    <message>
        <source>The shelf on %1</source>
        <translation>الرفوف في %1</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>المتوفر الآن</translation>
    </message>
    <message>
        <source>Everything on the shelves today, whatever the period.</source>
        <translation>كل ما على الرفوف اليوم، أيًّا كانت الفترة.</translation>
    </message>
    <message>
        <source>Expiring within %1 days</source>
        <translation>تنتهي صلاحيته خلال الأيام الـ%1 القادمة</translation>
    </message>
    <message>
        <source>%1, lots: %2</source>
        <translation>%1، الدفعات: %2</translation>
    </message>
    <message>
        <source>Stock on hand whose lot&apos;s expiry date is today or in the next %1 days.</source>
        <translation>المخزون المتوفر الذي تنتهي صلاحية دفعته اليوم أو خلال الأيام الـ%1 القادمة.</translation>
    </message>
    <message>
        <source>Shelf places below zero</source>
        <translation>أماكن على الرفوف دون الصفر</translation>
    </message>
    <message>
        <source>Item, lot and location whose stock is below zero: more went out than came in. Count that shelf.</source>
        <translation>صنف ودفعة وموقع مخزونها دون الصفر: خرج أكثر مما دخل. اجرد ذلك الرف.</translation>
    </message>
    <message>
        <source>Checks on supply</source>
        <translation>تدقيق المخزون</translation>
    </message>
    <message>
        <source>Counts found missing</source>
        <translation>نقص وجده الجرد</translation>
    </message>
    <message>
        <source>Units the stock counts of the period found fewer than the ledger said, per item, location and week.</source>
        <translation>الوحدات التي وجدها جرد المخزون في الفترة أقل مما في دفتر الحركات، حسب الصنف والموقع والأسبوع.</translation>
    </message>
    <message>
        <source>Counts found extra</source>
        <translation>زيادة وجدها الجرد</translation>
    </message>
    <message>
        <source>Units the counts found more than the ledger said.</source>
        <translation>الوحدات التي وجدها الجرد زيادةً على ما في دفتر الحركات.</translation>
    </message>
    <message>
        <source>Given out with no delivery behind it</source>
        <translation>موزَّع دون توصيل مقابل</translation>
    </message>
    <message>
        <source>Given out, but not for a stop marked Delivered or Left at door: walk-in give-outs entered by hand, or stock whose stop changed. Open it to see each.</source>
        <translation>موزَّع، ولكن ليس لمحطة معلَّمة «تم التسليم» أو «تُرك عند الباب»: توزيعات لأشخاص حضروا بأنفسهم أُدخلت يدويًا، أو مخزون تغيّرت محطته. افتحه لرؤية كل حالة.</translation>
    </message>
    <message>
        <source>Items without a unit weight</source>
        <translation>أصناف بلا وزن للوحدة</translation>
    </message>
    <message>
        <source>Counted in units only: %1. Give them a weight in the catalog.</source>
        <translation>محسوبة بالوحدات فقط: %1. أعطها وزنًا في قائمة الأصناف.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>pantry</source>
        <translation>مخزن الطعام</translation>
    </message>
    <message>
        <source>all pantries in this file</source>
        <translation>كل مخازن الطعام في هذا الملف</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source> (units without a weight)</source>
        <translation> (وحدات بلا وزن)</translation>
    </message>
    <message>
        <source>deliveries</source>
        <translation>التوصيلات</translation>
    </message>
    <message>
        <source>households served</source>
        <translation>الأسر المخدومة</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>الأشخاص المستفيدون</translation>
    </message>
    <message>
        <source>people</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <source>stops planned</source>
        <translation>المحطات المخططة</translation>
    </message>
    <message>
        <source>deliveries attempted</source>
        <translation>محاولات التوصيل</translation>
    </message>
    <message>
        <source>deliveries completed</source>
        <translation>التوصيلات المكتملة</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
    <message>
        <source>no outcome recorded</source>
        <translation>لم تُسجَّل نتيجة</translation>
    </message>
    <message>
        <source>boxes delivered</source>
        <translation>الصناديق المسلَّمة</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>صناديق</translation>
    </message>
    <message>
        <source>given out</source>
        <translation>الموزَّع</translation>
    </message>
    <message>
        <source>total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>received</source>
        <translation>المُستلَم</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>supplier: %1</source>
        <translation>المورّد: %1</translation>
    </message>
    <message>
        <source>thrown away</source>
        <translation>المُتلَف</translation>
    </message>
    <message>
        <source>waste rate</source>
        <translation>نسبة الهدر</translation>
    </message>
    <message>
        <source>% by weight</source>
        <translation>% حسب الوزن</translation>
    </message>
    <message>
        <source>% by units</source>
        <translation>% حسب الوحدات</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>المُعاد</translation>
    </message>
    <message>
        <source>on hand on %1</source>
        <translation>المتوفر في %1</translation>
    </message>
    <message>
        <source>expiring within %1 days</source>
        <translation>تنتهي صلاحيته خلال الأيام الـ%1 القادمة</translation>
    </message>
    <message>
        <source>supply checks</source>
        <translation>تدقيق المخزون</translation>
    </message>
    <message>
        <source>counts found missing</source>
        <translation>نقص وجده الجرد</translation>
    </message>
    <message>
        <source>counts found extra</source>
        <translation>زيادة وجدها الجرد</translation>
    </message>
    <message>
        <source>count difference: %1 at %2</source>
        <translation>فرق الجرد: %1 في %2</translation>
    </message>
    <message>
        <source>given out with no delivery behind it</source>
        <translation>موزَّع دون توصيل مقابل</translation>
    </message>
    <message>
        <source>week from %1</source>
        <translation>الأسبوع الذي يبدأ في %1</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Requests made</source>
        <translation>الطلبات المقدَّمة</translation>
    </message>
    <message>
        <source>What households and volunteers asked for in the period (counts only).</source>
        <translation>ما طلبته الأسر والمتطوعون خلال الفترة (الأعداد فقط).</translation>
    </message>
    <message>
        <source>Requests met</source>
        <translation>الطلبات الملبّاة</translation>
    </message>
    <message>
        <source>Requests delivered in the period, whenever they were made.</source>
        <translation>الطلبات التي تم تسليمها خلال الفترة، أيًّا كان وقت تقديمها.</translation>
    </message>
    <message>
        <source>Requests closed unmet</source>
        <translation>الطلبات المغلقة دون تلبية</translation>
    </message>
    <message>
        <source>Requests closed in the period without being met, with a reason.</source>
        <translation>الطلبات التي أُغلقت خلال الفترة دون تلبية، مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Requests still open</source>
        <translation>الطلبات التي ما زالت مفتوحة</translation>
    </message>
    <message>
        <source>Requests not yet delivered or closed, today.</source>
        <translation>الطلبات التي لم تُسلَّم ولم تُغلق بعد، حتى اليوم.</translation>
    </message>
    <message>
        <source>Days from request to delivery</source>
        <translation>الأيام من الطلب إلى التسليم</translation>
    </message>
    <message>
        <source>%1 (median), longest %2</source>
        <translation>%1 (الوسيط)، والأطول %2</translation>
    </message>
    <message>
        <source>none delivered</source>
        <translation>لم يُسلَّم أي طلب</translation>
    </message>
    <message>
        <source>For the requests met in the period: the middle value of the days from asking to delivery, and the longest.</source>
        <translation>للطلبات الملبّاة خلال الفترة: القيمة الوسطى لعدد الأيام من الطلب إلى التسليم، وأطولها.</translation>
    </message>
    <message>
        <source>%1 asked, %2 met, %3 unmet</source>
        <translation>طُلب %1، لُبّي %2، لم يُلبَّ %3</translation>
    </message>
    <message>
        <source>Requests of the category &quot;%1&quot;.</source>
        <translation>طلبات الفئة &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>larder::reports::Reports</name>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation>تحتاج الفترة إلى يوم أول ويوم أخير.</translation>
    </message>
    <message>
        <source>Give both dates as YYYY-MM-DD.</source>
        <translation>اكتب التاريخين بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>تنتهي الفترة (%1) قبل أن تبدأ (%2).</translation>
    </message>
    <message>
        <source>Swap the two dates.</source>
        <translation>بدّل بين التاريخين.</translation>
    </message>
    <message>
        <source>The period is %1 days long; a report covers at most %2.</source>
        <translation>طول الفترة %1 يومًا؛ والتقرير يغطي %2 يومًا على الأكثر.</translation>
    </message>
    <message>
        <source>Choose a shorter period.</source>
        <translation>اختر فترة أقصر.</translation>
    </message>
    <message>
        <source>No pantry of this file is called &quot;%1&quot;.</source>
        <translation>لا يوجد في هذا الملف مخزن طعام باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name one of: %1.</source>
        <translation>اذكر واحدًا مما يلي: %1.</translation>
    </message>
    <message>
        <source>More than one pantry is called &quot;%1&quot;.</source>
        <translation>يوجد أكثر من مخزن طعام باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give its site id instead: %1.</source>
        <translation>اذكر معرّف الموقع الخاص به بدلًا من ذلك: %1.</translation>
    </message>
    <message>
        <source>Larder could not read the ledger (%1).</source>
        <translation>تعذّر على Larder قراءة سجل الحركات (%1).</translation>
    </message>
    <message>
        <source>Run &quot;larder-cli --db FILE check&quot; to see what is wrong.</source>
        <translation>شغّل &quot;larder-cli --db FILE check&quot; لمعرفة المشكلة.</translation>
    </message>
</context>
<context>
    <name>larder::requests::Requests</name>
    <message>
        <source>%1, %2</source>
        <comment>what and how many</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>what, how many and the unit</comment>
        <translation>%1، %2 %3</translation>
    </message>
    <message>
        <source>Say what it is.</source>
        <translation>حدّد ما هو.</translation>
    </message>
    <message>
        <source>Choose an item from the catalog, or type a few words such as &quot;winter coat, age 8&quot;.</source>
        <translation>اختر صنفًا من الفهرس، أو اكتب بضع كلمات مثل &quot;winter coat, age 8&quot;.</translation>
    </message>
    <message>
        <source>%1 characters is too long for what it is.</source>
        <translation>%1 حرفًا أطول مما ينبغي لوصف الشيء.</translation>
    </message>
    <message>
        <source>Keep it under %1 characters; put the rest in the notes.</source>
        <translation>اجعله أقل من %1 حرفًا؛ وضع الباقي في الملاحظات.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation>&quot;%1&quot; ليست فئة.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>استخدم واحدًا مما يلي: %1.</translation>
    </message>
    <message>
        <source>%1 is not a quantity.</source>
        <translation>%1 ليست كمية.</translation>
    </message>
    <message>
        <source>Type a number from 1 to %1.</source>
        <translation>اكتب رقمًا من 1 إلى %1.</translation>
    </message>
    <message>
        <source>The notes are too long.</source>
        <translation>الملاحظات طويلة جدًا.</translation>
    </message>
    <message>
        <source>Keep them under %1 characters.</source>
        <translation>اجعلها أقل من %1 حرفًا.</translation>
    </message>
    <message>
        <source>This household is no longer on file.</source>
        <translation>هذه الأسرة لم تعد مسجّلة.</translation>
    </message>
    <message>
        <source>Reload the list and choose the household again.</source>
        <translation>أعد تحميل القائمة واختر الأسرة مرة أخرى.</translation>
    </message>
    <message>
        <source>This person is no longer on file.</source>
        <translation>هذا الشخص لم يعد مسجّلًا.</translation>
    </message>
    <message>
        <source>Reload the list and choose the person again.</source>
        <translation>أعد تحميل القائمة واختر الشخص مرة أخرى.</translation>
    </message>
    <message>
        <source>The item is not in the catalog.</source>
        <translation>الصنف غير موجود في الفهرس.</translation>
    </message>
    <message>
        <source>Choose it from the catalog, or describe it in words.</source>
        <translation>اختره من الفهرس، أو صِفه بالكلمات.</translation>
    </message>
    <message>
        <source>This request is no longer on file; it may have been removed.</source>
        <translation>هذا الطلب لم يعد مسجّلًا؛ ربما تمت إزالته.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>أعد تحميل القائمة.</translation>
    </message>
    <message>
        <source>This offer is no longer on file; it may have been removed.</source>
        <translation>هذا العرض لم يعد مسجّلًا؛ ربما تمت إزالته.</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>when there is some</source>
        <translation>عند توفره</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>قريبًا</translation>
    </message>
    <message>
        <source>promised</source>
        <translation>موعود به</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>مُعبأ</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>closed unmet</source>
        <translation>أُغلق دون تلبية</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>مطابَق</translation>
    </message>
    <message>
        <source>received</source>
        <translation>تم تسلّمه</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>item (words)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Say who asked: a household or a volunteer.</source>
        <translation>حدّد من طلب: أسرة أو متطوع.</translation>
    </message>
    <message>
        <source>Choose the household (or the volunteer) the request is for.</source>
        <translation>اختر الأسرة (أو المتطوع) الذي يخصه الطلب.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of urgency.</source>
        <translation>&quot;%1&quot; ليست درجة استعجال.</translation>
    </message>
    <message>
        <source>The person taking it on is no longer on file.</source>
        <translation>الشخص الذي يتولّاه لم يعد مسجّلًا.</translation>
    </message>
    <message>
        <source>Nobody is on shift to take this request on.</source>
        <translation>لا أحد في المناوبة ليتولّى هذا الطلب.</translation>
    </message>
    <message>
        <source>Choose who is on shift first (Alt+S), or name the person.</source>
        <translation>اختر أولًا من في المناوبة (Alt+S)، أو اذكر اسم الشخص.</translation>
    </message>
    <message>
        <source>This request is closed already.</source>
        <translation>هذا الطلب مغلق بالفعل.</translation>
    </message>
    <message>
        <source>This request is closed already (%1).</source>
        <translation>هذا الطلب مغلق بالفعل (%1).</translation>
    </message>
    <message>
        <source>Say why the request is closed without being met.</source>
        <translation>اذكر سبب إغلاق الطلب دون تلبيته.</translation>
    </message>
    <message>
        <source>For example &quot;found elsewhere&quot; or &quot;no longer needed&quot;.</source>
        <translation>مثلًا &quot;وُجد في مكان آخر&quot; أو &quot;لم يعد مطلوبًا&quot;.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>السبب طويل جدًا.</translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation>اجعله أقل من %1 حرفًا.</translation>
    </message>
    <message>
        <source>Only a request closed unmet can be opened again.</source>
        <translation>لا يمكن إعادة فتح إلا الطلب الذي أُغلق دون تلبية.</translation>
    </message>
    <message>
        <source>This request rides with a distribution day or was delivered; it stays on file.</source>
        <translation>هذا الطلب مرتبط بيوم توزيع أو تم تسليمه؛ ويبقى مسجّلًا.</translation>
    </message>
    <message>
        <source>Close it unmet instead, with the reason.</source>
        <translation>أغلقه دون تلبية بدلًا من ذلك، مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Say who offers it.</source>
        <translation>حدّد من يعرضه.</translation>
    </message>
    <message>
        <source>Choose the household or volunteer, or type how the team knows the neighbour.</source>
        <translation>اختر الأسرة أو المتطوع، أو اكتب كيف يعرف الفريق هذا الجار.</translation>
    </message>
    <message>
        <source>The name, phone or address is too long.</source>
        <translation>الاسم أو الهاتف أو العنوان طويل جدًا.</translation>
    </message>
    <message>
        <source>Keep each under %1 characters.</source>
        <translation>اجعل كلًّا منها أقل من %1 حرفًا.</translation>
    </message>
    <message>
        <source>It cannot be available until before it is available from.</source>
        <translation>لا يمكن أن يكون تاريخ «متوفر حتى» قبل تاريخ «متوفر من».</translation>
    </message>
    <message>
        <source>Check the two dates.</source>
        <translation>تحقّق من التاريخين.</translation>
    </message>
    <message>
        <source>%1 is not a number of boxes.</source>
        <translation>%1 ليس عددًا من الصناديق.</translation>
    </message>
    <message>
        <source>Type how many boxes of room it takes in a car, from 0 to 99.</source>
        <translation>اكتب عدد الصناديق التي يشغلها في السيارة، من 0 إلى 99.</translation>
    </message>
    <message>
        <source>Those coordinates are not a place.</source>
        <translation>هذه الإحداثيات لا تدل على مكان.</translation>
    </message>
    <message>
        <source>Type latitude and longitude, such as 41.8575, -87.6607, or paste a map link.</source>
        <translation>اكتب خط العرض وخط الطول، مثل 41.8575, -87.6607، أو الصق رابط خريطة.</translation>
    </message>
    <message>
        <source>A pickup needs an address.</source>
        <translation>الاستلام يحتاج إلى عنوان.</translation>
    </message>
    <message>
        <source>Type where to pick it up, or choose the household offering it.</source>
        <translation>اكتب مكان الاستلام، أو اختر الأسرة التي تعرضه.</translation>
    </message>
    <message>
        <source>This offer was received already.</source>
        <translation>تم تسلّم هذا العرض بالفعل.</translation>
    </message>
    <message>
        <source>This offer is a pickup on a distribution day.</source>
        <translation>هذا العرض مُدرج للاستلام في يوم توزيع.</translation>
    </message>
    <message>
        <source>Take the pickup off that day first.</source>
        <translation>أزل الاستلام من ذلك اليوم أولًا.</translation>
    </message>
    <message>
        <source>This offer is matched, on a day or received; it stays on file.</source>
        <translation>هذا العرض مطابَق، أو مُدرج في يوم، أو تم تسلّمه؛ ويبقى مسجّلًا.</translation>
    </message>
    <message>
        <source>Withdraw it instead.</source>
        <translation>اسحبه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This offer was withdrawn.</source>
        <translation>تم سحب هذا العرض.</translation>
    </message>
    <message>
        <source>This pantry has no location to put the offer in.</source>
        <translation>لا يوجد في مخزن الطعام هذا موقع لوضع العرض فيه.</translation>
    </message>
    <message>
        <source>Add a location in Inventory first.</source>
        <translation>أضف موقعًا في المخزون أولًا.</translation>
    </message>
    <message>
        <source>This request has a confirmed offer already.</source>
        <translation>لهذا الطلب عرض مؤكد بالفعل.</translation>
    </message>
    <message>
        <source>Cancel that match first to choose another offer.</source>
        <translation>ألغِ تلك المطابقة أولًا لاختيار عرض آخر.</translation>
    </message>
    <message>
        <source>This offer is %1; it can no longer be matched.</source>
        <translation>حالة هذا العرض: %1؛ ولم يعد من الممكن مطابقته.</translation>
    </message>
    <message>
        <source>This offer is matched to another request already.</source>
        <translation>هذا العرض مطابَق بالفعل مع طلب آخر.</translation>
    </message>
    <message>
        <source>The offer is %1 and the request %2: they do not match.</source>
        <translation>العرض من فئة %1 والطلب من فئة %2: لا يتطابقان.</translation>
    </message>
    <message>
        <source>This match is no longer confirmed.</source>
        <translation>هذه المطابقة لم تعد مؤكدة.</translation>
    </message>
    <message>
        <source>What was offered has been delivered already.</source>
        <translation>ما تم عرضه قد سُلِّم بالفعل.</translation>
    </message>
    <message>
        <source>pickup outcome corrected</source>
        <translation>تم تصحيح نتيجة الاستلام</translation>
    </message>
    <message>
        <source>This offer has not been received.</source>
        <translation>لم يُستلم هذا العرض.</translation>
    </message>
    <message>
        <source>This offer was picked up on a distribution day.</source>
        <translation>استُلم هذا العرض في يوم توزيع.</translation>
    </message>
    <message>
        <source>Correct the pickup stop&apos;s outcome instead.</source>
        <translation>صحّح نتيجة محطة الاستلام بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>offer not received after all</source>
        <translation>عرض لم يُستلم في النهاية</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired from the catalog.</source>
        <translation>&quot;%1&quot; لم يعد مستخدمًا في قائمة الأصناف.</translation>
    </message>
    <message>
        <source>Choose an item the pantry still takes, or describe it in words.</source>
        <translation>اختر صنفًا لا يزال مخزن الطعام يستقبله، أو صِفه بالكلمات.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is perishable and needs its date when it comes in.</source>
        <translation>&quot;%1&quot; سريع التلف ويحتاج إلى تاريخه عند استلامه.</translation>
    </message>
    <message>
        <source>Record the offer in words, and receive the food at intake with its date.</source>
        <translation>سجّل العرض بالكلمات، واستلم الطعام عند الإدخال مع تاريخه.</translation>
    </message>
    <message>
        <source>%1 is more than one intake may record.</source>
        <translation>%1 أكثر مما يمكن أن يسجله إدخال واحد.</translation>
    </message>
    <message>
        <source>Record the pickup stop&apos;s outcome instead, or take it off the day.</source>
        <translation>سجّل نتيجة محطة الاستلام بدلًا من ذلك، أو أزلها من اليوم.</translation>
    </message>
    <message>
        <source>This is the household&apos;s own offer.</source>
        <translation>هذا عرض الأسرة نفسها.</translation>
    </message>
    <message>
        <source>Choose an offer from someone else.</source>
        <translation>اختر عرضًا من شخص آخر.</translation>
    </message>
</context>
<context>
    <name>larder::routing::Cvrplib</name>
    <message>
        <source>Cannot read the file (%1).</source>
        <translation>لا يمكن قراءة الملف (%1).</translation>
    </message>
    <message>
        <source>A section starts before DIMENSION is given.</source>
        <translation>يبدأ قسم قبل تحديد DIMENSION.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>يجب أن تكون قيمة %1 عددًا صحيحًا لا يقل عن %2، وليس &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>TYPE is &quot;%1&quot;; only CVRP instances can be read.</source>
        <translation>قيمة TYPE هي &quot;%1&quot;؛ لا يمكن قراءة إلا مسائل CVRP.</translation>
    </message>
    <message>
        <source>DIMENSION is given twice.</source>
        <translation>تم تحديد DIMENSION مرتين.</translation>
    </message>
    <message>
        <source>EDGE_WEIGHT_TYPE is &quot;%1&quot;; only EUC_2D is supported.</source>
        <translation>قيمة EDGE_WEIGHT_TYPE هي &quot;%1&quot;؛ لا يُدعم إلا EUC_2D.</translation>
    </message>
    <message>
        <source>%1 is not supported; only CVRP instances with EUC_2D coordinates and no route length limit can be read.</source>
        <translation>%1 غير مدعوم؛ لا يمكن قراءة إلا مسائل CVRP ذات إحداثيات EUC_2D وبدون حد لطول المسار.</translation>
    </message>
    <message>
        <source>Unknown keyword &quot;%1&quot;.</source>
        <translation>كلمة مفتاحية غير معروفة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node id.</source>
        <translation>&quot;%1&quot; ليس معرّف عقدة.</translation>
    </message>
    <message>
        <source>Depot %1 is not a node id from 1 to %2.</source>
        <translation>المستودع %1 ليس معرّف عقدة بين 1 و%2.</translation>
    </message>
    <message>
        <source>A second depot; only instances with one depot can be read.</source>
        <translation>مستودع ثانٍ؛ لا يمكن قراءة إلا المسائل التي لها مستودع واحد.</translation>
    </message>
    <message>
        <source>Data outside a section: &quot;%1&quot;.</source>
        <translation>بيانات خارج أي قسم: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node id from 1 to %2.</source>
        <translation>&quot;%1&quot; ليس معرّف عقدة بين 1 و%2.</translation>
    </message>
    <message>
        <source>A coordinate line needs a node id, x and y; it has %1 values.</source>
        <translation>يحتاج سطر الإحداثيات إلى معرّف عقدة وx وy؛ لكنه يحتوي على %1 قيم.</translation>
    </message>
    <message>
        <source>Node %1 has coordinates &quot;%2 %3&quot;, which are not numbers.</source>
        <translation>إحداثيات العقدة %1 هي &quot;%2 %3&quot;، وهي ليست أرقامًا.</translation>
    </message>
    <message>
        <source>Node %1 has coordinates twice.</source>
        <translation>للعقدة %1 إحداثيات مكررة مرتين.</translation>
    </message>
    <message>
        <source>A demand line needs a node id and a demand; it has %1 values.</source>
        <translation>يحتاج سطر الطلب إلى معرّف عقدة وكمية طلب؛ لكنه يحتوي على %1 قيم.</translation>
    </message>
    <message>
        <source>Node %1 has demand &quot;%2&quot;; it must be a whole number of at least 0.</source>
        <translation>طلب العقدة %1 هو &quot;%2&quot;؛ ويجب أن يكون عددًا صحيحًا لا يقل عن 0.</translation>
    </message>
    <message>
        <source>Node %1 has a demand twice.</source>
        <translation>للعقدة %1 طلب مكرر مرتين.</translation>
    </message>
    <message>
        <source>DIMENSION is missing.</source>
        <translation>DIMENSION مفقود.</translation>
    </message>
    <message>
        <source>TYPE is missing.</source>
        <translation>TYPE مفقود.</translation>
    </message>
    <message>
        <source>EDGE_WEIGHT_TYPE is missing.</source>
        <translation>EDGE_WEIGHT_TYPE مفقود.</translation>
    </message>
    <message>
        <source>CAPACITY is missing.</source>
        <translation>CAPACITY مفقود.</translation>
    </message>
    <message>
        <source>Node %1 has no coordinates in NODE_COORD_SECTION.</source>
        <translation>ليس للعقدة %1 إحداثيات في NODE_COORD_SECTION.</translation>
    </message>
    <message>
        <source>Node %1 has no demand in DEMAND_SECTION.</source>
        <translation>ليس للعقدة %1 طلب في DEMAND_SECTION.</translation>
    </message>
    <message>
        <source>DEPOT_SECTION is missing or empty.</source>
        <translation>DEPOT_SECTION مفقود أو فارغ.</translation>
    </message>
    <message>
        <source>The depot (node %1) has demand %2; it must be 0.</source>
        <translation>طلب المستودع (العقدة %1) هو %2؛ ويجب أن يكون 0.</translation>
    </message>
</context>
<context>
    <name>larder::routing::Routing</name>
    <message>
        <source>This is a bug in the caller of the route planner; please report it.</source>
        <translation>هذا خطأ برمجي في الجزء الذي يستدعي مخطط المسارات؛ يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>The route problem has no places (nodeCount is %1).</source>
        <translation>مسألة المسارات لا تحتوي على أي أماكن (nodeCount هو %1).</translation>
    </message>
    <message>
        <source>The route problem has neither a distance matrix nor a distance function.</source>
        <translation>مسألة المسارات لا تحتوي على مصفوفة مسافات ولا على دالة مسافة.</translation>
    </message>
    <message>
        <source>The distance matrix has %1 values; %2 places need %3.</source>
        <translation>تحتوي مصفوفة المسافات على %1 قيم؛ بينما يحتاج %2 أماكن إلى %3.</translation>
    </message>
    <message>
        <source>The duration matrix has %1 values; %2 places need %3.</source>
        <translation>تحتوي مصفوفة المُدد على %1 قيم؛ بينما يحتاج %2 أماكن إلى %3.</translation>
    </message>
    <message>
        <source>Vehicle %1 starts at place %2, which does not exist.</source>
        <translation>تنطلق المركبة %1 من المكان %2، وهو غير موجود.</translation>
    </message>
    <message>
        <source>Vehicle %1 ends at place %2, which does not exist.</source>
        <translation>تنتهي المركبة %1 في المكان %2، وهو غير موجود.</translation>
    </message>
    <message>
        <source>Vehicle %1 has a negative capacity or limit.</source>
        <translation>للمركبة %1 سعة أو حدّ بقيمة سالبة.</translation>
    </message>
    <message>
        <source>Vehicle %1 has a time limit, but the problem has no durations.</source>
        <translation>للمركبة %1 حدّ زمني، لكن المسألة لا تحتوي على مُدد.</translation>
    </message>
    <message>
        <source>Vehicle %1&apos;s hours run from %2 to %3; they must lie between 0 and %4, the end not before the start.</source>
        <translation>ساعات عمل المركبة %1 من %2 إلى %3؛ ويجب أن تكون بين 0 و%4، وألا تكون النهاية قبل البداية.</translation>
    </message>
    <message>
        <source>The penalty for lateness must lie between 0 and %1.</source>
        <translation>يجب أن تكون غرامة التأخير بين 0 و%1.</translation>
    </message>
    <message>
        <source>The problem has time windows but no durations.</source>
        <translation>تحتوي المسألة على نوافذ زمنية لكن بدون مُدد.</translation>
    </message>
    <message>
        <source>Customer %1 is at place %2, which does not exist.</source>
        <translation>العميل %1 في المكان %2، وهو غير موجود.</translation>
    </message>
    <message>
        <source>Customer %1 has a negative demand, service time or penalty.</source>
        <translation>للعميل %1 طلب أو وقت خدمة أو غرامة بقيمة سالبة.</translation>
    </message>
    <message>
        <source>Customer %1 has a service time or penalty over %2.</source>
        <translation>للعميل %1 وقت خدمة أو غرامة تتجاوز %2.</translation>
    </message>
    <message>
        <source>Customer %1&apos;s time window runs from %2 to %3; it must lie between 0 and %4, the end not before the start.</source>
        <translation>النافذة الزمنية للعميل %1 من %2 إلى %3؛ ويجب أن تكون بين 0 و%4، وألا تكون النهاية قبل البداية.</translation>
    </message>
    <message>
        <source>Customer %1 prefers vehicle %2, which does not exist.</source>
        <translation>يفضّل العميل %1 المركبة %2، وهي غير موجودة.</translation>
    </message>
    <message>
        <source>A locked route is for vehicle %1, which does not exist.</source>
        <translation>يوجد مسار مقفل للمركبة %1، وهي غير موجودة.</translation>
    </message>
    <message>
        <source>Vehicle %1 has two locked routes.</source>
        <translation>للمركبة %1 مساران مقفلان.</translation>
    </message>
    <message>
        <source>The locked route of vehicle %1 visits customer %2, which does not exist.</source>
        <translation>المسار المقفل للمركبة %1 يزور العميل %2، وهو غير موجود.</translation>
    </message>
    <message>
        <source>Customer %1 is in a locked route twice, or in two locked routes.</source>
        <translation>العميل %1 موجود مرتين في مسار مقفل، أو في مسارين مقفلين.</translation>
    </message>
    <message>
        <source>The distance from place %1 to place %2 is %3; it must be between 0 and %4.</source>
        <translation>المسافة من المكان %1 إلى المكان %2 هي %3؛ ويجب أن تكون بين 0 و%4.</translation>
    </message>
    <message>
        <source>The duration from place %1 to place %2 is %3; it must be between 0 and %4.</source>
        <translation>المدة من المكان %1 إلى المكان %2 هي %3؛ ويجب أن تكون بين 0 و%4.</translation>
    </message>
    <message>
        <source>The solver&apos;s time limit and iteration count cannot be negative.</source>
        <translation>لا يمكن أن يكون الحد الزمني للمُحلِّل أو عدد التكرارات سالبًا.</translation>
    </message>
    <message>
        <source>The solver needs a time limit, an iteration count or a way to cancel it.</source>
        <translation>يحتاج المُحلِّل إلى حد زمني، أو عدد تكرارات، أو طريقة لإلغائه.</translation>
    </message>
</context>
<context>
    <name>larder::routing::Solomon</name>
    <message>
        <source>Cannot read the file (%1).</source>
        <translation>لا يمكن قراءة الملف (%1).</translation>
    </message>
    <message>
        <source>The file is %1 MiB; a Solomon instance is far smaller.</source>
        <translation>حجم الملف %1 MiB؛ بينما مسألة Solomon أصغر من ذلك بكثير.</translation>
    </message>
    <message>
        <source>Expected the VEHICLE block, found &quot;%1&quot;.</source>
        <translation>كان المتوقع قسم VEHICLE، لكن وُجد &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The VEHICLE block needs two whole numbers, the vehicles available (1 to %1) and their capacity (1 to 1000000).</source>
        <translation>يحتاج قسم VEHICLE إلى عددين صحيحين: عدد المركبات المتاحة (من 1 إلى %1) وسعتها (من 1 إلى 1000000).</translation>
    </message>
    <message>
        <source>Expected the CUSTOMER block, found &quot;%1&quot;.</source>
        <translation>كان المتوقع قسم CUSTOMER، لكن وُجد &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A customer row has %1 values; it needs 7: number, x, y, demand, ready time, due date, service time.</source>
        <translation>يحتوي صف العميل على %1 قيم؛ ويحتاج إلى 7: الرقم، x، y، الطلب، وقت الجاهزية، الموعد النهائي، وقت الخدمة.</translation>
    </message>
    <message>
        <source>Customer numbers must run 0, 1, 2, ... in order; this row is &quot;%1&quot; where %2 was expected.</source>
        <translation>يجب أن تكون أرقام العملاء 0، 1، 2، ... بالترتيب؛ هذا الصف رقمه &quot;%1&quot; بينما كان المتوقع %2.</translation>
    </message>
    <message>
        <source>More than %1 customers: too many for one instance.</source>
        <translation>أكثر من %1 عميل: عدد كبير جدًا لمسألة واحدة.</translation>
    </message>
    <message>
        <source>Value %1 of customer %2 (&quot;%3&quot;) is not a number from 0 to %4.</source>
        <translation>القيمة %1 للعميل %2 (&quot;%3&quot;) ليست رقمًا بين 0 و%4.</translation>
    </message>
    <message>
        <source>Customer %1 has a demand that is not whole, or a ready time after its due date.</source>
        <translation>للعميل %1 طلب ليس عددًا صحيحًا، أو وقت جاهزية بعد موعده النهائي.</translation>
    </message>
    <message>
        <source>The file ends before the depot and at least one customer are given.</source>
        <translation>ينتهي الملف قبل ذكر المستودع وعميل واحد على الأقل.</translation>
    </message>
    <message>
        <source>The depot (customer 0) has demand %1; it must be 0.</source>
        <translation>طلب المستودع (العميل 0) هو %1؛ ويجب أن يكون 0.</translation>
    </message>
</context>
<context>
    <name>larder::runs::Outcomes</name>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Left at door</source>
        <translation>تُرك عند الباب</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>غير موجودين في المنزل</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>عنوان خاطئ</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>رُفض</translation>
    </message>
</context>
<context>
    <name>larder::runs::Packages</name>
    <message>
        <source>This run is no longer on file; it may have been deleted.</source>
        <translation>هذه الجولة لم تعد مسجّلة؛ ربما تم حذفها.</translation>
    </message>
    <message>
        <source>Reload the list of runs.</source>
        <translation>أعد تحميل قائمة الجولات.</translation>
    </message>
    <message>
        <source>The run of %1 is closed: its stock has gone out already.</source>
        <translation>جولة يوم %1 مغلقة: لقد خرج مخزونها بالفعل.</translation>
    </message>
    <message>
        <source>Packages can only change on a run that is not closed.</source>
        <translation>لا يمكن تغيير الحصص إلا في جولة غير مغلقة.</translation>
    </message>
    <message>
        <source>A box template needs a name.</source>
        <translation>يحتاج قالب الصندوق إلى اسم.</translation>
    </message>
    <message>
        <source>Name it after who it is for, such as &quot;3-5 people&quot;.</source>
        <translation>سمِّه حسب من هو مخصص له، مثل &quot;3-5 أشخاص&quot;.</translation>
    </message>
    <message>
        <source>A box template&apos;s smallest household size must be from 1 to 99, not %1.</source>
        <translation>يجب أن يكون أصغر حجم أسرة في قالب الصندوق من 1 إلى 99، وليس %1.</translation>
    </message>
    <message>
        <source>Type the number of people it starts at, such as 1.</source>
        <translation>اكتب عدد الأشخاص الذي يبدأ منه، مثل 1.</translation>
    </message>
    <message>
        <source>A box template&apos;s largest household size must be from %1 to 99, not %2.</source>
        <translation>يجب أن يكون أكبر حجم أسرة في قالب الصندوق من %1 إلى 99، وليس %2.</translation>
    </message>
    <message>
        <source>Leave it empty for &quot;and more&quot;.</source>
        <translation>اتركه فارغًا ليعني &quot;فأكثر&quot;.</translation>
    </message>
    <message>
        <source>A package fills from 1 to 20 boxes, not %1.</source>
        <translation>تملأ الحصة من 1 إلى 20 صندوقًا، وليس %1.</translation>
    </message>
    <message>
        <source>Count the boxes one household&apos;s package needs.</source>
        <translation>احسب عدد الصناديق التي تحتاجها حصة أسرة واحدة.</translation>
    </message>
    <message>
        <source>An item of the box template is not in the catalog.</source>
        <translation>أحد أصناف قالب الصندوق غير موجود في قائمة الأصناف.</translation>
    </message>
    <message>
        <source>Choose the item again from the catalog.</source>
        <translation>اختر الصنف مرة أخرى من قائمة الأصناف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired from the catalog.</source>
        <translation>&quot;%1&quot; لم يعد مستخدمًا في قائمة الأصناف.</translation>
    </message>
    <message>
        <source>Choose an item the pantry still gives out.</source>
        <translation>اختر صنفًا لا يزال مخزن الطعام يوزّعه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the box template twice.</source>
        <translation>&quot;%1&quot; موجود مرتين في قالب الصندوق.</translation>
    </message>
    <message>
        <source>Keep one line for it with the whole quantity.</source>
        <translation>أبقِ له سطرًا واحدًا بالكمية كاملة.</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be from 1 to 1000, not %2.</source>
        <translation>يجب أن تكون كمية &quot;%1&quot; من 1 إلى 1000، وليس %2.</translation>
    </message>
    <message>
        <source>Type how many of it one package holds.</source>
        <translation>اكتب كم قطعة منه تحتوي الحصة الواحدة.</translation>
    </message>
    <message>
        <source>There is already a box template called &quot;%1&quot;.</source>
        <translation>يوجد بالفعل قالب صندوق باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose another name, or change that template instead.</source>
        <translation>اختر اسمًا آخر، أو عدّل ذلك القالب بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This box template is no longer on file; it may have been deleted on another laptop.</source>
        <translation>قالب الصندوق هذا لم يعد مسجّلًا؛ ربما تم حذفه على حاسوب آخر.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>أعد تحميل القائمة.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>This box template is no longer on file.</source>
        <translation>قالب الصندوق هذا لم يعد مسجّلًا.</translation>
    </message>
    <message>
        <source>A supplier pickup run brings food in; it has no packages to pack.</source>
        <translation>جولة الجمع من المورّدين تُحضر الطعام إلى المخزن؛ وليس فيها حصص للتعبئة.</translation>
    </message>
    <message>
        <source>Allocate the delivery or pickup run of that day instead.</source>
        <translation>خصّص بدلًا من ذلك جولة التوصيل أو جولة الاستلام من المخزن في ذلك اليوم.</translation>
    </message>
    <message>
        <source>There are no box templates yet, so nothing says what a package holds.</source>
        <translation>لا توجد قوالب صناديق بعد، لذلك لا يوجد ما يحدد محتوى الحصة.</translation>
    </message>
    <message>
        <source>Add a template for each household size first (larder-cli templates).</source>
        <translation>أضف أولًا قالبًا لكل حجم أسرة (larder-cli templates).</translation>
    </message>
    <message>
        <source>The item to replace is not in the catalog.</source>
        <translation>الصنف المطلوب استبداله غير موجود في قائمة الأصناف.</translation>
    </message>
    <message>
        <source>Choose it from the run&apos;s shortages.</source>
        <translation>اختره من النواقص في الجولة.</translation>
    </message>
    <message>
        <source>The substitute is not in the catalog.</source>
        <translation>الصنف البديل غير موجود في قائمة الأصناف.</translation>
    </message>
    <message>
        <source>Choose one of the substitutes listed with the shortage.</source>
        <translation>اختر أحد البدائل المعروضة مع النقص.</translation>
    </message>
    <message>
        <source>An item cannot stand in for itself.</source>
        <translation>لا يمكن أن يكون الصنف بديلًا عن نفسه.</translation>
    </message>
    <message>
        <source>Choose another item, or receive more of &quot;%1&quot;.</source>
        <translation>اختر صنفًا آخر، أو استلم كمية إضافية من &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Every package of this run has all its &quot;%1&quot;; nothing to replace.</source>
        <translation>كل حصص هذه الجولة تحتوي على كل ما يلزمها من &quot;%1&quot;؛ لا يوجد ما يُستبدل.</translation>
    </message>
    <message>
        <source>Allocate the run again to see its shortages.</source>
        <translation>خصّص الجولة مرة أخرى لرؤية النواقص.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; does not suit the dietary needs of %n of the households short of &quot;%2&quot;.</source>
        <translation>
            <numerusform>&quot;%1&quot; لا يناسب الاحتياجات الغذائية لأي من الأسر التي ينقصها &quot;%2&quot;.</numerusform>
            <numerusform>&quot;%1&quot; لا يناسب الاحتياجات الغذائية لأسرة واحدة من الأسر التي ينقصها &quot;%2&quot;.</numerusform>
            <numerusform>&quot;%1&quot; لا يناسب الاحتياجات الغذائية لأسرتين من الأسر التي ينقصها &quot;%2&quot;.</numerusform>
            <numerusform>&quot;%1&quot; لا يناسب الاحتياجات الغذائية لـ %n أسر من الأسر التي ينقصها &quot;%2&quot;.</numerusform>
            <numerusform>&quot;%1&quot; لا يناسب الاحتياجات الغذائية لـ %n أسرة من الأسر التي ينقصها &quot;%2&quot;.</numerusform>
            <numerusform>&quot;%1&quot; لا يناسب الاحتياجات الغذائية لـ %n أسرة من الأسر التي ينقصها &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>No &quot;%1&quot; is on hand that another package has not taken already.</source>
        <translation>لا يوجد في المخزون من &quot;%1&quot; ما لم تأخذه حصة أخرى بالفعل.</translation>
    </message>
    <message>
        <source>This stop is no longer on its run; it may have been removed.</source>
        <translation>هذه المحطة لم تعد ضمن جولتها؛ ربما تمت إزالتها.</translation>
    </message>
    <message>
        <source>Reload the run.</source>
        <translation>أعد تحميل الجولة.</translation>
    </message>
    <message>
        <source>This stop has an outcome already; its package cannot change.</source>
        <translation>لهذه المحطة نتيجة مسجّلة بالفعل؛ لا يمكن تغيير حصتها.</translation>
    </message>
    <message>
        <source>Add the item to a stop that has not been delivered.</source>
        <translation>أضف الصنف إلى محطة لم يتم التسليم فيها بعد.</translation>
    </message>
    <message>
        <source>This stop is not a household&apos;s, so it has no package.</source>
        <translation>هذه المحطة ليست لأسرة، لذلك ليس لها حصة.</translation>
    </message>
    <message>
        <source>The item is not in the catalog.</source>
        <translation>الصنف غير موجود في قائمة الأصناف.</translation>
    </message>
    <message>
        <source>Choose it from the catalog.</source>
        <translation>اختره من قائمة الأصناف.</translation>
    </message>
    <message>
        <source>The quantity to add must be from 1 to 1000, not %1.</source>
        <translation>يجب أن تكون الكمية المضافة من 1 إلى 1000، وليس %1.</translation>
    </message>
    <message>
        <source>Type how many to add to the package.</source>
        <translation>اكتب الكمية التي تريد إضافتها إلى الحصة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not suit this household&apos;s dietary needs.</source>
        <translation>&quot;%1&quot; لا يناسب الاحتياجات الغذائية لهذه الأسرة.</translation>
    </message>
    <message>
        <source>Choose an item that carries the household&apos;s dietary tags.</source>
        <translation>اختر صنفًا يحمل وسوم النظام الغذائي الخاصة بالأسرة.</translation>
    </message>
    <message>
        <source>Only %1 of &quot;%2&quot; is on hand and not set aside for a run; %3 asked for.</source>
        <translation>المتوفر من &quot;%2&quot; في المخزون وغير المحجوز لأي جولة هو %1 فقط؛ والمطلوب %3.</translation>
    </message>
    <message>
        <source>Add %1 or fewer, or receive more first.</source>
        <translation>أضف %1 أو أقل، أو استلم كمية إضافية أولًا.</translation>
    </message>
</context>
<context>
    <name>larder::runs::Runs</name>
    <message>
        <source>%1 would be free until %2, before they start at %3.</source>
        <translation>سيكون %1 متفرغًا حتى %2، قبل أن يبدأ في %3.</translation>
    </message>
    <message>
        <source>The driver</source>
        <translation>السائق</translation>
    </message>
    <message>
        <source>Type when they can start and when they must be back, such as 11:00 and 14:00, or leave one empty.</source>
        <translation>اكتب متى يمكنه البدء ومتى يجب أن يعود، مثل 11:00 و14:00، أو اترك أحدهما فارغًا.</translation>
    </message>
    <message>
        <source>This distribution day is no longer on file.</source>
        <translation>يوم التوزيع هذا لم يعد مسجّلًا.</translation>
    </message>
    <message>
        <source>Reload the list.</source>
        <translation>أعد تحميل القائمة.</translation>
    </message>
    <message>
        <source>The distribution day of %1 is closed.</source>
        <translation>يوم التوزيع %1 مغلق.</translation>
    </message>
    <message>
        <source>Change its outcomes to reopen it, or plan another day.</source>
        <translation>غيّر نتائجه لإعادة فتحه، أو خطّط ليوم آخر.</translation>
    </message>
    <message>
        <source>This stop is no longer on the run.</source>
        <translation>هذه المحطة لم تعد ضمن الجولة.</translation>
    </message>
    <message>
        <source>Reload the run.</source>
        <translation>أعد تحميل الجولة.</translation>
    </message>
    <message>
        <source>This driver is no longer on the run.</source>
        <translation>هذا السائق لم يعد ضمن الجولة.</translation>
    </message>
    <message>
        <source>The date of the distribution day is missing.</source>
        <translation>تاريخ يوم التوزيع مفقود.</translation>
    </message>
    <message>
        <source>Type a date such as 2026-03-07.</source>
        <translation>اكتب تاريخًا مثل 2026-03-07.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of distribution day.</source>
        <translation>&quot;%1&quot; ليس نوعًا من أنواع يوم التوزيع.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>استخدم أحد هذه: %1.</translation>
    </message>
    <message>
        <source>The kind of a distribution day can change only before it is planned.</source>
        <translation>لا يمكن تغيير نوع يوم التوزيع إلا قبل التخطيط له.</translation>
    </message>
    <message>
        <source>Make a new distribution day of the other kind.</source>
        <translation>أنشئ يوم توزيع جديدًا من النوع الآخر.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) of this distribution day have an outcome recorded.</source>
        <translation>
            <numerusform>لا توجد في يوم التوزيع هذا محطات سُجّلت لها نتيجة.</numerusform>
            <numerusform>سُجّلت نتيجة لمحطة واحدة في يوم التوزيع هذا.</numerusform>
            <numerusform>سُجّلت نتيجة لمحطتين في يوم التوزيع هذا.</numerusform>
            <numerusform>سُجّلت نتيجة لـ %n محطات في يوم التوزيع هذا.</numerusform>
            <numerusform>سُجّلت نتيجة لـ %n محطة في يوم التوزيع هذا.</numerusform>
            <numerusform>سُجّلت نتيجة لـ %n محطة في يوم التوزيع هذا.</numerusform>
        </translation>
    </message>
    <message>
        <source>A day that happened stays on file; clear its outcomes first if it was entered by mistake.</source>
        <translation>اليوم الذي حدث بالفعل يبقى مسجّلًا؛ إذا أُدخل عن طريق الخطأ فامسح نتائجه أولًا.</translation>
    </message>
    <message>
        <source>A supplier pickup run collects food from suppliers, not households.</source>
        <translation>جولة الجمع من المورّدين تجمع الطعام من المورّدين، وليس من الأسر.</translation>
    </message>
    <message>
        <source>Add the household to a delivery or pickup day.</source>
        <translation>أضف الأسرة إلى يوم توصيل أو يوم استلام من المخزن.</translation>
    </message>
    <message>
        <source>This household is no longer on file.</source>
        <translation>هذه الأسرة لم تعد مسجّلة.</translation>
    </message>
    <message>
        <source>This household is already a stop of this distribution day.</source>
        <translation>هذه الأسرة محطة بالفعل في يوم التوزيع هذا.</translation>
    </message>
    <message>
        <source>Only a supplier pickup run has supplier stops.</source>
        <translation>جولة الجمع من المورّدين وحدها تحتوي على محطات مورّدين.</translation>
    </message>
    <message>
        <source>Make a supplier pickup run for that day.</source>
        <translation>أنشئ جولة جمع من المورّدين لذلك اليوم.</translation>
    </message>
    <message>
        <source>This supplier is no longer on file.</source>
        <translation>هذا المورّد لم يعد مسجّلًا.</translation>
    </message>
    <message>
        <source>This supplier is already a stop of this run.</source>
        <translation>هذا المورّد محطة بالفعل في هذه الجولة.</translation>
    </message>
    <message>
        <source>This stop has an outcome recorded.</source>
        <translation>لهذه المحطة نتيجة مسجّلة.</translation>
    </message>
    <message>
        <source>Clear the outcome first if it was entered by mistake.</source>
        <translation>إذا أُدخلت النتيجة عن طريق الخطأ فامسحها أولًا.</translation>
    </message>
    <message>
        <source>%1 is not a number of boxes for one stop.</source>
        <translation>%1 ليس عددًا صالحًا من الصناديق لمحطة واحدة.</translation>
    </message>
    <message>
        <source>Type a number from 0 to 99.</source>
        <translation>اكتب رقمًا من 0 إلى 99.</translation>
    </message>
    <message>
        <source>This person is no longer on file.</source>
        <translation>هذا الشخص لم يعد مسجّلًا.</translation>
    </message>
    <message>
        <source>%1 already drives on this distribution day.</source>
        <translation>%1 يقود بالفعل في يوم التوزيع هذا.</translation>
    </message>
    <message>
        <source>This driver</source>
        <translation>هذا السائق</translation>
    </message>
    <message>
        <source>%1 has no vehicle capacity on file.</source>
        <translation>لا توجد سعة مركبة مسجّلة لـ %1.</translation>
    </message>
    <message>
        <source>Type how many boxes fit in the car today.</source>
        <translation>اكتب عدد الصناديق التي تتسع لها السيارة اليوم.</translation>
    </message>
    <message>
        <source>A time limit cannot be negative.</source>
        <translation>لا يمكن أن يكون الحد الزمني سالبًا.</translation>
    </message>
    <message>
        <source>Type minutes, or 0 for none.</source>
        <translation>اكتب عدد الدقائق، أو 0 لعدم وضع حد.</translation>
    </message>
    <message>
        <source>%1 starts from home, but there are no coordinates for it.</source>
        <translation>ينطلق %1 من المنزل، لكن لا توجد إحداثيات له.</translation>
    </message>
    <message>
        <source>Type the coordinates of where they start, or start from the pantry.</source>
        <translation>اكتب إحداثيات مكان الانطلاق، أو اجعل الانطلاق من مخزن الطعام.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a place to start from.</source>
        <translation>&quot;%1&quot; ليس مكانًا صالحًا للانطلاق.</translation>
    </message>
    <message>
        <source>Use pantry or home.</source>
        <translation>استخدم pantry (مخزن الطعام) أو home (المنزل).</translation>
    </message>
    <message>
        <source>A driver needs room for at least one box.</source>
        <translation>يحتاج السائق إلى مساحة لصندوق واحد على الأقل.</translation>
    </message>
    <message>
        <source>Limits cannot be negative.</source>
        <translation>لا يمكن أن تكون الحدود سالبة.</translation>
    </message>
    <message>
        <source>Type a number, or 0 for no limit.</source>
        <translation>اكتب رقمًا، أو 0 لعدم وضع حد.</translation>
    </message>
    <message>
        <source>A driver who starts from home needs the coordinates of that place.</source>
        <translation>السائق الذي ينطلق من المنزل يحتاج إلى إحداثيات ذلك المكان.</translation>
    </message>
    <message>
        <source>Type the coordinates, or start from the pantry.</source>
        <translation>اكتب الإحداثيات، أو اجعل الانطلاق من مخزن الطعام.</translation>
    </message>
    <message>
        <source>Stops of this route have outcomes recorded.</source>
        <translation>توجد محطات في هذا المسار سُجّلت لها نتائج.</translation>
    </message>
    <message>
        <source>Keep the driver; clear the outcomes first if they were entered by mistake.</source>
        <translation>أبقِ السائق؛ وإذا أُدخلت النتائج عن طريق الخطأ فامسحها أولًا.</translation>
    </message>
    <message>
        <source>the route is locked with no stop</source>
        <translation>المسار مقفل بدون أي محطة</translation>
    </message>
    <message>
        <source>no room for boxes in the vehicle</source>
        <translation>لا توجد مساحة للصناديق في المركبة</translation>
    </message>
    <message>
        <source>no stops on this day</source>
        <translation>لا توجد محطات في هذا اليوم</translation>
    </message>
    <message>
        <source>fewer stops than drivers</source>
        <translation>عدد المحطات أقل من عدد السائقين</translation>
    </message>
    <message>
        <source>the routes are not planned yet</source>
        <translation>لم يتم التخطيط للمسارات بعد</translation>
    </message>
    <message>
        <source>the plan aims for the fewest kilometres (Settings)</source>
        <translation>يهدف التخطيط إلى أقل عدد من الكيلومترات (الإعدادات)</translation>
    </message>
    <message>
        <source>no stop fits this driver&apos;s limits (boxes, stops, minutes or hours)</source>
        <translation>لا توجد محطة تناسب حدود هذا السائق (الصناديق أو المحطات أو الدقائق أو الساعات)</translation>
    </message>
    <message>
        <source>no stop fits this driver&apos;s limits (boxes, stops or minutes)</source>
        <translation>لا توجد محطة تناسب حدود هذا السائق (الصناديق أو المحطات أو الدقائق)</translation>
    </message>
    <message>
        <source>Plan another day.</source>
        <translation>خطّط ليوم آخر.</translation>
    </message>
    <message>
        <source>The pantry has no coordinates, so routes cannot start from it.</source>
        <translation>ليس لمخزن الطعام إحداثيات، لذلك لا يمكن أن تنطلق المسارات منه.</translation>
    </message>
    <message>
        <source>Set the pantry&apos;s coordinates in Settings (for example 41.8575, -87.6607), then plan again.</source>
        <translation>حدّد إحداثيات مخزن الطعام في الإعدادات (مثلًا 41.8575, -87.6607)، ثم خطّط مرة أخرى.</translation>
    </message>
    <message>
        <source>No drivers are on this distribution day yet.</source>
        <translation>لا يوجد سائقون في يوم التوزيع هذا بعد.</translation>
    </message>
    <message>
        <source>Add the drivers who came, then plan.</source>
        <translation>أضف السائقين الذين حضروا، ثم خطّط.</translation>
    </message>
    <message>
        <source>%1 stop(s) on routes that are not locked already have an outcome.</source>
        <translation>عدد المحطات في مسارات غير مقفلة التي لها نتيجة بالفعل: %1.</translation>
    </message>
    <message>
        <source>Lock the routes that were driven (Ctrl+L), then plan the rest.</source>
        <translation>اقفل المسارات التي تم قطعها (Ctrl+L)، ثم خطّط للباقي.</translation>
    </message>
    <message>
        <source>That driver is on another distribution day.</source>
        <translation>ذلك السائق مسجّل في يوم توزيع آخر.</translation>
    </message>
    <message>
        <source>The run has changed since then, so this cannot be undone.</source>
        <translation>تغيّرت الجولة منذ ذلك الحين، لذلك لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <source>Move the stops by hand.</source>
        <translation>انقل المحطات يدويًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome.</source>
        <translation>&quot;%1&quot; ليست نتيجة صالحة.</translation>
    </message>
    <message>
        <source>outcome changed to %1</source>
        <translation>تم تغيير النتيجة إلى %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Stock set aside for this stop has no location.</source>
        <translation>المخزون المحجوز لهذه المحطة ليس له موقع.</translation>
    </message>
    <message>
        <source>Allocate the run&apos;s packages again, then record the outcome.</source>
        <translation>خصّص حصص الجولة مرة أخرى، ثم سجّل النتيجة.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) have no outcome yet.</source>
        <translation>
            <numerusform>لا توجد محطات بدون نتيجة.</numerusform>
            <numerusform>محطة واحدة ليس لها نتيجة بعد.</numerusform>
            <numerusform>محطتان ليس لهما نتيجة بعد.</numerusform>
            <numerusform>%n محطات ليس لها نتيجة بعد.</numerusform>
            <numerusform>%n محطة ليس لها نتيجة بعد.</numerusform>
            <numerusform>%n محطة ليس لها نتيجة بعد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record what happened at every stop from the route sheets, then close the day.</source>
        <translation>سجّل ما حدث في كل محطة من أوراق المسارات، ثم أغلق اليوم.</translation>
    </message>
    <message>
        <source>Households come to the pantry on a pickup day: nobody drives to pick anything up.</source>
        <translation>في يوم الاستلام من المخزن تأتي الأسر إلى مخزن الطعام: لا أحد يقود لاستلام أي شيء.</translation>
    </message>
    <message>
        <source>Put the pickup on a delivery or supplier pickup day.</source>
        <translation>ضع الاستلام في يوم توصيل أو يوم جمع من المورّدين.</translation>
    </message>
    <message>
        <source>This offer is no longer on file.</source>
        <translation>هذا العرض لم يعد مسجّلًا.</translation>
    </message>
    <message>
        <source>This offer is %1; there is nothing to pick up.</source>
        <translation>حالة هذا العرض: %1؛ فلا يوجد ما يُستلم.</translation>
    </message>
    <message>
        <source>Whoever offered this brings it to the pantry; it needs no pickup.</source>
        <translation>من عرض هذا سيُحضره إلى مخزن الطعام؛ فلا يحتاج إلى استلام.</translation>
    </message>
    <message>
        <source>Mark the offer as needing a pickup first.</source>
        <translation>علّم العرض أولًا على أنه يحتاج إلى استلام.</translation>
    </message>
    <message>
        <source>This offer is a pickup on another day already.</source>
        <translation>هذا العرض مُدرج للاستلام في يوم آخر بالفعل.</translation>
    </message>
    <message>
        <source>Take it off that day first.</source>
        <translation>أزله من ذلك اليوم أولًا.</translation>
    </message>
    <message>
        <source>Nobody knows where to pick this offer up.</source>
        <translation>لا أحد يعرف من أين يُستلم هذا العرض.</translation>
    </message>
    <message>
        <source>Give the offer an address or coordinates first.</source>
        <translation>أعطِ العرض عنوانًا أو إحداثيات أولًا.</translation>
    </message>
    <message>
        <source>This offer can be picked up until %1 only.</source>
        <translation>يمكن استلام هذا العرض حتى %1 فقط.</translation>
    </message>
    <message>
        <source>Put the pickup on an earlier day, or ask whether it is still there.</source>
        <translation>ضع الاستلام في يوم أسبق، أو اسأل إن كان لا يزال متوفرًا.</translation>
    </message>
</context>
<context>
    <name>larder::sync::ChainCheck</name>
    <message>
        <source>Ask for a new export from a laptop you trust. Nothing was changed.</source>
        <translation>اطلب ملف تصدير جديدًا من حاسوب تثق به. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>This sync file names one laptop twice.</source>
        <translation>يذكر ملف المزامنة هذا حاسوبًا واحدًا مرتين.</translation>
    </message>
    <message>
        <source>This sync file gives this laptop&apos;s identity another key: a laptop of the network claims to be this one.</source>
        <translation>يعطي ملف المزامنة هذا هويةَ هذا الحاسوب مفتاحًا آخر: أحد حواسيب الشبكة يدّعي أنه هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This sync file gives &quot;%1&quot; another key than the one this laptop knows (fingerprint %2, not %3).</source>
        <translation>يعطي ملف المزامنة هذا &quot;%1&quot; مفتاحًا غير الذي يعرفه هذا الحاسوب (البصمة %2، وليس %3).</translation>
    </message>
    <message>
        <source>Compare the fingerprint on that laptop&apos;s Sync page; if it is not the one shown here, another laptop is posing as it. Nothing was changed.</source>
        <translation>قارن البصمة في صفحة المزامنة على ذلك الحاسوب؛ إذا لم تكن هي المعروضة هنا، فهناك حاسوب آخر ينتحل صفته. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>This sync file does not name the key of the laptop that made it.</source>
        <translation>لا يذكر ملف المزامنة هذا مفتاح الحاسوب الذي أنشأه.</translation>
    </message>
    <message>
        <source>This sync file&apos;s description is not signed by &quot;%1&quot;, the laptop it names as its sender.</source>
        <translation>وصف ملف المزامنة هذا غير موقَّع من &quot;%1&quot;، وهو الحاسوب الذي يذكره الملف كمُرسِل.</translation>
    </message>
    <message>
        <source>A revocation in this sync file is not signed by the laptop it names.</source>
        <translation>يوجد إلغاء في ملف المزامنة هذا غير موقَّع من الحاسوب الذي يذكره.</translation>
    </message>
    <message>
        <source>This sync file comes from &quot;%1&quot;, which &quot;%2&quot; revoked on %3: files from it are no longer taken.</source>
        <translation>ملف المزامنة هذا صادر من &quot;%1&quot;، الذي ألغاه &quot;%2&quot; في %3: لم تعد الملفات الصادرة منه مقبولة.</translation>
    </message>
    <message>
        <source>What it made before that reaches this laptop through the other laptops&apos; files. Nothing was changed.</source>
        <translation>ما أنشأه قبل ذلك يصل إلى هذا الحاسوب عبر ملفات الحواسيب الأخرى. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>This sync file&apos;s changes of &quot;%1&quot; are not together.</source>
        <translation>تغييرات &quot;%1&quot; في ملف المزامنة هذا ليست مجتمعة معًا.</translation>
    </message>
    <message>
        <source>Ask for a new export. Nothing was changed.</source>
        <translation>اطلب ملف تصدير جديدًا. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>This sync file&apos;s changes of &quot;%1&quot; are out of order (change %2).</source>
        <translation>تغييرات &quot;%1&quot; في ملف المزامنة هذا ليست بالترتيب (التغيير %2).</translation>
    </message>
    <message>
        <source>The file was changed after &quot;%1&quot; made it, or by a laptop posing as it: ask that laptop for a new export. Nothing was changed.</source>
        <translation>تم تعديل الملف بعد أن أنشأه &quot;%1&quot;، أو أنشأه حاسوب ينتحل صفته: اطلب من ذلك الحاسوب ملف تصدير جديدًا. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>This sync file&apos;s changes of &quot;%1&quot; (numbers %2 to %3) are not signed by it.</source>
        <translation>تغييرات &quot;%1&quot; في ملف المزامنة هذا (الأرقام من %2 إلى %3) غير موقَّعة منه.</translation>
    </message>
    <message>
        <source>This sync file&apos;s changes of &quot;%1&quot; (numbers %2 to %3) do not match its signature.</source>
        <translation>تغييرات &quot;%1&quot; في ملف المزامنة هذا (الأرقام من %2 إلى %3) لا تطابق توقيعها.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; signed two different versions of its changes, at or before its number %2 (change %3 of this file): a copy of that laptop is in use — a restored backup or a cloned disk — or its key was taken.</source>
        <translation>وقّع &quot;%1&quot; نسختين مختلفتين من تغييراته، عند رقمه %2 أو قبله (التغيير %3 في هذا الملف): هناك نسخة من ذلك الحاسوب قيد الاستخدام — نسخة احتياطية مستعادة أو قرص مستنسخ — أو أن مفتاحه قد سُرق.</translation>
    </message>
    <message>
        <source>Find out which laptop made this file, and revoke the copy on the Sync page. Nothing was changed.</source>
        <translation>اعرف أي حاسوب أنشأ هذا الملف، وألغِ النسخة من صفحة المزامنة. لم يتم تغيير أي شيء.</translation>
    </message>
</context>
<context>
    <name>larder::sync::IncomingCheck</name>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 أيام</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ساعات</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>days and hours</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1 takes a whole number</source>
        <translation>يجب أن تكون قيمة %1 عددًا صحيحًا</translation>
    </message>
    <message>
        <source>%1 is yes or no (1 or 0), not %2</source>
        <translation>قيمة %1 هي نعم أو لا (1 أو 0)، وليست %2</translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation>يجب أن تكون قيمة %1 رقمًا</translation>
    </message>
    <message>
        <source>%1 takes text</source>
        <translation>يجب أن تكون قيمة %1 نصًا</translation>
    </message>
    <message>
        <source>%1 is longer than 64 KiB</source>
        <translation>حجم %1 أكبر من 64 KiB</translation>
    </message>
    <message>
        <source>%1 takes bytes</source>
        <translation>يجب أن تكون قيمة %1 بايتات</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, field %3</source>
        <translation>%1 %2، الحقل %3</translation>
    </message>
    <message>
        <source>change %1 of this file (%2)</source>
        <translation>التغيير %1 في هذا الملف (%2)</translation>
    </message>
    <message>
        <source>a change held here (%1)</source>
        <translation>تغيير محفوظ هنا (%1)</translation>
    </message>
    <message>
        <source>The laptop that made this change has a faulty or altered Larder: leave its files out until it is updated, then export again there. Nothing was changed.</source>
        <translation>الحاسوب الذي أجرى هذا التغيير فيه نسخة معطوبة أو معدّلة من Larder: لا تستورد ملفاته حتى يتم تحديثه، ثم صدّر من جديد عليه. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>الحاسوب %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Two different changes carry the same number %1 of %2: %3 differs from the one this laptop holds (%4). That laptop&apos;s identity was copied or forged.</source>
        <translation>يحمل تغييران مختلفان الرقم نفسه %1 من %2: %3 يختلف عن التغيير الموجود على هذا الحاسوب (%4). تم نسخ هوية ذلك الحاسوب أو تزويرها.</translation>
    </message>
    <message>
        <source>Do not import this laptop&apos;s files until a coordinator has found which copy is the real one; a copied pantry file must be opened once so it takes an identity of its own. Nothing was changed.</source>
        <translation>لا تستورد ملفات هذا الحاسوب حتى يحدد أحد المنسقين أي نسخة هي الأصلية؛ يجب فتح ملف مخزن الطعام المنسوخ مرة واحدة ليأخذ هوية خاصة به. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>its time</source>
        <translation>وقته</translation>
    </message>
    <message>
        <source>its record</source>
        <translation>سجله</translation>
    </message>
    <message>
        <source>its field</source>
        <translation>حقله</translation>
    </message>
    <message>
        <source>its value</source>
        <translation>قيمته</translation>
    </message>
    <message>
        <source>This file holds a change dated %1 ahead of this laptop&apos;s clock (%2).</source>
        <translation>يحتوي هذا الملف على تغيير تاريخه متقدم بمقدار %1 على ساعة هذا الحاسوب (%2).</translation>
    </message>
    <message>
        <source>The sending laptop&apos;s clock is wrong: set its date and time, then export again. (If this laptop&apos;s own date is behind, set it first.) Nothing was changed.</source>
        <translation>ساعة الحاسوب المُرسِل غير صحيحة: اضبط التاريخ والوقت عليه، ثم صدّر من جديد. (إذا كان تاريخ هذا الحاسوب نفسه متأخرًا، فاضبطه أولًا.) لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>%1 holds no record.</source>
        <translation>%1 لا يحتوي على أي سجل.</translation>
    </message>
    <message>
        <source>%1 has an unknown field.</source>
        <translation>%1 يحتوي على حقل غير معروف.</translation>
    </message>
    <message>
        <source>%1 cannot be applied: %2.</source>
        <translation>لا يمكن تطبيق %1: %2.</translation>
    </message>
    <message>
        <source>%1 holds no ledger row.</source>
        <translation>%1 لا يحتوي على أي صف في سجل الحركات.</translation>
    </message>
    <message>
        <source>%1 leaves %2 empty.</source>
        <translation>%1 يترك %2 فارغًا.</translation>
    </message>
    <message>
        <source>%1 does not match its change (number, laptop or time).</source>
        <translation>%1 لا يطابق تغييره (الرقم أو الحاسوب أو الوقت).</translation>
    </message>
    <message>
        <source>%1 moves more than %2 at once.</source>
        <translation>%1 ينقل أكثر من %2 دفعة واحدة.</translation>
    </message>
    <message>
        <source>Ledger row %1 in this file (change %2) differs from the ledger row with the same number already here (%3). Two laptops wrote different stock movements under one number: one laptop&apos;s identity was copied or forged, or a file was altered.</source>
        <translation>الصف %1 من سجل الحركات في هذا الملف (التغيير %2) يختلف عن صف سجل الحركات الموجود هنا بالرقم نفسه (%3). كتب حاسوبان حركتي مخزون مختلفتين تحت رقم واحد: تم نسخ هوية أحد الحواسيب أو تزويرها، أو تم التلاعب بملف.</translation>
    </message>
    <message>
        <source>Do not import files from the laptop that sent this one until a coordinator has compared both laptops&apos; stock. Nothing was changed.</source>
        <translation>لا تستورد ملفات من الحاسوب الذي أرسل هذا الملف حتى يقارن أحد المنسقين مخزون الحاسوبين. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>%1 leaves a required field empty.</source>
        <translation>%1 يترك حقلًا مطلوبًا فارغًا.</translation>
    </message>
    <message>
        <source>%1 breaks a rule of the record (%2).</source>
        <translation>%1 يخالف قاعدة من قواعد السجل (%2).</translation>
    </message>
    <message>
        <source>%1 refers to %2 %3, which is neither here nor in this file.</source>
        <translation>%1 يشير إلى %2 %3، وهو غير موجود هنا ولا في هذا الملف.</translation>
    </message>
</context>
<context>
    <name>larder::sync::IncomingOperation</name>
    <message>
        <source>the ledger has too many columns</source>
        <translation>سجل الحركات يحتوي على أعمدة كثيرة جدًا</translation>
    </message>
    <message>
        <source>a ledger row has a field with no name</source>
        <translation>أحد صفوف سجل الحركات يحتوي على حقل بلا اسم</translation>
    </message>
    <message>
        <source>a ledger row has an unknown field %1</source>
        <translation>أحد صفوف سجل الحركات يحتوي على حقل غير معروف %1</translation>
    </message>
    <message>
        <source>a ledger row has the field %1 twice</source>
        <translation>أحد صفوف سجل الحركات يحتوي على الحقل %1 مرتين</translation>
    </message>
    <message>
        <source>not a change as Larder writes one</source>
        <translation>ليس تغييرًا بالشكل الذي يكتبه Larder</translation>
    </message>
</context>
<context>
    <name>larder::sync::Membership</name>
    <message>
        <source>No laptop of this network is called &quot;%1&quot;.</source>
        <translation>لا يوجد حاسوب في هذه الشبكة باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give a name or id as the list of the network&apos;s laptops shows it (&quot;larder-cli sync members&quot;).</source>
        <translation>اكتب الاسم أو المعرّف كما يظهر في قائمة حواسيب الشبكة (&quot;larder-cli sync members&quot;).</translation>
    </message>
    <message>
        <source>Several laptops are called &quot;%1&quot;.</source>
        <translation>توجد عدة حواسيب باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the laptop&apos;s id instead, as &quot;larder-cli sync members&quot; shows it.</source>
        <translation>اكتب معرّف الحاسوب بدلًا من ذلك، كما يظهر في &quot;larder-cli sync members&quot;.</translation>
    </message>
    <message>
        <source>A laptop cannot revoke itself.</source>
        <translation>لا يمكن للحاسوب أن يلغي نفسه.</translation>
    </message>
    <message>
        <source>Revoke it from another laptop of the network.</source>
        <translation>ألغِه من حاسوب آخر في الشبكة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was revoked already, on %2.</source>
        <translation>تم إلغاء &quot;%1&quot; بالفعل في %2.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتم تغيير أي شيء.</translation>
    </message>
</context>
<context>
    <name>larder::sync::OperationStream</name>
    <message>
        <source>a block holds no list of changes</source>
        <translation>كتلة لا تحتوي على قائمة تغييرات</translation>
    </message>
    <message>
        <source>change %1 of this file is malformed: %2</source>
        <translation>التغيير %1 في هذا الملف تالف الصيغة: %2</translation>
    </message>
</context>
<context>
    <name>larder::sync::Replicator</name>
    <message>
        <source>an insert without its values</source>
        <translation>إضافة بدون قيمها</translation>
    </message>
    <message>
        <source>more values than %1 has columns</source>
        <translation>قيم أكثر من عدد أعمدة %1</translation>
    </message>
    <message>
        <source>an unknown field &quot;%1&quot;</source>
        <translation>حقل غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the field %1 twice</source>
        <translation>الحقل %1 مرتين</translation>
    </message>
    <message>
        <source>a malformed value of %1</source>
        <translation>قيمة تالفة الصيغة لـ %1</translation>
    </message>
    <message>
        <source>a personal value that does not open with the network&apos;s key</source>
        <translation>قيمة شخصية لا تُفتح بمفتاح الشبكة</translation>
    </message>
    <message>
        <source>This pantry has no network passphrase yet.</source>
        <translation>ليس لمخزن الطعام هذا عبارة مرور للشبكة بعد.</translation>
    </message>
    <message>
        <source>Give it one (&quot;larder-cli passphrase set&quot; or the Sync page), or join a network.</source>
        <translation>عيّن له عبارة مرور (&quot;larder-cli passphrase set&quot; أو صفحة المزامنة)، أو انضم إلى شبكة.</translation>
    </message>
    <message>
        <source>This pantry&apos;s key for signed changes does not open.</source>
        <translation>مفتاح مخزن الطعام هذا الخاص بالتغييرات الموقَّعة لا يُفتح.</translation>
    </message>
    <message>
        <source>Run &quot;larder-cli check&quot; on this file.</source>
        <translation>شغّل &quot;larder-cli check&quot; على هذا الملف.</translation>
    </message>
    <message>
        <source>No file from &quot;%1&quot; has been imported here yet, so Larder does not know what it lacks.</source>
        <translation>لم يتم استيراد أي ملف من &quot;%1&quot; هنا بعد، لذلك لا يعرف Larder ما الذي ينقصه.</translation>
    </message>
    <message>
        <source>Export everything instead (leave out --for).</source>
        <translation>صدّر كل شيء بدلًا من ذلك (بدون --for).</translation>
    </message>
    <message>
        <source>The sync file could not be written (%1).</source>
        <translation>تعذّرت كتابة ملف المزامنة (%1).</translation>
    </message>
    <message>
        <source>Check that the stick or folder is writable and not full.</source>
        <translation>تأكد من أن الذاكرة المحمولة (USB) أو المجلد قابل للكتابة وغير ممتلئ.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>تم إلغاء التصدير.</translation>
    </message>
    <message>
        <source>A ledger row named by the log is missing.</source>
        <translation>صف من سجل الحركات مذكور في السجل التاريخي مفقود.</translation>
    </message>
    <message>
        <source>An operation in this pantry&apos;s log is damaged (%1 %2).</source>
        <translation>إحدى العمليات في سجل مخزن الطعام هذا تالفة (%1 %2).</translation>
    </message>
    <message>
        <source>A personal value of %1 %2 was never hashed.</source>
        <translation>قيمة شخصية في %1 %2 لم تُحسب لها بصمة (hash) أبدًا.</translation>
    </message>
    <message>
        <source>Run &quot;larder-cli check&quot; on this file and keep a copy of it for the people who make Larder. Nothing was exported.</source>
        <translation>شغّل &quot;larder-cli check&quot; على هذا الملف واحتفظ بنسخة منه لمطوري Larder. لم يتم تصدير أي شيء.</translation>
    </message>
    <message>
        <source>The sync file cannot be read (%1).</source>
        <translation>لا يمكن قراءة ملف المزامنة (%1).</translation>
    </message>
    <message>
        <source>Check the name and that the stick is plugged in.</source>
        <translation>تحقق من الاسم ومن أن الذاكرة المحمولة (USB) موصولة.</translation>
    </message>
    <message>
        <source>This sync file comes from another network, not this pantry&apos;s.</source>
        <translation>ملف المزامنة هذا صادر من شبكة أخرى، وليس من شبكة مخزن الطعام هذا.</translation>
    </message>
    <message>
        <source>Only files from laptops of the same network can be imported. Nothing was changed.</source>
        <translation>لا يمكن استيراد إلا الملفات الصادرة من حواسيب الشبكة نفسها. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>This sync file is under another key than this pantry&apos;s.</source>
        <translation>ملف المزامنة هذا مشفَّر بمفتاح غير مفتاح مخزن الطعام هذا.</translation>
    </message>
    <message>
        <source>Give the network&apos;s passphrase to import it.</source>
        <translation>أدخل عبارة مرور الشبكة لاستيراده.</translation>
    </message>
    <message>
        <source>The passphrase does not open this sync file.</source>
        <translation>عبارة المرور لا تفتح ملف المزامنة هذا.</translation>
    </message>
    <message>
        <source>Check the network&apos;s passphrase (capitals, spaces). If the network&apos;s key was rotated on another laptop, give the new passphrase.</source>
        <translation>تحقق من عبارة مرور الشبكة (الأحرف الكبيرة والمسافات). إذا تم تغيير مفتاح الشبكة على حاسوب آخر، فأدخل عبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>This sync file was made by a newer Larder (data version %1; this Larder reads up to %2).</source>
        <translation>تم إنشاء ملف المزامنة هذا بإصدار أحدث من Larder (إصدار البيانات %1؛ وهذا الإصدار من Larder يقرأ حتى %2).</translation>
    </message>
    <message>
        <source>Update Larder to read this file. Nothing was changed.</source>
        <translation>حدّث Larder لقراءة هذا الملف. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>This sync file&apos;s contents are damaged (%1).</source>
        <translation>محتوى ملف المزامنة هذا تالف (%1).</translation>
    </message>
    <message>
        <source>Copy the file again from its source. Nothing was changed.</source>
        <translation>انسخ الملف مرة أخرى من مصدره. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>This sync file&apos;s changes are signed under another history key than this laptop&apos;s: it comes from a copy of the network that was updated apart from this one.</source>
        <translation>تغييرات ملف المزامنة هذا موقَّعة بمفتاح سجل تاريخي غير مفتاح هذا الحاسوب: الملف صادر من نسخة من الشبكة تم تحديثها بمعزل عن هذه النسخة.</translation>
    </message>
    <message>
        <source>Import a file from a laptop that has exchanged files with this one since both were updated. Nothing was changed.</source>
        <translation>استورد ملفًا من حاسوب تبادل الملفات مع هذا الحاسوب منذ تحديث كليهما. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>it holds more changes than it declares</source>
        <translation>يحتوي على تغييرات أكثر مما يعلن عنه</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>تم إلغاء الاستيراد. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>change %1 names no known record</source>
        <translation>التغيير %1 لا يذكر أي سجل معروف</translation>
    </message>
    <message>
        <source>change %1 names an unknown field %2.%3</source>
        <translation>التغيير %1 يذكر حقلًا غير معروف %2.%3</translation>
    </message>
    <message>
        <source>This file holds changes numbered as this laptop&apos;s own that this laptop never made: another laptop uses the same identity.</source>
        <translation>يحتوي هذا الملف على تغييرات مرقّمة على أنها صادرة من هذا الحاسوب، لكن هذا الحاسوب لم يُجرِها قط: حاسوب آخر يستخدم الهوية نفسها.</translation>
    </message>
    <message>
        <source>Open the other laptop&apos;s copy once so it takes an identity of its own, then export again. Nothing was changed.</source>
        <translation>افتح نسخة الحاسوب الآخر مرة واحدة لتأخذ هوية خاصة بها، ثم صدّر من جديد. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>change %1 of this file (%2 %3) is malformed: %4</source>
        <translation>التغيير %1 في هذا الملف (%2 %3) تالف الصيغة: %4</translation>
    </message>
    <message>
        <source>a personal value in change %1 does not open with the network&apos;s key</source>
        <translation>قيمة شخصية في التغيير %1 لا تُفتح بمفتاح الشبكة</translation>
    </message>
    <message>
        <source>change %1 is malformed</source>
        <translation>التغيير %1 تالف الصيغة</translation>
    </message>
    <message>
        <source>ledger row %1 does not match its change</source>
        <translation>الصف %1 من سجل الحركات لا يطابق تغييره</translation>
    </message>
    <message>
        <source>it holds fewer changes than it declares</source>
        <translation>يحتوي على تغييرات أقل مما يعلن عنه</translation>
    </message>
    <message>
        <source>Run &quot;larder-cli check&quot; on this file. Nothing was changed.</source>
        <translation>شغّل &quot;larder-cli check&quot; على هذا الملف. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>The changes in this file could not be applied (%1).</source>
        <translation>تعذّر تطبيق التغييرات الموجودة في هذا الملف (%1).</translation>
    </message>
    <message>
        <source>Nothing was changed. If the file was made for another laptop, ask for a full export instead.</source>
        <translation>لم يتم تغيير أي شيء. إذا كان الملف قد أُنشئ لحاسوب آخر، فاطلب تصديرًا كاملًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Check the network&apos;s passphrase (capitals, spaces) and try again.</source>
        <translation>تحقق من عبارة مرور الشبكة (الأحرف الكبيرة والمسافات) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That conflict is no longer open.</source>
        <translation>ذلك التعارض لم يعد مفتوحًا.</translation>
    </message>
</context>
<context>
    <name>larder::sync::SyncFileReader</name>
    <message>
        <source>Copy the file again from its source; a file cut short or changed on the way cannot be read. Nothing was changed.</source>
        <translation>انسخ الملف مرة أخرى من مصدره؛ لا يمكن قراءة ملف ناقص أو تغيّر أثناء النقل. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>This is not a Larder sync file.</source>
        <translation>هذا ليس ملف مزامنة من Larder.</translation>
    </message>
    <message>
        <source>Choose a file that Larder exported (it ends in .lardersync).</source>
        <translation>اختر ملفًا صدّره Larder (ينتهي بـ .lardersync).</translation>
    </message>
    <message>
        <source>This sync file was made by a newer Larder (format %1; this Larder reads up to %2).</source>
        <translation>تم إنشاء ملف المزامنة هذا بإصدار أحدث من Larder (الصيغة %1؛ وهذا الإصدار من Larder يقرأ حتى %2).</translation>
    </message>
    <message>
        <source>Update Larder to read this file. Nothing was changed.</source>
        <translation>حدّث Larder لقراءة هذا الملف. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>This sync file was made by an older Larder (format %1), which this Larder no longer reads.</source>
        <translation>تم إنشاء ملف المزامنة هذا بإصدار أقدم من Larder (الصيغة %1)، ولم يعد هذا الإصدار من Larder يقرؤه.</translation>
    </message>
    <message>
        <source>Update Larder on the laptop that made it and export again there. Nothing was changed.</source>
        <translation>حدّث Larder على الحاسوب الذي أنشأه وصدّر من جديد عليه. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>This sync file&apos;s header is %1 bytes long; a Larder header is at most %2.</source>
        <translation>طول ترويسة ملف المزامنة هذا %1 بايت؛ بينما ترويسة Larder لا تتجاوز %2.</translation>
    </message>
    <message>
        <source>This sync file is cut short.</source>
        <translation>ملف المزامنة هذا ناقص.</translation>
    </message>
    <message>
        <source>This sync file&apos;s header is damaged.</source>
        <translation>ترويسة ملف المزامنة هذا تالفة.</translation>
    </message>
    <message>
        <source>This sync file&apos;s key does not open with the network&apos;s key, although it names it: the file was altered.</source>
        <translation>مفتاح ملف المزامنة هذا لا يُفتح بمفتاح الشبكة، رغم أنه يذكره: لقد تم التلاعب بالملف.</translation>
    </message>
    <message>
        <source>This sync file is under another key than this pantry&apos;s.</source>
        <translation>ملف المزامنة هذا مشفَّر بمفتاح غير مفتاح مخزن الطعام هذا.</translation>
    </message>
    <message>
        <source>Give the network&apos;s passphrase to open it.</source>
        <translation>أدخل عبارة مرور الشبكة لفتحه.</translation>
    </message>
    <message>
        <source>The passphrase does not open this sync file.</source>
        <translation>عبارة المرور لا تفتح ملف المزامنة هذا.</translation>
    </message>
    <message>
        <source>Check the network&apos;s passphrase (capitals, spaces) and try again.</source>
        <translation>تحقق من عبارة مرور الشبكة (الأحرف الكبيرة والمسافات) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This sync file&apos;s key is not the one its header names: the file was altered.</source>
        <translation>مفتاح ملف المزامنة هذا ليس المفتاح الذي تذكره ترويسته: لقد تم التلاعب بالملف.</translation>
    </message>
    <message>
        <source>This sync file is cut short (it ends before its last part).</source>
        <translation>ملف المزامنة هذا ناقص (ينتهي قبل جزئه الأخير).</translation>
    </message>
    <message>
        <source>This sync file is damaged (a part of %1 bytes).</source>
        <translation>ملف المزامنة هذا تالف (جزء بحجم %1 بايت).</translation>
    </message>
    <message>
        <source>This sync file was changed or damaged after it was made.</source>
        <translation>تم تغيير ملف المزامنة هذا أو تلفه بعد إنشائه.</translation>
    </message>
    <message>
        <source>This sync file&apos;s description of its contents is damaged.</source>
        <translation>وصف محتويات ملف المزامنة هذا تالف.</translation>
    </message>
    <message>
        <source>This sync file&apos;s last part is damaged.</source>
        <translation>الجزء الأخير من ملف المزامنة هذا تالف.</translation>
    </message>
    <message>
        <source>This sync file has unexpected bytes after its end.</source>
        <translation>يحتوي ملف المزامنة هذا على بايتات غير متوقعة بعد نهايته.</translation>
    </message>
    <message>
        <source>A block of changes in this sync file is damaged.</source>
        <translation>إحدى كتل التغييرات في ملف المزامنة هذا تالفة.</translation>
    </message>
    <message>
        <source>A block of changes in this sync file claims %1 bytes, more than a file of %2 changes can hold.</source>
        <translation>إحدى كتل التغييرات في ملف المزامنة هذا تدّعي أن حجمها %1 بايت، وهذا أكثر مما يمكن أن يحتويه ملف من %2 تغييرات.</translation>
    </message>
    <message>
        <source>A block of changes in this sync file does not decompress to the size it states.</source>
        <translation>إحدى كتل التغييرات في ملف المزامنة هذا لا يُفك ضغطها إلى الحجم الذي تذكره.</translation>
    </message>
</context>
<context>
    <name>larder::sync::SyncFileWriter</name>
    <message>
        <source>The sync file could not be written (%1).</source>
        <translation>تعذّرت كتابة ملف المزامنة (%1).</translation>
    </message>
    <message>
        <source>Check that the stick or folder is writable and not full.</source>
        <translation>تأكد من أن الذاكرة المحمولة (USB) أو المجلد قابل للكتابة وغير ممتلئ.</translation>
    </message>
    <message>
        <source>The encryption library did not start.</source>
        <translation>لم تبدأ مكتبة التشفير في العمل.</translation>
    </message>
    <message>
        <source>The changes could not be compressed.</source>
        <translation>تعذّر ضغط التغييرات.</translation>
    </message>
</context>
<context>
    <name>larder::sync::SyncFolder</name>
    <message>
        <source>This folder does not exist.</source>
        <translation>هذا المجلد غير موجود.</translation>
    </message>
    <message>
        <source>Choose the folder that Syncthing or Nextcloud keeps in step.</source>
        <translation>اختر المجلد الذي يبقيه Syncthing أو Nextcloud متزامنًا.</translation>
    </message>
    <message>
        <source>The pantry&apos;s own database is inside this folder.</source>
        <translation>قاعدة بيانات مخزن الطعام نفسها موجودة داخل هذا المجلد.</translation>
    </message>
    <message>
        <source>A live database must never be synced as a file: keep it elsewhere, and use this folder only for sync files.</source>
        <translation>لا يجوز أبدًا مزامنة قاعدة بيانات قيد الاستخدام كملف: احفظها في مكان آخر، واستخدم هذا المجلد لملفات المزامنة فقط.</translation>
    </message>
    <message>
        <source>Larder cannot write in this folder.</source>
        <translation>لا يستطيع Larder الكتابة في هذا المجلد.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>No sync folder is set.</source>
        <translation>لم يتم تعيين مجلد للمزامنة.</translation>
    </message>
    <message>
        <source>Larder stopped while it was reading this file. It is not read again by itself, so that it cannot stop Larder again; choose &quot;Try refused files again&quot; to read it once more, or ask its sender for a new file.</source>
        <translation>توقف Larder أثناء قراءة هذا الملف. لن تُعاد قراءته تلقائيًا حتى لا يتسبب في توقف Larder مرة أخرى؛ اختر &quot;إعادة محاولة الملفات المرفوضة&quot; لقراءته مرة أخرى، أو اطلب من مُرسِله ملفًا جديدًا.</translation>
    </message>
    <message>
        <source>This file cannot be read now.</source>
        <translation>لا يمكن قراءة هذا الملف الآن.</translation>
    </message>
    <message>
        <source>It is tried again at the next round.</source>
        <translation>ستتم إعادة المحاولة في دورة المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>larder::ui::AidEntryDialog</name>
    <message>
        <source>New request</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>عرض جديد</translation>
    </message>
    <message>
        <source>What does someone need?</source>
        <translation>ماذا يحتاج أحدهم؟</translation>
    </message>
    <message>
        <source>What can someone give?</source>
        <translation>ماذا يستطيع أحدهم أن يقدّم؟</translation>
    </message>
    <message>
        <source>A catalog item rides with the household&apos;s next delivery once it is in stock; anything else waits for an offer that matches.</source>
        <translation>الصنف من الفهرس يُرسَل مع الأسرة في توصيلها التالي عند توفره في المخزون؛ وأي شيء آخر ينتظر عرضًا يطابقه.</translation>
    </message>
    <message>
        <source>Larder proposes the offer for open requests of the same kind; a coordinator confirms the match.</source>
        <translation>يقترح Larder العرض للطلبات المفتوحة من النوع نفسه؛ ويؤكد أحد المنسّقين المطابقة.</translation>
    </message>
    <message>
        <source>Type a household&apos;s or volunteer&apos;s name</source>
        <translation>اكتب اسم أسرة أو متطوع</translation>
    </message>
    <message>
        <source>A household, a volunteer, or a neighbour&apos;s name</source>
        <translation>اسم أسرة أو متطوع أو أحد الجيران</translation>
    </message>
    <message>
        <source>&amp;Who asks</source>
        <translation>&amp;من يطلب</translation>
    </message>
    <message>
        <source>&amp;Who offers</source>
        <translation>&amp;من يعرض</translation>
    </message>
    <message>
        <source>An item from the catalog, or words: &quot;winter coat, age 8&quot;</source>
        <translation>صنف من الفهرس، أو كلمات: &quot;winter coat, age 8&quot;</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;ماذا</translation>
    </message>
    <message>
        <source>&amp;Kind of thing</source>
        <translation>&amp;نوع الشيء</translation>
    </message>
    <message>
        <source>How &amp;many</source>
        <translation>&amp;الكمية</translation>
    </message>
    <message>
        <source>How &amp;soon</source>
        <translation>&amp;درجة الاستعجال</translation>
    </message>
    <message>
        <source>It needs &amp;picking up (else they bring it)</source>
        <translation>&amp;يحتاج إلى استلام (وإلا فسيُحضرونه)</translation>
    </message>
    <message>
        <source>Where to pick it up, if not the household&apos;s address</source>
        <translation>مكان الاستلام، إن لم يكن عنوان الأسرة</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;الهاتف</translation>
    </message>
    <message>
        <source>Room in a car (&amp;boxes)</source>
        <translation>&amp;المساحة في السيارة (بالصناديق)</translation>
    </message>
    <message>
        <source>Empty, or 2w, sat, 12/5, 2027-01-15</source>
        <translation>فارغ، أو 2w أو sat أو 12/5 أو 2027-01-15</translation>
    </message>
    <message>
        <source>Available &amp;until</source>
        <translation>&amp;متوفر حتى</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Say who asks: type the household&apos;s or volunteer&apos;s name.</source>
        <translation>حدّد من يطلب: اكتب اسم الأسرة أو المتطوع.</translation>
    </message>
    <message>
        <source>Nobody on file is called &quot;%1&quot;. Choose a name from the list as you type, or add the household first.</source>
        <translation>لا يوجد أحد مسجّل باسم &quot;%1&quot;. اختر اسمًا من القائمة أثناء الكتابة، أو أضف الأسرة أولًا.</translation>
    </message>
    <message>
        <source>Available until: %1</source>
        <translation>متوفر حتى: %1</translation>
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
        <translation>&amp;طلب جديد…</translation>
    </message>
    <message>
        <source>Someone needs something: a household or a volunteer.</source>
        <translation>أحدهم يحتاج إلى شيء: أسرة أو متطوع.</translation>
    </message>
    <message>
        <source>New &amp;offer…</source>
        <translation>&amp;عرض جديد…</translation>
    </message>
    <message>
        <source>Someone can give something: a neighbour, a household or a volunteer.</source>
        <translation>أحدهم يستطيع تقديم شيء: جار أو أسرة أو متطوع.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>How soon</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Taken on by</source>
        <translation>تولّاه</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>What households and volunteers asked for and have not received, most urgent and oldest first. A catalog item rides with the household&apos;s next delivery once there is enough in stock.</source>
        <translation>ما طلبته الأسر والمتطوعون ولم يتسلّموه بعد، الأكثر استعجالًا والأقدم أولًا. الصنف من الفهرس يُرسَل مع الأسرة في توصيلها التالي عند توفر كمية كافية في المخزون.</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>لا توجد طلبات مفتوحة.</translation>
    </message>
    <message>
        <source>Close &amp;unmet…</source>
        <translation>&amp;إغلاق دون تلبية…</translation>
    </message>
    <message>
        <source>The request will not be met (found elsewhere, no longer needed): close it with the reason.</source>
        <translation>لن تتم تلبية الطلب (وُجد في مكان آخر، لم يعد مطلوبًا): أغلقه مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>المعروض</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Matches to confirm</source>
        <translation>مطابقات بانتظار التأكيد</translation>
    </message>
    <message>
        <source>Offers that may answer a request: the same kind of thing, and the same item or words in common. Confirm the ones that fit.</source>
        <translation>عروض قد تلبّي طلبًا: من النوع نفسه، وبالصنف نفسه أو بكلمات مشتركة. أكّد المناسب منها.</translation>
    </message>
    <message>
        <source>No offer matches an open request.</source>
        <translation>لا يوجد عرض يطابق أي طلب مفتوح.</translation>
    </message>
    <message>
        <source>&amp;Confirm match</source>
        <translation>&amp;تأكيد المطابقة</translation>
    </message>
    <message>
        <source>This offer goes to this request: the request is promised.</source>
        <translation>هذا العرض مخصص لهذا الطلب: يصبح الطلب «موعود به».</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Close unmet</source>
        <translation>إغلاق دون تلبية</translation>
    </message>
    <message>
        <source>Why will &quot;%1&quot; not be met? (found elsewhere, no longer needed…)</source>
        <translation>لماذا لن تتم تلبية &quot;%1&quot;؟ (وُجد في مكان آخر، لم يعد مطلوبًا…)</translation>
    </message>
    <message>
        <source>packed for %1</source>
        <translation>مُعبأ ليوم %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>same item</source>
        <translation>الصنف نفسه</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) in common</source>
        <translation>
            <numerusform>%n كلمة مشتركة</numerusform>
            <numerusform>%n كلمة مشتركة</numerusform>
            <numerusform>%n كلمتان مشتركتان</numerusform>
            <numerusform>%n كلمات مشتركة</numerusform>
            <numerusform>%n كلمة مشتركة</numerusform>
            <numerusform>%n كلمة مشتركة</numerusform>
        </translation>
    </message>
    <message>
        <source>not all of it</source>
        <translation>ليس كل المطلوب</translation>
    </message>
    <message>
        <source>pick up</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>brought</source>
        <translation>يُحضَر</translation>
    </message>
    <message>
        <source>since today</source>
        <translation>منذ اليوم</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>Offers nobody has matched to a request yet come first, then those matched and not yet in hand. Press Received when one reaches the pantry: an item goes into stock.</source>
        <translation>تأتي أولًا العروض التي لم يطابقها أحد مع طلب بعد، ثم العروض المطابَقة التي لم تصل بعد. اضغط «تم الاستلام» عندما يصل أحدها إلى مخزن الطعام: يدخل الصنف إلى المخزون.</translation>
    </message>
    <message>
        <source>No offer is waiting.</source>
        <translation>لا يوجد عرض في الانتظار.</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>&amp;تم الاستلام</translation>
    </message>
    <message>
        <source>The chosen offer is at the pantry: an item is received into stock as a donation.</source>
        <translation>العرض المختار في مخزن الطعام: يُستلم الصنف في المخزون كتبرع.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
</context>
<context>
    <name>larder::ui::AidUndoCommands</name>
    <message>
        <source>new request</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>new request: %1</source>
        <translation>طلب جديد: %1</translation>
    </message>
    <message>
        <source>new offer</source>
        <translation>عرض جديد</translation>
    </message>
    <message>
        <source>new offer: %1</source>
        <translation>عرض جديد: %1</translation>
    </message>
    <message>
        <source>match %1 for %2</source>
        <translation>مطابقة %1 لـ %2</translation>
    </message>
    <message>
        <source>close request unmet: %1</source>
        <translation>إغلاق الطلب دون تلبية: %1</translation>
    </message>
    <message>
        <source>receive %1</source>
        <translation>استلام %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::BelowParModel</name>
    <message>
        <source>%1 — below zero</source>
        <translation>%1 — أقل من الصفر</translation>
    </message>
    <message>
        <source>Par: the amount the pantry aims to keep on the shelf.</source>
        <translation>الحد المطلوب: الكمية التي يسعى مخزن الطعام إلى إبقائها على الرف.</translation>
    </message>
    <message>
        <source>Enter or double-click: the history of %1</source>
        <translation>Enter أو النقر المزدوج: سجل %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>الحد المطلوب</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>النقص</translation>
    </message>
</context>
<context>
    <name>larder::ui::CheckInDialog</name>
    <message>
        <source>stop %1</source>
        <translation>المحطة %1</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Copy the ticks from the route sheets, sheet by sheet, in the order printed. On a row press &lt;b&gt;1&lt;/b&gt; Delivered, &lt;b&gt;2&lt;/b&gt; Left at door, &lt;b&gt;3&lt;/b&gt; Not home, &lt;b&gt;4&lt;/b&gt; Wrong address or &lt;b&gt;5&lt;/b&gt; Declined — the numbers of the sheet&apos;s boxes — and the next stop is chosen. &lt;b&gt;N&lt;/b&gt; or &lt;b&gt;Tab&lt;/b&gt; writes a note, &lt;b&gt;0&lt;/b&gt; clears a row, &lt;b&gt;Ctrl+Z&lt;/b&gt; takes back the last change. Nothing is kept until you press Save.</source>
        <translation>انقل العلامات من أوراق المسارات، ورقةً ورقة، بالترتيب الذي طُبعت به. في كل صف اضغط &lt;b&gt;1&lt;/b&gt; تم التسليم، أو &lt;b&gt;2&lt;/b&gt; تُرك عند الباب، أو &lt;b&gt;3&lt;/b&gt; لا أحد في المنزل، أو &lt;b&gt;4&lt;/b&gt; عنوان خاطئ، أو &lt;b&gt;5&lt;/b&gt; رفضوا الاستلام — وهي أرقام المربعات في الورقة — فيُختار تلقائيًا صف المحطة التالية. &lt;b&gt;N&lt;/b&gt; أو &lt;b&gt;Tab&lt;/b&gt; لكتابة ملاحظة، و&lt;b&gt;0&lt;/b&gt; لمسح الصف، و&lt;b&gt;Ctrl+Z&lt;/b&gt; للتراجع عن آخر تغيير. لا يُحفظ شيء حتى تضغط «حفظ».</translation>
    </message>
    <message>
        <source>Save outcomes</source>
        <translation>حفظ النتائج</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>This run is no longer in the file (deleted, perhaps on another laptop). Close this window and choose the run again.</source>
        <translation>لم تعد هذه الجولة موجودة في الملف (ربما حُذفت على حاسوب آخر). أغلق هذه النافذة واختر الجولة من جديد.</translation>
    </message>
    <message>
        <source>Outcomes of %1</source>
        <translation>نتائج %1</translation>
    </message>
    <message>
        <source>Outcomes of %1 (%2)</source>
        <translation>نتائج %1 (%2)</translation>
    </message>
    <message>
        <source>This run has no stops, so there is nothing to record.</source>
        <translation>لا توجد محطات في هذه الجولة، فلا يوجد ما يُسجَّل.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recorded</source>
        <translation>
            <numerusform>سُجّل %1 من %n</numerusform>
            <numerusform>سُجّل %1 من محطة واحدة</numerusform>
            <numerusform>سُجّل %1 من محطتين</numerusform>
            <numerusform>سُجّل %1 من %n محطات</numerusform>
            <numerusform>سُجّل %1 من %n محطة</numerusform>
            <numerusform>سُجّل %1 من %n محطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not saved yet</source>
        <translation>
            <numerusform>لا توجد تغييرات غير محفوظة</numerusform>
            <numerusform>تغيير واحد لم يُحفظ بعد</numerusform>
            <numerusform>تغييران لم يُحفظا بعد</numerusform>
            <numerusform>%n تغييرات لم تُحفظ بعد</numerusform>
            <numerusform>%n تغييرًا لم يُحفظ بعد</numerusform>
            <numerusform>%n تغيير لم يُحفظ بعد</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed since the last save.</source>
        <translation>لم يتغير شيء منذ آخر حفظ.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>لم يُحفظ شيء: %1</translation>
    </message>
    <message>
        <source>Saved. Every stop has an outcome, so the run is closed: delivered boxes have left stock and the others are back on the shelf.</source>
        <translation>تم الحفظ. لكل محطة نتيجة، لذا أُغلقت الجولة: خرجت الصناديق المُسلَّمة من المخزون، وعادت الصناديق الأخرى إلى الرف.</translation>
    </message>
    <message>
        <source>Saved. The run closes when every stop has an outcome; still to record: %1.</source>
        <translation>تم الحفظ. تُغلق الجولة عندما تكون لكل محطة نتيجة؛ ما زال يلزم تسجيل: %1.</translation>
    </message>
    <message>
        <source>Outcomes not saved</source>
        <translation>نتائج غير محفوظة</translation>
    </message>
    <message>
        <source>Some outcomes are not saved yet. Save them before closing?</source>
        <translation>بعض النتائج لم تُحفظ بعد. هل تريد حفظها قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Every stop of the run in the route sheets&apos; order: press 1 to 5 on a row to record what happened there, N to write a note.</source>
        <translation>كل محطات الجولة بترتيب أوراق المسارات: اضغط من 1 إلى 5 على صف لتسجيل ما حدث هناك، وN لكتابة ملاحظة.</translation>
    </message>
    <message>
        <source>Save the outcomes recorded here (Ctrl+S); the run closes when every stop has one.</source>
        <translation>حفظ النتائج المسجّلة هنا (Ctrl+S)؛ تُغلق الجولة عندما تكون لكل محطة نتيجة.</translation>
    </message>
    <message>
        <source>Close this window; outcomes not saved yet are offered for saving first.</source>
        <translation>إغلاق هذه النافذة؛ يُعرض أولًا حفظ النتائج التي لم تُحفظ بعد.</translation>
    </message>
</context>
<context>
    <name>larder::ui::CheckInModel</name>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>الصناديق</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Not on a route</source>
        <translation>بلا مسار</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>— press 1-5</source>
        <translation>— اضغط 1-5</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>تم التغيير، ولم يُحفظ بعد</translation>
    </message>
</context>
<context>
    <name>larder::ui::CountModel</name>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Type what is on the shelf and press Enter; empty means not counted.</source>
        <translation>اكتب ما هو موجود على الرف واضغط Enter؛ الخانة الفارغة تعني أنه لم يُجرد.</translation>
    </message>
    <message>
        <source>%1 when the count started; stock moved since.</source>
        <translation>%1 عند بدء الجرد؛ وقد تغيّر المخزون منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Confirming posts %1 for this line.</source>
        <translation>عند التأكيد تُسجَّل %1 لهذا السطر.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count: type a whole number, 0 if there is none.</source>
        <translation>&quot;%1&quot; ليس عددًا صالحًا: اكتب رقمًا صحيحًا، أو 0 إذا لم يوجد شيء.</translation>
    </message>
</context>
<context>
    <name>larder::ui::CountPanel</name>
    <message>
        <source>A count compares what is on the shelves with what the books say. Start a count, print the count sheet, count, type the numbers in, review the differences and confirm: each difference is posted as a &quot;counted&quot; movement, so it stays visible in the item&apos;s history.</source>
        <translation>يقارن الجرد ما هو موجود على الرفوف بما تقوله السجلات. ابدأ جردًا، واطبع ورقة الجرد، ثم قم بالعدّ، واكتب الأرقام، وراجع الفروق، ثم أكّد: يُسجَّل كل فرق كحركة &quot;جرد&quot;، فيبقى ظاهرًا في سجل الصنف.</translation>
    </message>
    <message>
        <source>Coun&amp;t:</source>
        <translation>&amp;ما يُجرد:</translation>
    </message>
    <message>
        <source>Start count</source>
        <translation>بدء الجرد</translation>
    </message>
    <message>
        <source>Open counts:</source>
        <translation>عمليات جرد مفتوحة:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>All counts</source>
        <translation>كل عمليات الجرد</translation>
    </message>
    <message>
        <source>&amp;Print count sheet…</source>
        <translation>&amp;طباعة ورقة الجرد…</translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation>حفظ الورقة بصيغة PDF…</translation>
    </message>
    <message>
        <source>Blind count (hide what the books expect)</source>
        <translation>جرد أعمى (إخفاء ما تتوقعه السجلات)</translation>
    </message>
    <message>
        <source>Counters see only the items, not the numbers they should find: counts come out more honest.</source>
        <translation>يرى القائمون بالجرد الأصناف فقط، دون الأرقام التي يُفترض أن يجدوها: فتأتي نتائج الجرد أكثر صدقًا.</translation>
    </message>
    <message>
        <source>A&amp;dd found item…</source>
        <translation>إ&amp;ضافة صنف تم العثور عليه…</translation>
    </message>
    <message>
        <source>Type each counted number and press Enter to go down the list. Leave a line empty if it was not counted.</source>
        <translation>اكتب كل رقم معدود واضغط Enter للانتقال إلى أسفل القائمة. اترك السطر فارغًا إذا لم يُجرد.</translation>
    </message>
    <message>
        <source>&amp;Review differences</source>
        <translation>&amp;مراجعة الفروق</translation>
    </message>
    <message>
        <source>Confir&amp;m count…</source>
        <translation>&amp;تأكيد الجرد…</translation>
    </message>
    <message>
        <source>Cancel count…</source>
        <translation>إلغاء الجرد…</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>كل الأماكن</translation>
    </message>
    <message>
        <source>%1 — started %2</source>
        <translation>%1 — بدأ %2</translation>
    </message>
    <message>
        <source>Count started. Print the sheet, or type the numbers straight in.</source>
        <translation>بدأ الجرد. اطبع الورقة، أو اكتب الأرقام مباشرة.</translation>
    </message>
    <message>
        <source>Counting: %1</source>
        <translation>الجرد: %1</translation>
    </message>
    <message numerus="yes">
        <source>started %1 · %2 of %n lines counted · %3</source>
        <translation>
            <numerusform>بدأ %1 · جُرد %2 من %n · %3</numerusform>
            <numerusform>بدأ %1 · جُرد %2 من سطر واحد · %3</numerusform>
            <numerusform>بدأ %1 · جُرد %2 من سطرين · %3</numerusform>
            <numerusform>بدأ %1 · جُرد %2 من %n أسطر · %3</numerusform>
            <numerusform>بدأ %1 · جُرد %2 من %n سطرًا · %3</numerusform>
            <numerusform>بدأ %1 · جُرد %2 من %n سطر · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>لا فروق</numerusform>
            <numerusform>فرق واحد</numerusform>
            <numerusform>فرقان</numerusform>
            <numerusform>%n فروق</numerusform>
            <numerusform>%n فرقًا</numerusform>
            <numerusform>%n فرق</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all lines</source>
        <translation>إظهار كل الأسطر</translation>
    </message>
    <message>
        <source>No differences: every counted line matches the books.</source>
        <translation>لا فروق: كل سطر معدود يطابق السجلات.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines differ from the books. Confirm posts one adjustment for each.</source>
        <translation>
            <numerusform>لا توجد أسطر تختلف عن السجلات.</numerusform>
            <numerusform>سطر واحد يختلف عن السجلات. عند التأكيد تُسجَّل تسوية له.</numerusform>
            <numerusform>سطران يختلفان عن السجلات. عند التأكيد تُسجَّل تسوية لكل منهما.</numerusform>
            <numerusform>%n أسطر تختلف عن السجلات. عند التأكيد تُسجَّل تسوية لكل منها.</numerusform>
            <numerusform>%n سطرًا يختلف عن السجلات. عند التأكيد تُسجَّل تسوية لكل منها.</numerusform>
            <numerusform>%n سطر يختلف عن السجلات. عند التأكيد تُسجَّل تسوية لكل منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the count</source>
        <translation>تأكيد الجرد</translation>
    </message>
    <message>
        <source>Every counted line matches the books: nothing will be posted, and the count is closed.</source>
        <translation>كل الأسطر المعدودة تطابق السجلات: لن يُسجَّل شيء، وسيُغلق الجرد.</translation>
    </message>
    <message numerus="yes">
        <source>%n adjustments will be posted, one for each line that differs, with the reason &quot;count&quot;.</source>
        <translation>
            <numerusform>لن تُسجَّل أي تسوية.</numerusform>
            <numerusform>ستُسجَّل تسوية واحدة للسطر المختلف، بالسبب &quot;جرد&quot;.</numerusform>
            <numerusform>ستُسجَّل تسويتان، واحدة لكل سطر مختلف، بالسبب &quot;جرد&quot;.</numerusform>
            <numerusform>ستُسجَّل %n تسويات، واحدة لكل سطر مختلف، بالسبب &quot;جرد&quot;.</numerusform>
            <numerusform>ستُسجَّل %n تسوية، واحدة لكل سطر مختلف، بالسبب &quot;جرد&quot;.</numerusform>
            <numerusform>ستُسجَّل %n تسوية، واحدة لكل سطر مختلف، بالسبب &quot;جرد&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lines were counted; lines left empty stay as they are.</source>
        <translation>
            <numerusform>جُرد %1 من %n سطر؛ الأسطر المتروكة فارغة تبقى كما هي.</numerusform>
            <numerusform>جُرد %1 من سطر واحد؛ الأسطر المتروكة فارغة تبقى كما هي.</numerusform>
            <numerusform>جُرد %1 من سطرين؛ الأسطر المتروكة فارغة تبقى كما هي.</numerusform>
            <numerusform>جُرد %1 من %n أسطر؛ الأسطر المتروكة فارغة تبقى كما هي.</numerusform>
            <numerusform>جُرد %1 من %n سطرًا؛ الأسطر المتروكة فارغة تبقى كما هي.</numerusform>
            <numerusform>جُرد %1 من %n سطر؛ الأسطر المتروكة فارغة تبقى كما هي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the count</source>
        <translation>إغلاق الجرد</translation>
    </message>
    <message numerus="yes">
        <source>Post %n adjustments</source>
        <translation>
            <numerusform>تسجيل %n تسوية</numerusform>
            <numerusform>تسجيل تسوية واحدة</numerusform>
            <numerusform>تسجيل تسويتين</numerusform>
            <numerusform>تسجيل %n تسويات</numerusform>
            <numerusform>تسجيل %n تسوية</numerusform>
            <numerusform>تسجيل %n تسوية</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep counting</source>
        <translation>متابعة الجرد</translation>
    </message>
    <message>
        <source>Count confirmed: everything matched, nothing posted.</source>
        <translation>تم تأكيد الجرد: كل شيء مطابق، ولم يُسجَّل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Count confirmed: %n adjustments posted. Each one is in its item&apos;s history.</source>
        <translation>
            <numerusform>تم تأكيد الجرد: لم تُسجَّل أي تسوية.</numerusform>
            <numerusform>تم تأكيد الجرد: سُجّلت تسوية واحدة. تجدها في سجل صنفها.</numerusform>
            <numerusform>تم تأكيد الجرد: سُجّلت تسويتان. كل منهما في سجل صنفها.</numerusform>
            <numerusform>تم تأكيد الجرد: سُجّلت %n تسويات. كل منها في سجل صنفها.</numerusform>
            <numerusform>تم تأكيد الجرد: سُجّلت %n تسوية. كل منها في سجل صنفها.</numerusform>
            <numerusform>تم تأكيد الجرد: سُجّلت %n تسوية. كل منها في سجل صنفها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation>إلغاء الجرد</translation>
    </message>
    <message>
        <source>Cancel this count? The numbers typed into it are dropped; the stock stays as it is.</source>
        <translation>هل تريد إلغاء هذا الجرد؟ ستُحذف الأرقام المكتوبة فيه، ويبقى المخزون كما هو.</translation>
    </message>
    <message>
        <source>Count cancelled. Nothing was posted.</source>
        <translation>أُلغي الجرد. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Add found item</source>
        <translation>إضافة صنف تم العثور عليه</translation>
    </message>
    <message>
        <source>Stock on the shelf that the count did not list: scan or type the item, say where it is and how many.</source>
        <translation>مخزون على الرف لم يرد في قائمة الجرد: امسح الصنف أو اكتب اسمه، وحدّد مكانه وعدده.</translation>
    </message>
    <message>
        <source>Scan, or type a name</source>
        <translation>امسح الباركود أو اكتب اسمًا</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>ال&amp;صنف:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <source>&amp;Use by:</source>
        <translation>&amp;صالح حتى:</translation>
    </message>
    <message>
        <source>how many</source>
        <translation>كم العدد</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>ال&amp;معدود:</translation>
    </message>
    <message>
        <source>Add to the count</source>
        <translation>إضافة إلى الجرد</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>No date / not sure</source>
        <translation>بلا تاريخ / غير متأكد</translation>
    </message>
    <message>
        <source>Scan or type the item.</source>
        <translation>امسح الصنف أو اكتب اسمه.</translation>
    </message>
    <message>
        <source>No single item matches &quot;%1&quot;: type more of its name, or pick it from the list.</source>
        <translation>لا يوجد صنف واحد يطابق &quot;%1&quot;: اكتب المزيد من اسمه، أو اختره من القائمة.</translation>
    </message>
    <message>
        <source>Type how many you found.</source>
        <translation>اكتب العدد الذي وجدته.</translation>
    </message>
    <message>
        <source>Added to the count.</source>
        <translation>أُضيف إلى الجرد.</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>ورقة الجرد</translation>
    </message>
    <message>
        <source>count-sheet-%1.pdf</source>
        <translation>count-sheet-%1.pdf</translation>
    </message>
    <message>
        <source>Save the count sheet</source>
        <translation>حفظ ورقة الجرد</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the count sheet as %1.</source>
        <translation>حُفظت ورقة الجرد باسم %1.</translation>
    </message>
    <message>
        <source>The location to count, or all of them.</source>
        <translation>الموقع المراد جرده، أو كل المواقع.</translation>
    </message>
    <message>
        <source>Start counting the chosen location: print its sheet or type the numbers straight in.</source>
        <translation>بدء جرد الموقع المختار: اطبع ورقته أو اكتب الأرقام مباشرة.</translation>
    </message>
    <message>
        <source>Counts started earlier and not yet confirmed or cancelled.</source>
        <translation>عمليات جرد بدأت من قبل ولم تُؤكَّد أو تُلغَ بعد.</translation>
    </message>
    <message>
        <source>Go back to the chosen open count.</source>
        <translation>العودة إلى الجرد المفتوح المختار.</translation>
    </message>
    <message>
        <source>Back to the counts, to start or continue another; this one stays open.</source>
        <translation>العودة إلى عمليات الجرد، لبدء جرد آخر أو متابعته؛ ويبقى هذا الجرد مفتوحًا.</translation>
    </message>
    <message>
        <source>Preview and print a sheet to count on paper.</source>
        <translation>معاينة ورقة وطباعتها للجرد على الورق.</translation>
    </message>
    <message>
        <source>Save the count sheet as a PDF file.</source>
        <translation>حفظ ورقة الجرد كملف PDF.</translation>
    </message>
    <message>
        <source>Add stock found on the shelf that the count does not list.</source>
        <translation>إضافة مخزون وُجد على الرف ولا يذكره الجرد.</translation>
    </message>
    <message>
        <source>Lines to count</source>
        <translation>الأسطر المراد جردها</translation>
    </message>
    <message>
        <source>Show only the lines that differ from the books, or every line again.</source>
        <translation>عرض الأسطر التي تختلف عن السجلات فقط، أو كل الأسطر من جديد.</translation>
    </message>
    <message>
        <source>Post one adjustment for each line that differs from the books and close the count, after asking.</source>
        <translation>تسجيل تسوية لكل سطر يختلف عن السجلات وإغلاق الجرد، بعد السؤال.</translation>
    </message>
    <message>
        <source>Drop this count and the numbers typed into it, after asking; the stock stays as it is.</source>
        <translation>التخلي عن هذا الجرد والأرقام المكتوبة فيه، بعد السؤال؛ ويبقى المخزون كما هو.</translation>
    </message>
</context>
<context>
    <name>larder::ui::CountSheet</name>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(تابع)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Nothing on the books here. Write down what you find.</source>
        <translation>لا يوجد شيء هنا في السجلات. دوّن ما تجده.</translation>
    </message>
    <message>
        <source>Found something that is not listed? Write its name, use-by date and count in the space below; it is added with &quot;Add found item&quot;.</source>
        <translation>وجدت شيئًا غير مدرج في القائمة؟ اكتب اسمه وتاريخ انتهاء صلاحيته وعدده في المساحة أدناه؛ ويُضاف باستخدام &quot;إضافة صنف تم العثور عليه&quot;.</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>ورقة الجرد</translation>
    </message>
    <message>
        <source>Counting: %1</source>
        <translation>الجرد: %1</translation>
    </message>
    <message>
        <source>blind count</source>
        <translation>جرد أعمى</translation>
    </message>
    <message>
        <source>Counted by: ____________________</source>
        <translation>قام بالجرد: ____________________</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Count sheet — %1</source>
        <translation>ورقة الجرد — %1</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can save in.</source>
        <translation>تعذّرت كتابة %1. اختر مجلدًا يمكنك الحفظ فيه.</translation>
    </message>
</context>
<context>
    <name>larder::ui::CsvImportDialog</name>
    <message>
        <source>Same name and address</source>
        <translation>الاسم والعنوان نفسهما</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>Same address</source>
        <translation>العنوان نفسه</translation>
    </message>
    <message>
        <source>Same Larder id (a file exported from Larder)</source>
        <translation>معرّف Larder نفسه (ملف مُصدَّر من Larder)</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <source>Same barcode</source>
        <translation>الباركود نفسه</translation>
    </message>
    <message>
        <source>Never: add every row</source>
        <translation>أبدًا: أضف كل الصفوف</translation>
    </message>
    <message>
        <source>Import volunteers from a spreadsheet</source>
        <translation>استيراد المتطوعين من جدول بيانات</translation>
    </message>
    <message>
        <source>Import items from a spreadsheet</source>
        <translation>استيراد الأصناف من جدول بيانات</translation>
    </message>
    <message>
        <source>Import households from a spreadsheet</source>
        <translation>استيراد الأسر من جدول بيانات</translation>
    </message>
    <message>
        <source>Which Larder field each column of your file fills (guessed from the headers; change any that are wrong):</source>
        <translation>حقل Larder الذي يملؤه كل عمود من ملفك (خُمّن من رؤوس الأعمدة؛ غيّر ما كان خاطئًا منها):</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>العمود في ملفك</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <source>Larder field</source>
        <translation>حقل Larder</translation>
    </message>
    <message>
        <source>A row is a household already on file when it has:</source>
        <translation>يُعدّ الصف أسرة مسجلة مسبقًا إذا كان فيه:</translation>
    </message>
    <message>
        <source>A row is a volunteer already on file when it has:</source>
        <translation>يُعدّ الصف متطوعًا مسجلًا مسبقًا إذا كان فيه:</translation>
    </message>
    <message>
        <source>A row is an item already in the catalog when it has:</source>
        <translation>يُعدّ الصف صنفًا موجودًا في قائمة الأصناف إذا كان فيه:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %n row(s), %2, separated by “%3”.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — لا توجد صفوف، %2، والفاصل «%3».</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — صف واحد، %2، والفاصل «%3».</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — صفان، %2، والفاصل «%3».</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n صفوف، %2، والفاصل «%3».</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n صفًا، %2، والفاصل «%3».</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n صف، %2، والفاصل «%3».</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>علامة الجدولة (Tab)</translation>
    </message>
    <message>
        <source>Never imported (by design)</source>
        <translation>لا يُستورد أبدًا (عن قصد)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(تجاهل)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (مطلوب)</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>تم الاستيراد: أُضيف %1، وحُدّث %2، وبقي %3 دون تغيير.</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>تنبيه: </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file or the mapping before anything can be imported. Nothing has been written.</source>
        <translation>
            <numerusform>لا توجد مشكلات يجب إصلاحها في الملف أو في ربط الأعمدة. لم يُكتب شيء.</numerusform>
            <numerusform>توجد مشكلة واحدة يجب إصلاحها في الملف أو في ربط الأعمدة قبل أن يمكن استيراد أي شيء. لم يُكتب شيء.</numerusform>
            <numerusform>توجد مشكلتان يجب إصلاحهما في الملف أو في ربط الأعمدة قبل أن يمكن استيراد أي شيء. لم يُكتب شيء.</numerusform>
            <numerusform>توجد %n مشكلات يجب إصلاحها في الملف أو في ربط الأعمدة قبل أن يمكن استيراد أي شيء. لم يُكتب شيء.</numerusform>
            <numerusform>توجد %n مشكلة يجب إصلاحها في الملف أو في ربط الأعمدة قبل أن يمكن استيراد أي شيء. لم يُكتب شيء.</numerusform>
            <numerusform>توجد %n مشكلة يجب إصلاحها في الملف أو في ربط الأعمدة قبل أن يمكن استيراد أي شيء. لم يُكتب شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import: every row is already on file.</source>
        <translation>لا جديد للاستيراد: كل الصفوف مسجلة مسبقًا.</translation>
    </message>
    <message>
        <source>Ready: %1 row(s) — %2 to add, %3 to update, %4 already the same. Nothing is written until you press Import.</source>
        <translation>جاهز: عدد الصفوف %1 — %2 للإضافة، و%3 للتحديث، و%4 مطابقة أصلًا. لا يُكتب شيء حتى تضغط «استيراد».</translation>
    </message>
    <message>
        <source>Columns of your file</source>
        <translation>أعمدة ملفك</translation>
    </message>
    <message>
        <source>Each column of your file with its first value and the Larder field it fills; change any field that is wrong.</source>
        <translation>كل عمود في ملفك مع قيمته الأولى وحقل Larder الذي يملؤه؛ غيّر أي حقل غير صحيح.</translation>
    </message>
    <message>
        <source>How a row is matched to one already on file: a matched row updates it instead of being added.</source>
        <translation>كيف يُطابَق صف مع سجل موجود بالفعل: الصف المطابق يحدّث ذلك السجل بدلًا من أن يُضاف.</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>المشكلات والتحذيرات</translation>
    </message>
    <message>
        <source>What must be fixed before anything can be imported, and warnings, each with its file, row and column.</source>
        <translation>ما يجب إصلاحه قبل استيراد أي شيء، والتحذيرات، كلٌّ مع ملفه وصفه وعموده.</translation>
    </message>
    <message>
        <source>Add and update the rows as the summary above says.</source>
        <translation>إضافة الصفوف وتحديثها كما يذكر الملخص أعلاه.</translation>
    </message>
    <message>
        <source>Close this window without importing anything.</source>
        <translation>إغلاق هذه النافذة دون استيراد أي شيء.</translation>
    </message>
    <message>
        <source>Larder field for %1</source>
        <translation>حقل Larder للعمود %1</translation>
    </message>
    <message>
        <source>The Larder field this column fills, or &quot;(leave out)&quot;.</source>
        <translation>حقل Larder الذي يملؤه هذا العمود، أو &quot;(تجاهل)&quot;.</translation>
    </message>
</context>
<context>
    <name>larder::ui::DistributionPage</name>
    <message>
        <source>pick-up at the pantry</source>
        <translation>الاستلام من مخزن الطعام</translation>
    </message>
    <message>
        <source>collection from suppliers</source>
        <translation>الجمع من المورّدين</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>التوصيل</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>Plan a distribution day: the households due, the drivers who came, and a route for each. Every change is saved at once; Ctrl+Z undoes.</source>
        <translation>خطّط ليوم التوزيع: الأسر المستحقة، والسائقون الذين حضروا، ومسار لكل منهم. يُحفظ كل تغيير فورًا؛ Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <source>Stops show by route and number, and check-in by route and stop number works. Making a day, planning routes, packing boxes and printing route sheets wait for a coordinator.</source>
        <translation>تظهر المحطات حسب المسار والرقم، ويمكن تسجيل النتائج حسب رقم المسار ورقم المحطة. أما إنشاء يوم، وتخطيط المسارات، وتعبئة الصناديق، وطباعة أوراق المسارات، فتنتظر منسّقًا.</translation>
    </message>
    <message>
        <source>&amp;Stops</source>
        <translation>ال&amp;محطات</translation>
    </message>
    <message>
        <source>D&amp;rivers</source>
        <translation>ال&amp;سائقون</translation>
    </message>
    <message>
        <source>R&amp;outes</source>
        <translation>الم&amp;سارات</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>ال&amp;يوم:</translation>
    </message>
    <message>
        <source>More than one distribution on this day: choose which.</source>
        <translation>يوجد أكثر من توزيع في هذا اليوم: اختر أحدها.</translation>
    </message>
    <message>
        <source>Start the day shown: the households due that day are proposed as stops (Alt+N).</source>
        <translation>ابدأ اليوم المعروض: تُقترح الأسر المستحقة في ذلك اليوم كمحطات (Alt+N).</translation>
    </message>
    <message>
        <source>&amp;Delivery by drivers</source>
        <translation>ال&amp;توصيل بواسطة السائقين</translation>
    </message>
    <message>
        <source>&amp;Pick-up at the pantry</source>
        <translation>الا&amp;ستلام من مخزن الطعام</translation>
    </message>
    <message>
        <source>&amp;Collection from suppliers</source>
        <translation>ال&amp;جمع من المورّدين</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>New distribution day</source>
        <translation>يوم توزيع جديد</translation>
    </message>
    <message>
        <source>Plan routes</source>
        <translation>تخطيط المسارات</translation>
    </message>
    <message>
        <source>Move to route</source>
        <translation>نقل إلى مسار</translation>
    </message>
    <message>
        <source>Choose a stop first, then Ctrl+M.</source>
        <translation>اختر محطة أولًا، ثم Ctrl+M.</translation>
    </message>
    <message>
        <source>Lock route</source>
        <translation>قفل المسار</translation>
    </message>
    <message>
        <source>Print route sheets</source>
        <translation>طباعة أوراق المسارات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No distribution day on %1.&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;New distribution day&lt;/b&gt; (Alt+N) to start one: Larder proposes the households due that day by their schedule, and you add or remove any.&lt;/p&gt;&lt;p&gt;Then add the drivers who came, press &lt;b&gt;Plan routes&lt;/b&gt; (Ctrl+R), and correct the routes by hand where you know better. Or pick another day above.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;لا يوجد يوم توزيع في %1.&lt;/h3&gt;&lt;p&gt;اضغط &lt;b&gt;يوم توزيع جديد&lt;/b&gt; (Alt+N) لبدء يوم: يقترح Larder الأسر المستحقة في ذلك اليوم حسب جدولها، ويمكنك إضافة أي أسرة أو إزالتها.&lt;/p&gt;&lt;p&gt;ثم أضف السائقين الذين حضروا، واضغط &lt;b&gt;تخطيط المسارات&lt;/b&gt; (Ctrl+R)، وصحّح المسارات يدويًا حيث تعرف أفضل. أو اختر يومًا آخر في الأعلى.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n stop(s)</source>
        <translation>
            <numerusform>%1 · لا محطات</numerusform>
            <numerusform>%1 · محطة واحدة</numerusform>
            <numerusform>%1 · محطتان</numerusform>
            <numerusform>%1 · %n محطات</numerusform>
            <numerusform>%1 · %n محطة</numerusform>
            <numerusform>%1 · %n محطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n driver(s)</source>
        <translation>
            <numerusform> · لا سائقين</numerusform>
            <numerusform> · سائق واحد</numerusform>
            <numerusform> · سائقان</numerusform>
            <numerusform> · %n سائقين</numerusform>
            <numerusform> · %n سائقًا</numerusform>
            <numerusform> · %n سائق</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1. Ctrl+Z undoes it.</source>
        <translation>تم: %1. اضغط Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <source>new distribution day on %1</source>
        <translation>يوم توزيع جديد في %1</translation>
    </message>
    <message>
        <source>Start a distribution day first (Alt+N).</source>
        <translation>ابدأ يوم توزيع أولًا (Alt+N).</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Start a collection day first (Alt+N).</source>
        <translation>ابدأ يوم جمع أولًا (Alt+N).</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n box(es)</source>
        <translation>
            <numerusform>%1: لا صناديق</numerusform>
            <numerusform>%1: صندوق واحد</numerusform>
            <numerusform>%1: صندوقان</numerusform>
            <numerusform>%1: %n صناديق</numerusform>
            <numerusform>%1: %n صندوقًا</numerusform>
            <numerusform>%1: %n صندوق</numerusform>
        </translation>
    </message>
    <message>
        <source>That driver is no longer on file. Choose another.</source>
        <translation>هذا السائق لم يعد مسجلًا. اختر سائقًا آخر.</translation>
    </message>
    <message>
        <source>add driver %1</source>
        <translation>إضافة السائق %1</translation>
    </message>
    <message>
        <source>%1 has no vehicle capacity on file: type today&apos;s boxes in the Boxes column.</source>
        <translation>لا توجد سعة مركبة مسجلة لـ %1: اكتب عدد صناديق اليوم في عمود «الصناديق».</translation>
    </message>
    <message>
        <source>remove driver %1</source>
        <translation>إزالة السائق %1</translation>
    </message>
    <message>
        <source>No driver on this day yet: add the drivers who came, then plan.</source>
        <translation>لا يوجد سائق في هذا اليوم بعد: أضف السائقين الذين حضروا، ثم خطّط.</translation>
    </message>
    <message>
        <source>Planning routes…</source>
        <translation>جارٍ تخطيط المسارات…</translation>
    </message>
    <message>
        <source>Stop and keep the best so far</source>
        <translation>إيقاف والاحتفاظ بأفضل نتيجة حتى الآن</translation>
    </message>
    <message>
        <source>Planning routes… best so far %1 km</source>
        <translation>جارٍ تخطيط المسارات… أفضل نتيجة حتى الآن %1 km</translation>
    </message>
    <message>
        <source>re-plan the rest</source>
        <translation>إعادة تخطيط الباقي</translation>
    </message>
    <message>
        <source>plan routes</source>
        <translation>تخطيط المسارات</translation>
    </message>
    <message>
        <source>Routes planned. Ctrl+Z goes back to the routes before.</source>
        <translation>تم تخطيط المسارات. Ctrl+Z يعيد المسارات السابقة.</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>بلا مسار</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>المسار %1</translation>
    </message>
    <message>
        <source>move %1 to %2</source>
        <translation>نقل %1 إلى %2</translation>
    </message>
    <message>
        <source>move %1 up</source>
        <translation>نقل %1 إلى الأعلى</translation>
    </message>
    <message>
        <source>move %1 down</source>
        <translation>نقل %1 إلى الأسفل</translation>
    </message>
    <message>
        <source>lock %1</source>
        <translation>قفل %1</translation>
    </message>
    <message>
        <source>unlock %1</source>
        <translation>فتح قفل %1</translation>
    </message>
    <message>
        <source>change %1&apos;s limits</source>
        <translation>تغيير حدود %1</translation>
    </message>
    <message>
        <source>The day to plan: its distribution shows below, or one can be started.</source>
        <translation>اليوم المراد تخطيطه: يظهر توزيعه في الأسفل، أو يمكن بدء توزيع له.</translation>
    </message>
    <message>
        <source>Start a delivery day first (Alt+N).</source>
        <translation>ابدأ يوم توزيع أولًا (Alt+N).</translation>
    </message>
    <message>
        <source>add the pickup from %1</source>
        <translation>إضافة الاستلام من %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::DistributionTab</name>
    <message>
        <source>Route %1 · %2</source>
        <translation>المسار %1 · %2</translation>
    </message>
    <message>
        <source>No driver yet: add drivers first</source>
        <translation>لا يوجد سائق بعد: أضف السائقين أولًا</translation>
    </message>
    <message>
        <source>Not on a route</source>
        <translation>بلا مسار</translation>
    </message>
    <message>
        <source>Move to route</source>
        <translation>نقل إلى مسار</translation>
    </message>
    <message>
        <source>Earlier on the route (Alt+Up)</source>
        <translation>أبكر في المسار (Alt+Up)</translation>
    </message>
    <message>
        <source>Later on the route (Alt+Down)</source>
        <translation>لاحقًا في المسار (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove from this day</source>
        <translation>إزالة من هذا اليوم</translation>
    </message>
</context>
<context>
    <name>larder::ui::DriversTab</name>
    <message>
        <source>Add a &amp;driver who came:</source>
        <translation>إضافة &amp;سائق حضر:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove driver</source>
        <translation>إزالة السائق</translation>
    </message>
    <message>
        <source>Their stops go back to &quot;not on a route&quot; (Delete).</source>
        <translation>تعود محطاته إلى «بلا مسار» (Delete).</translation>
    </message>
    <message>
        <source>Choose a driver in the list first.</source>
        <translation>اختر سائقًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>No driver yet. Add each driver who came from the list above; their vehicle&apos;s boxes and usual start fill in, and you can change them for today.</source>
        <translation>لا يوجد سائق بعد. أضف من القائمة أعلاه كل سائق حضر؛ يُملأ عدد صناديق مركبته ونقطة انطلاقه المعتادة تلقائيًا، ويمكنك تغييرها لهذا اليوم.</translation>
    </message>
    <message>
        <source>Together they carry %1 boxes; the stops need %2.</source>
        <translation>مجموع ما يحملونه: %1 صندوق؛ وما تحتاجه المحطات: %2.</translation>
    </message>
    <message>
        <source>Not everyone fits: add a driver or raise a capacity.</source>
        <translation>لا يتسع الجميع: أضف سائقًا أو ارفع إحدى السعات.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n box(es))</source>
        <translation>
            <numerusform>%1 (لا صناديق)</numerusform>
            <numerusform>%1 (صندوق واحد)</numerusform>
            <numerusform>%1 (صندوقان)</numerusform>
            <numerusform>%1 (%n صناديق)</numerusform>
            <numerusform>%1 (%n صندوقًا)</numerusform>
            <numerusform>%1 (%n صندوق)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one has the driver role: add it under Households → Volunteers and drivers</source>
        <translation>لا أحد لديه دور السائق: أضفه من الأسر ← المتطوعون والسائقون</translation>
    </message>
    <message>
        <source>Every driver is on this day already</source>
        <translation>كل السائقين مضافون إلى هذا اليوم مسبقًا</translation>
    </message>
    <message>
        <source>The drivers on file who are not on this day yet.</source>
        <translation>السائقون المسجَّلون الذين لم يُضافوا إلى هذا اليوم بعد.</translation>
    </message>
    <message>
        <source>Add the chosen driver to this day, with their vehicle&apos;s boxes and usual start.</source>
        <translation>إضافة السائق المختار إلى هذا اليوم، مع عدد صناديق مركبته ونقطة انطلاقه المعتادة.</translation>
    </message>
    <message>
        <source>Drivers of the day</source>
        <translation>سائقو اليوم</translation>
    </message>
    <message>
        <source>The drivers who came and their limits for today; type in a cell to change a limit, Delete removes the selected driver.</source>
        <translation>السائقون الذين حضروا وحدودهم لهذا اليوم؛ اكتب في خلية لتغيير حدّ، ويزيل مفتاح Delete السائق المحدد.</translation>
    </message>
</context>
<context>
    <name>larder::ui::ExpiringLotsModel</name>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
</context>
<context>
    <name>larder::ui::FigureDetailsDialog</name>
    <message>
        <source>Behind &quot;%1&quot;</source>
        <translation>تفاصيل «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Distribution day</source>
        <translation>يوم التوزيع</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>الصناديق</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(مقفل)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>The first %1 stops are listed.</source>
        <translation>تُعرض أول %1 محطة.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>  correction</source>
        <translation>  تصحيح</translation>
    </message>
    <message>
        <source>The first %1 ledger rows are listed.</source>
        <translation>تُعرض أول %1 صف من سجل الحركات.</translation>
    </message>
    <message>
        <source>This figure reads the shelf as it is now: the Inventory page lists every lot behind it.</source>
        <translation>هذا الرقم يعكس الرفوف كما هي الآن: تعرض صفحة «المخزون» كل دفعة يتكوّن منها.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>لا شيء في هذه الفترة.</translation>
    </message>
    <message>
        <source>The rows this figure counts, one a line.</source>
        <translation>الصفوف التي يحسبها هذا الرقم، صف في كل سطر.</translation>
    </message>
    <message>
        <source>Back to the report.</source>
        <translation>العودة إلى التقرير.</translation>
    </message>
</context>
<context>
    <name>larder::ui::HandOffBar</name>
    <message>
        <source>Set aside stock…</source>
        <translation>حجز المخزون…</translation>
    </message>
    <message>
        <source>Set stock aside for every household&apos;s package, see what is short and what could stand in, and the pick list.</source>
        <translation>احجز من المخزون لطرد كل أسرة، واطّلع على ما ينقص وما يمكن أن يحل محله، وعلى قائمة التجهيز.</translation>
    </message>
    <message>
        <source>Print route sheets…</source>
        <translation>طباعة أوراق المسارات…</translation>
    </message>
    <message>
        <source>One sheet per driver: stops in order, map, tick boxes (Ctrl+P).</source>
        <translation>ورقة لكل سائق: المحطات بالترتيب، وخريطة، ومربعات للتأشير (Ctrl+P).</translation>
    </message>
    <message>
        <source>Print packing lists…</source>
        <translation>طباعة قوائم التعبئة…</translation>
    </message>
    <message>
        <source>What goes into each household&apos;s boxes, route by route.</source>
        <translation>ما يوضع في صناديق كل أسرة، مسارًا بعد مسار.</translation>
    </message>
    <message>
        <source>Record outcomes…</source>
        <translation>تسجيل النتائج…</translation>
    </message>
    <message>
        <source>Type in what the drivers ticked on their sheets: delivered, not home…</source>
        <translation>اكتب ما أشّر عليه السائقون في أوراقهم: تم التسليم، لا أحد في المنزل…</translation>
    </message>
    <message>
        <source>Set stock aside first?</source>
        <translation>حجز المخزون أولًا؟</translation>
    </message>
    <message>
        <source>No stock was set aside for this day, so delivered boxes would take nothing from stock. Set it aside now, first expiry first out, before recording what happened?</source>
        <translation>لم يُحجز أي مخزون لهذا اليوم، لذا لن تُخصم الصناديق المُسلَّمة من المخزون. هل تريد حجزه الآن، بحيث يخرج الأقرب انتهاءً أولًا، قبل تسجيل ما حدث؟</translation>
    </message>
    <message>
        <source>Route sheets</source>
        <translation>أوراق المسارات</translation>
    </message>
    <message>
        <source>Packing lists</source>
        <translation>قوائم التعبئة</translation>
    </message>
    <message>
        <source>Compact: one row a stop</source>
        <translation>مختصر: صف واحد لكل محطة</translation>
    </message>
    <message>
        <source>About twelve stops a page instead of two or three.</source>
        <translation>نحو اثنتي عشرة محطة في الصفحة بدلًا من اثنتين أو ثلاث.</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>لغة الأوراق</translation>
    </message>
    <message>
        <source>The language these papers print in.</source>
        <translation>اللغة التي تُطبع بها هذه الأوراق.</translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdAddUndoCommand</name>
    <message>
        <source>adding %1</source>
        <translation>إضافة %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdEditUndoCommand</name>
    <message>
        <source>change to %1</source>
        <translation>تغيير %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdForm</name>
    <message>
        <source>Halal</source>
        <translation>حلال</translation>
    </message>
    <message>
        <source>Kosher</source>
        <translation>كوشر</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>نباتي</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>نباتي صرف</translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation>خالٍ من الغلوتين</translation>
    </message>
    <message>
        <source>Nut-free</source>
        <translation>خالٍ من المكسرات</translation>
    </message>
    <message>
        <source>Diabetic-friendly</source>
        <translation>مناسب لمرضى السكري</translation>
    </message>
    <message>
        <source>Low sodium</source>
        <translation>قليل الصوديوم</translation>
    </message>
    <message>
        <source>Name they chose *</source>
        <translation>الاسم الذي اختاروه *</translation>
    </message>
    <message>
        <source>A name or alias; a legal name is never needed</source>
        <translation>اسم أو اسم مستعار؛ لا حاجة أبدًا إلى الاسم الرسمي</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>الشارع والرقم</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الشقة</translation>
    </message>
    <message>
        <source>Apartment, floor</source>
        <translation>الشقة، الطابق</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>نقطة اللقاء</translation>
    </message>
    <message>
        <source>Instead of an address, for someone without one</source>
        <translation>بدلًا من العنوان، لمن ليس لديه عنوان</translation>
    </message>
    <message>
        <source>Map location</source>
        <translation>الموقع على الخريطة</translation>
    </message>
    <message>
        <source>&quot;lat, lon&quot; or a pasted map link (optional)</source>
        <translation>&quot;lat, lon&quot; أو رابط خريطة ملصوق (اختياري)</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Seniors</source>
        <translation>كبار السن</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>الاحتياجات الغذائية</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Separated by ; (peanuts; shellfish)</source>
        <translation>مفصولة بـ ; (فول سوداني; محار)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Spanish, English</source>
        <translation>العربية, الإنجليزية</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>ملاحظات التوصيل</translation>
    </message>
    <message>
        <source>Side door, call on arrival</source>
        <translation>الباب الجانبي، الاتصال عند الوصول</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>احتياجات الوصول</translation>
    </message>
    <message>
        <source>No stairs, carry upstairs</source>
        <translation>لا يستطيع صعود الدرج، يُرجى حمل الصناديق إلى الأعلى</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>May call</source>
        <translation>يمكن الاتصال</translation>
    </message>
    <message>
        <source>May text</source>
        <translation>يمكن إرسال رسائل نصية</translation>
    </message>
    <message>
        <source>May leave at the door</source>
        <translation>يمكن الترك عند الباب</translation>
    </message>
    <message>
        <source>They agreed</source>
        <translation>وافقوا على ذلك</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>التوصيل</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>أي يوم</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>اليوم المفضل</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>الفترة الزمنية</translation>
    </message>
    <message>
        <source>9-12, afternoon (optional)</source>
        <translation>9-12، بعد الظهر (اختياري)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Volunteers here</source>
        <translation>متطوعون من هذه الأسرة</translation>
    </message>
    <message>
        <source>Open that household</source>
        <translation>فتح تلك الأسرة</translation>
    </message>
    <message>
        <source>Merge it into this one…</source>
        <translation>دمجها في هذه الأسرة…</translation>
    </message>
    <message>
        <source>Merge households</source>
        <translation>دمج الأسر</translation>
    </message>
    <message>
        <source>Merge the other household into this one? Empty fields here are filled from it, its volunteers and history move here, and it is removed. Ctrl+Z takes the merge back.</source>
        <translation>هل تريد دمج الأسرة الأخرى في هذه الأسرة؟ تُملأ الحقول الفارغة هنا من بياناتها، وينتقل متطوعوها وسجلها إلى هنا، ثم تُحذف. Ctrl+Z يلغي الدمج.</translation>
    </message>
    <message>
        <source>By design there is no field for legal ID, immigration status, income, date of birth or photos.</source>
        <translation>لا يوجد عن قصد أي حقل لوثيقة الهوية الرسمية أو وضع الهجرة أو الدخل أو تاريخ الميلاد أو الصور.</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>إضافة الأسرة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the form (Esc). Changes are already saved.</source>
        <translation>أغلق النموذج (Esc). التغييرات محفوظة بالفعل.</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>أسرة جديدة</translation>
    </message>
    <message>
        <source>Nobody from this household volunteers yet.</source>
        <translation>لا أحد من هذه الأسرة متطوع بعد.</translation>
    </message>
    <message>
        <source>Ready: press Enter or “Add household” to save it.</source>
        <translation>جاهز: اضغط Enter أو «إضافة الأسرة» لحفظها.</translation>
    </message>
    <message>
        <source>Type the name they chose and an address or a meeting point, then press Enter.</source>
        <translation>اكتب الاسم الذي اختاروه وعنوانًا أو نقطة لقاء، ثم اضغط Enter.</translation>
    </message>
    <message>
        <source>Fill in the fields marked in red to add the household.</source>
        <translation>املأ الحقول المعلَّمة بالأحمر لإضافة الأسرة.</translation>
    </message>
    <message>
        <source>Every change is saved when you leave a field. Ctrl+Z undoes.</source>
        <translation>يُحفظ كل تغيير عند مغادرة الحقل. Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <source>Not saved until the fields marked in red are fixed.</source>
        <translation>لن يُحفظ شيء حتى تُصحَّح الحقول المعلَّمة بالأحمر.</translation>
    </message>
    <message>
        <source>This looks like a household already on file:</source>
        <translation>يبدو أن هذه أسرة مسجلة مسبقًا:</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(و%n غيرها)</numerusform>
            <numerusform>(وأسرة أخرى)</numerusform>
            <numerusform>(وأسرتان أخريان)</numerusform>
            <numerusform>(و%n أسر أخرى)</numerusform>
            <numerusform>(و%n أسرة أخرى)</numerusform>
            <numerusform>(و%n أسرة أخرى)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added. Ctrl+Z takes it back.</source>
        <translation>تمت الإضافة. Ctrl+Z يلغيها.</translation>
    </message>
    <message>
        <source>Saved at %1. Ctrl+Z undoes.</source>
        <translation>حُفظ الساعة %1. Ctrl+Z للتراجع.</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n field(s) filled from the other household. Ctrl+Z takes the merge back.</source>
        <translation>
            <numerusform>تم الدمج: لم يُملأ أي حقل من الأسرة الأخرى. Ctrl+Z يلغي الدمج.</numerusform>
            <numerusform>تم الدمج: مُلئ حقل واحد من الأسرة الأخرى. Ctrl+Z يلغي الدمج.</numerusform>
            <numerusform>تم الدمج: مُلئ حقلان من الأسرة الأخرى. Ctrl+Z يلغي الدمج.</numerusform>
            <numerusform>تم الدمج: مُلئت %n حقول من الأسرة الأخرى. Ctrl+Z يلغي الدمج.</numerusform>
            <numerusform>تم الدمج: مُلئ %n حقلًا من الأسرة الأخرى. Ctrl+Z يلغي الدمج.</numerusform>
            <numerusform>تم الدمج: مُلئ %n حقل من الأسرة الأخرى. Ctrl+Z يلغي الدمج.</numerusform>
        </translation>
    </message>
    <message>
        <source>That was a barcode scan (%1), not typing: nothing was changed here. Scan donations at Inventory → Intake.</source>
        <translation>كان ذلك مسحًا لرمز شريطي (%1) وليس كتابة: لم يتغيّر شيء هنا. امسح التبرعات في المخزون ← الاستلام.</translation>
    </message>
    <message>
        <source>The name or alias the household chose; it is needed, a legal name never is.</source>
        <translation>الاسم أو الكنية التي اختارتها الأسرة؛ وهو مطلوب، أما الاسم القانوني فليس مطلوبًا أبدًا.</translation>
    </message>
    <message>
        <source>The street and number deliveries go to.</source>
        <translation>الشارع والرقم اللذان يُوصَّل إليهما.</translation>
    </message>
    <message>
        <source>The apartment or floor, if there is one.</source>
        <translation>الشقة أو الطابق، إن وُجد.</translation>
    </message>
    <message>
        <source>The city of the address.</source>
        <translation>مدينة العنوان.</translation>
    </message>
    <message>
        <source>The postal code of the address.</source>
        <translation>الرمز البريدي للعنوان.</translation>
    </message>
    <message>
        <source>Where to meet a household that has no address, instead of one.</source>
        <translation>مكان لقاء أسرة ليس لها عنوان، بدلًا من العنوان.</translation>
    </message>
    <message>
        <source>Where the household is on the map: latitude and longitude, or a link copied from OpenStreetMap or Google Maps.</source>
        <translation>موقع الأسرة على الخريطة: خط العرض وخط الطول، أو رابط منسوخ من OpenStreetMap أو Google Maps.</translation>
    </message>
    <message>
        <source>How many adults live in the household.</source>
        <translation>عدد البالغين الذين يعيشون في الأسرة.</translation>
    </message>
    <message>
        <source>How many children live in the household.</source>
        <translation>عدد الأطفال الذين يعيشون في الأسرة.</translation>
    </message>
    <message>
        <source>How many seniors live in the household.</source>
        <translation>عدد كبار السن الذين يعيشون في الأسرة.</translation>
    </message>
    <message>
        <source>Tick when the household needs food marked &quot;%1&quot;.</source>
        <translation>حدّد هذا الخيار إذا كانت الأسرة تحتاج طعامًا موسومًا بـ&quot;%1&quot;.</translation>
    </message>
    <message>
        <source>What they must not eat, separated by semicolons.</source>
        <translation>ما يجب ألا يأكلوه، مفصولًا بفواصل منقوطة.</translation>
    </message>
    <message>
        <source>The languages they speak, separated by commas.</source>
        <translation>اللغات التي يتحدثونها، مفصولة بفواصل.</translation>
    </message>
    <message>
        <source>What the driver should know when delivering.</source>
        <translation>ما يجب أن يعرفه السائق عند التوصيل.</translation>
    </message>
    <message>
        <source>What they need to receive a delivery, such as no stairs.</source>
        <translation>ما يحتاجونه لاستلام التوصيل، مثل عدم استخدام الدرج.</translation>
    </message>
    <message>
        <source>A number to reach the household; it may stay empty.</source>
        <translation>رقم للتواصل مع الأسرة؛ يمكن أن يبقى فارغًا.</translation>
    </message>
    <message>
        <source>Tick when they agreed to be phoned.</source>
        <translation>حدّد هذا الخيار إذا وافقوا على الاتصال بهم هاتفيًا.</translation>
    </message>
    <message>
        <source>Tick when they agreed to get text messages.</source>
        <translation>حدّد هذا الخيار إذا وافقوا على تلقي رسائل نصية.</translation>
    </message>
    <message>
        <source>Tick when they agreed that the package may be left at the door.</source>
        <translation>حدّد هذا الخيار إذا وافقوا على ترك الطرد عند الباب.</translation>
    </message>
    <message>
        <source>How often the household gets a package.</source>
        <translation>عدد مرات حصول الأسرة على طرد.</translation>
    </message>
    <message>
        <source>The day of the week that suits them best for a delivery.</source>
        <translation>يوم الأسبوع الأنسب لهم للتوصيل.</translation>
    </message>
    <message>
        <source>The time of day a delivery suits them; it may stay empty.</source>
        <translation>وقت اليوم المناسب لهم للتوصيل؛ يمكن أن يبقى فارغًا.</translation>
    </message>
    <message>
        <source>Whether the household is active, paused, closed or on the waiting list.</source>
        <translation>ما إذا كانت الأسرة نشطة أو متوقفة مؤقتًا أو مغلقة أو على قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Show the household this one looks like, in this form.</source>
        <translation>عرض الأسرة التي تشبهها هذه الأسرة، في هذا النموذج.</translation>
    </message>
    <message>
        <source>Merge the other household into this one, after asking; Ctrl+Z takes it back.</source>
        <translation>دمج الأسرة الأخرى في هذه الأسرة بعد السؤال؛ يتراجع Ctrl+Z عن الدمج.</translation>
    </message>
    <message>
        <source>Add the household to the file (Enter in a field does the same).</source>
        <translation>إضافة الأسرة إلى الملف (الضغط على Enter في أي حقل يؤدي الأمر نفسه).</translation>
    </message>
    <message>
        <source>Add a re&amp;quest…</source>
        <translation>&amp;إضافة طلب…</translation>
    </message>
    <message>
        <source>Something this household needs: it rides with their next delivery when it is in stock, or waits for an offer.</source>
        <translation>شيء تحتاجه هذه الأسرة: يُرسَل معها في توصيلها التالي عند توفره في المخزون، أو ينتظر عرضًا.</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Save the household first; then add what it asks for.</source>
        <translation>احفظ الأسرة أولًا؛ ثم أضف ما تطلبه.</translation>
    </message>
    <message>
        <source>%1 — packed for %2</source>
        <translation>%1 — مُعبأ ليوم %2</translation>
    </message>
    <message>
        <source>Nothing asked for at the moment.</source>
        <translation>لا توجد طلبات حاليًا.</translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdMergeUndoCommand</name>
    <message>
        <source>merge into %1</source>
        <translation>الدمج في %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdsModel</name>
    <message>
        <source>People in the household, children and seniors included.</source>
        <translation>أفراد الأسرة، بمن فيهم الأطفال وكبار السن.</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>نقطة اللقاء</translation>
    </message>
    <message>
        <source>Name they chose</source>
        <translation>الاسم الذي اختاروه</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>larder::ui::HouseholdsPage</name>
    <message>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>The households this pantry delivers to, and the volunteers who deliver. Only what delivery needs is kept; addresses and phones appear only in a household&apos;s form.</source>
        <translation>الأسر التي يوصل إليها مخزن الطعام هذا، والمتطوعون الذين يتولون التوصيل. لا يُحفظ إلا ما يحتاجه التوصيل؛ ولا تظهر العناوين والهواتف إلا في نموذج كل أسرة.</translation>
    </message>
    <message>
        <source>Volunteers and drivers</source>
        <translation>المتطوعون والسائقون</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Search by name, street, notes or phone…</source>
        <translation>ابحث بالاسم أو الشارع أو الملاحظات أو الهاتف…</translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation>أسرة &amp;جديدة</translation>
    </message>
    <message>
        <source>Add a household (Alt+N)</source>
        <translation>إضافة أسرة (Alt+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any schedule</source>
        <translation>أي جدول</translation>
    </message>
    <message>
        <source>Any dietary need</source>
        <translation>أي احتياج غذائي</translation>
    </message>
    <message>
        <source>Postal area, e.g. 606</source>
        <translation>المنطقة البريدية، مثل 606</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>The household details are locked on this laptop. A coordinator unlocks them with the pantry&apos;s passphrase: File ▸ Unlock details (Ctrl+Shift+U).</source>
        <translation>بيانات الأسر مقفلة على هذا الحاسوب. يفتحها المنسّق بعبارة المرور الخاصة بمخزن الطعام: ملف ◂ فتح قفل البيانات (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>No households on file yet. Press “New household” (Alt+N) or import a spreadsheet with “Import CSV…”.</source>
        <translation>لا توجد أسر مسجلة بعد. اضغط «أسرة جديدة» (Alt+N) أو استورد جدول بيانات عبر «استيراد CSV…».</translation>
    </message>
    <message numerus="yes">
        <source>%n households on file</source>
        <translation>
            <numerusform>لا توجد أسر مسجلة</numerusform>
            <numerusform>أسرة واحدة مسجلة</numerusform>
            <numerusform>أسرتان مسجلتان</numerusform>
            <numerusform>%n أسر مسجلة</numerusform>
            <numerusform>%n أسرة مسجلة</numerusform>
            <numerusform>%n أسرة مسجلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>لا توجد أسرة نشطة</numerusform>
            <numerusform>واحدة نشطة</numerusform>
            <numerusform>اثنتان نشطتان</numerusform>
            <numerusform>%n نشطة</numerusform>
            <numerusform>%n نشطة</numerusform>
            <numerusform>%n نشطة</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click opens one.</source>
        <translation>اضغط Enter أو انقر نقرًا مزدوجًا لفتح أسرة.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 households match.</source>
        <translation>
            <numerusform>لا تطابق أي أسرة من %1.</numerusform>
            <numerusform>تطابق أسرة واحدة من %1.</numerusform>
            <numerusform>تطابق أسرتان من %1.</numerusform>
            <numerusform>تطابق %n أسر من %1.</numerusform>
            <numerusform>تطابق %n أسرة من %1.</numerusform>
            <numerusform>تطابق %n أسرة من %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try fewer letters or clear the filters.</source>
        <translation>جرّب أحرفًا أقل أو امسح عوامل التصفية.</translation>
    </message>
    <message>
        <source>Import households from a spreadsheet</source>
        <translation>استيراد الأسر من جدول بيانات</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export households</source>
        <translation>تصدير الأسر</translation>
    </message>
    <message>
        <source>Which file do you need?</source>
        <translation>أي ملف تحتاج؟</translation>
    </message>
    <message>
        <source>A redacted file has no names, phones or street addresses: only the postal area, size, status and month or year added of each household, made coarse enough that every row is shared by at least 5 households (the file&apos;s first lines say how). For counts and reports.

A full file contains personal data of the people you serve. Keep it on this laptop, never email it, and delete it when done.</source>
        <translation>الملف الخالي من البيانات الشخصية لا يحتوي على أسماء أو هواتف أو عناوين شوارع: فقط المنطقة البريدية، وعدد الأفراد، والحالة، وشهر أو سنة إضافة كل أسرة، بعد تعميمها بما يكفي لكي يشترك في كل صف 5 أسر على الأقل (توضح الأسطر الأولى من الملف الطريقة). وهو مخصص للإحصاءات والتقارير.

أما الملف الكامل فيحتوي على بيانات شخصية للأشخاص الذين تخدمونهم. احتفظ به على هذا الحاسوب، ولا ترسله بالبريد الإلكتروني أبدًا، واحذفه عندما تنتهي.</translation>
    </message>
    <message>
        <source>Redacted file</source>
        <translation>ملف بلا بيانات شخصية</translation>
    </message>
    <message>
        <source>Full file (contains personal data)</source>
        <translation>ملف كامل (يحتوي على بيانات شخصية)</translation>
    </message>
    <message>
        <source>This file contains personal data</source>
        <translation>هذا الملف يحتوي على بيانات شخصية</translation>
    </message>
    <message>
        <source>This file contains personal data: names, addresses, phones and notes of the households. Anyone with the file can read them. Export it anyway?</source>
        <translation>هذا الملف يحتوي على بيانات شخصية: أسماء الأسر وعناوينها وهواتفها والملاحظات عنها. يستطيع أي شخص لديه الملف قراءتها. هل تريد التصدير رغم ذلك؟</translation>
    </message>
    <message>
        <source>households-redacted.csv</source>
        <translation>households-redacted.csv</translation>
    </message>
    <message>
        <source>households.csv</source>
        <translation>households.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1. %n household(s) left out: too few households shared their values.</source>
        <translation>
            <numerusform>تم التصدير إلى %1. لم تُستبعد أي أسرة.</numerusform>
            <numerusform>تم التصدير إلى %1. استُبعدت أسرة واحدة: عدد الأسر التي تشترك في قيمها قليل جدًا.</numerusform>
            <numerusform>تم التصدير إلى %1. استُبعدت أسرتان: عدد الأسر التي تشترك في قيمهما قليل جدًا.</numerusform>
            <numerusform>تم التصدير إلى %1. استُبعدت %n أسر: عدد الأسر التي تشترك في قيمها قليل جدًا.</numerusform>
            <numerusform>تم التصدير إلى %1. استُبعدت %n أسرة: عدد الأسر التي تشترك في قيمها قليل جدًا.</numerusform>
            <numerusform>تم التصدير إلى %1. استُبعدت %n أسرة: عدد الأسر التي تشترك في قيمها قليل جدًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>تم التصدير إلى %1.</translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>البحث في الأسر</translation>
    </message>
    <message>
        <source>Add households from a spreadsheet saved as CSV, after checking which column fills which field.</source>
        <translation>إضافة أسر من جدول بيانات محفوظ بصيغة CSV، بعد التحقق من الحقل الذي يملؤه كل عمود.</translation>
    </message>
    <message>
        <source>Save the households as a CSV file for a spreadsheet: redacted for counts and reports, or in full with their personal data.</source>
        <translation>حفظ الأسر في ملف CSV لجدول بيانات: بلا بيانات شخصية للإحصاءات والتقارير، أو كاملًا مع بياناتها الشخصية.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Show only the households with this status.</source>
        <translation>عرض الأسر التي لها هذه الحالة فقط.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>جدول التوصيل</translation>
    </message>
    <message>
        <source>Show only the households on this delivery schedule.</source>
        <translation>عرض الأسر التي تتبع جدول التوصيل هذا فقط.</translation>
    </message>
    <message>
        <source>Dietary need</source>
        <translation>الاحتياج الغذائي</translation>
    </message>
    <message>
        <source>Show only the households with this dietary need.</source>
        <translation>عرض الأسر التي لديها هذا الاحتياج الغذائي فقط.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Show only the households that speak this language.</source>
        <translation>عرض الأسر التي تتحدث هذه اللغة فقط.</translation>
    </message>
    <message>
        <source>Postal area</source>
        <translation>المنطقة البريدية</translation>
    </message>
    <message>
        <source>Show only the households whose postal code starts with this.</source>
        <translation>عرض الأسر التي يبدأ رمزها البريدي بهذا فقط.</translation>
    </message>
    <message>
        <source>Put every filter back to “Any” and empty the postal area; the search stays.</source>
        <translation>إعادة كل عامل تصفية إلى «أي» وتفريغ المنطقة البريدية؛ ويبقى البحث كما هو.</translation>
    </message>
    <message>
        <source>The households that match the search and the filters; Enter or a double-click opens one.</source>
        <translation>الأسر المطابقة للبحث وعوامل التصفية؛ يفتح Enter أو النقر المزدوج إحداها.</translation>
    </message>
</context>
<context>
    <name>larder::ui::IntakeForm</name>
    <message>
        <source>Scan the barcode or type the item&apos;s name, then the quantity and the use-by date; Enter moves on and Enter on the date saves. Nothing else to save: each line is kept at once.</source>
        <translation>امسح الباركود أو اكتب اسم الصنف، ثم الكمية وتاريخ انتهاء الصلاحية؛ Enter ينقلك إلى الحقل التالي، وEnter في خانة التاريخ يحفظ. لا حاجة إلى حفظ آخر: كل سطر يُحفظ فورًا.</translation>
    </message>
    <message>
        <source>Last entries</source>
        <translation>آخر الإدخالات</translation>
    </message>
    <message>
        <source>This shift&apos;s lines. Ctrl+Z undoes the last one; Enter on a line shows the item&apos;s history.</source>
        <translation>أسطر هذه المناوبة. Ctrl+Z يتراجع عن آخر سطر؛ وEnter على سطر يعرض سجل الصنف.</translation>
    </message>
    <message>
        <source>Scan, or type a name</source>
        <translation>امسح الباركود أو اكتب اسمًا</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>14, 3 cases</source>
        <translation>14، 3 كراتين</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>fri, 3w, 12/5</source>
        <translation>الجمعة، 3w، 12/5</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>The date printed on the package: &quot;fri&quot;, &quot;3w&quot; (three weeks), &quot;12/5&quot;, &quot;2027-01&quot; (end of that month). Leave empty for things that keep.</source>
        <translation>التاريخ المطبوع على العبوة: &quot;الجمعة&quot;، &quot;3w&quot; (ثلاثة أسابيع)، &quot;12/5&quot;، &quot;2027-01&quot; (نهاية ذلك الشهر). اتركه فارغًا للأشياء التي لا تفسد.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Where it goes. Stays as chosen until you change it.</source>
        <translation>أين يوضع. يبقى كما اخترته حتى تغيّره.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Where it came from. Stays as chosen until you change it.</source>
        <translation>من أين جاء. يبقى كما اخترته حتى تغيّره.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>Which supplier?</source>
        <translation>أي مورّد؟</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Saves the line (Enter on the last field does the same).</source>
        <translation>يحفظ السطر (الضغط على Enter في الحقل الأخير يفعل الشيء نفسه).</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>صنف &amp;جديد…</translation>
    </message>
    <message>
        <source>Add an item that is not in the catalog yet (Alt+N).</source>
        <translation>أضف صنفًا غير موجود في قائمة الأصناف بعد (Alt+N).</translation>
    </message>
    <message>
        <source>Ite&amp;m</source>
        <translation>ال&amp;صنف</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>ال&amp;كمية</translation>
    </message>
    <message>
        <source>Use &amp;by</source>
        <translation>&amp;صالح حتى</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>الم&amp;صدر</translation>
    </message>
    <message>
        <source>case of %1</source>
        <translation>كرتونة من %1</translation>
    </message>
    <message numerus="yes">
        <source>keeps %n days</source>
        <translation>
            <numerusform>يبقى صالحًا %n يوم</numerusform>
            <numerusform>يبقى صالحًا يومًا واحدًا</numerusform>
            <numerusform>يبقى صالحًا يومين</numerusform>
            <numerusform>يبقى صالحًا %n أيام</numerusform>
            <numerusform>يبقى صالحًا %n يومًا</numerusform>
            <numerusform>يبقى صالحًا %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>fresh: needs a date</source>
        <translation>طازج: يحتاج إلى تاريخ</translation>
    </message>
    <message>
        <source>where it is kept</source>
        <translation>مكان حفظه</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired in the catalog.</source>
        <translation>أُوقف استخدام &quot;%1&quot; في قائمة الأصناف.</translation>
    </message>
    <message>
        <source>needed: fri, 3w</source>
        <translation>مطلوب: الجمعة، 3w</translation>
    </message>
    <message>
        <source>if printed</source>
        <translation>إن كان مطبوعًا</translation>
    </message>
    <message>
        <source>Scan a barcode or type the item&apos;s name.</source>
        <translation>امسح الباركود أو اكتب اسم الصنف.</translation>
    </message>
    <message numerus="yes">
        <source>%n items match: keep typing, or pick one with ↓ and Enter.</source>
        <translation>
            <numerusform>لا يطابق أي صنف: تابع الكتابة، أو اختر واحدًا بـ ↓ وEnter.</numerusform>
            <numerusform>يطابق صنف واحد: تابع الكتابة، أو اختره بـ ↓ وEnter.</numerusform>
            <numerusform>يطابق صنفان: تابع الكتابة، أو اختر واحدًا بـ ↓ وEnter.</numerusform>
            <numerusform>يطابق %n أصناف: تابع الكتابة، أو اختر واحدًا بـ ↓ وEnter.</numerusform>
            <numerusform>يطابق %n صنفًا: تابع الكتابة، أو اختر واحدًا بـ ↓ وEnter.</numerusform>
            <numerusform>يطابق %n صنف: تابع الكتابة، أو اختر واحدًا بـ ↓ وEnter.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item is called &quot;%1&quot;. Check the spelling, or add it with New item (Alt+N).</source>
        <translation>لا يوجد صنف باسم &quot;%1&quot;. تحقّق من الكتابة، أو أضفه عبر «صنف جديد» (Alt+N).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the catalog now.</source>
        <translation>أصبح &quot;%1&quot; في قائمة الأصناف الآن.</translation>
    </message>
    <message>
        <source>&quot;3 cases&quot; = %1</source>
        <translation>&quot;3 كراتين&quot; = %1</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>First scan or type the item.</source>
        <translation>امسح الصنف أو اكتب اسمه أولًا.</translation>
    </message>
    <message>
        <source>Already past its date</source>
        <translation>انتهت صلاحيته بالفعل</translation>
    </message>
    <message>
        <source>The use-by date %1 is already past. Receive it anyway?</source>
        <translation>تاريخ انتهاء الصلاحية %1 قد مضى. هل تريد استلامه رغم ذلك؟</translation>
    </message>
    <message>
        <source>Food past its date usually goes to disposal, not onto the shelf. Check the date on the package.</source>
        <translation>الطعام المنتهي الصلاحية يُتخلَّص منه عادةً، ولا يوضع على الرف. تحقّق من التاريخ على العبوة.</translation>
    </message>
    <message>
        <source>Receive anyway</source>
        <translation>الاستلام رغم ذلك</translation>
    </message>
    <message>
        <source>Fix the date</source>
        <translation>تصحيح التاريخ</translation>
    </message>
    <message>
        <source>Type how many: &quot;14&quot; or &quot;3 cases&quot;.</source>
        <translation>اكتب العدد: &quot;14&quot; أو &quot;3 كراتين&quot;.</translation>
    </message>
    <message>
        <source>Fresh food needs its use-by date: &quot;fri&quot;, &quot;5d&quot;, &quot;12/5&quot;.</source>
        <translation>الطعام الطازج يحتاج إلى تاريخ انتهاء صلاحيته: &quot;الجمعة&quot;، &quot;5d&quot;، &quot;12/5&quot;.</translation>
    </message>
    <message>
        <source>Choose where it goes.</source>
        <translation>اختر أين يوضع.</translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>اختر المورّد.</translation>
    </message>
    <message>
        <source>receive %1 × %2</source>
        <translation>استلام %1 × %2</translation>
    </message>
    <message>
        <source>Saved: %1 × %2 → %3. Ctrl+Z undoes it.</source>
        <translation>تم الحفظ: %1 × %2 ← %3. Ctrl+Z للتراجع.</translation>
    </message>
</context>
<context>
    <name>larder::ui::InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Receive stock, see what is on the shelves and what to give out first, and count. Every change is a recorded movement, so every number can be traced; Ctrl+Z undoes the last one.</source>
        <translation>استلم المخزون، واطّلع على ما هو موجود على الرفوف وما يجب توزيعه أولًا، وقم بالجرد. كل تغيير حركة مسجلة، لذا يمكن تتبّع كل رقم؛ Ctrl+Z يتراجع عن آخر تغيير.</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>الا&amp;ستلام</translation>
    </message>
    <message>
        <source>&amp;On hand</source>
        <translation>ال&amp;متوفر</translation>
    </message>
    <message>
        <source>&amp;Use first</source>
        <translation>ا&amp;ستخدم أولًا</translation>
    </message>
    <message>
        <source>Belo&amp;w par</source>
        <translation>&amp;دون الحد المطلوب</translation>
    </message>
    <message>
        <source>&amp;Counts</source>
        <translation>ال&amp;جرد</translation>
    </message>
    <message>
        <source>Import items from CSV…</source>
        <translation>استيراد أصناف من CSV…</translation>
    </message>
    <message>
        <source>Add or update catalog items from a spreadsheet&apos;s CSV file</source>
        <translation>إضافة أصناف إلى قائمة الأصناف أو تحديثها من ملف CSV لجدول بيانات</translation>
    </message>
    <message>
        <source>Import items from a spreadsheet</source>
        <translation>استيراد الأصناف من جدول بيانات</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>تراجع: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>لا شيء للتراجع عنه (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>إعادة: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Shift+Z)</source>
        <translation>لا شيء لإعادته (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Give out…</source>
        <translation>&amp;تسليم…</translation>
    </message>
    <message>
        <source>Give some to a walk-in visitor; the oldest dates go first (Ctrl+G).</source>
        <translation>أعطِ شيئًا لزائر حضر دون موعد؛ الأقدم تاريخًا يخرج أولًا (Ctrl+G).</translation>
    </message>
    <message>
        <source>Throw &amp;away…</source>
        <translation>&amp;إتلاف…</translation>
    </message>
    <message>
        <source>Record stock thrown away: spoiled, past its date, damaged, recalled (Ctrl+D).</source>
        <translation>سجّل المخزون الذي تم التخلص منه: فاسد، أو منتهي الصلاحية، أو تالف، أو مسحوب من السوق (Ctrl+D).</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;نقل…</translation>
    </message>
    <message>
        <source>Move stock to another place (Ctrl+M).</source>
        <translation>انقل المخزون إلى مكان آخر (Ctrl+M).</translation>
    </message>
    <message>
        <source>Re&amp;turn undelivered…</source>
        <translation>إ&amp;رجاع ما لم يُسلَّم…</translation>
    </message>
    <message>
        <source>Put undelivered boxes back on the shelf, into their lot (Ctrl+R).</source>
        <translation>أعد الصناديق التي لم تُسلَّم إلى الرف، ضمن دفعتها (Ctrl+R).</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>Every movement of this item: when, who, where, why (Enter, Ctrl+H).</source>
        <translation>كل حركة لهذا الصنف: متى، ومن، وأين، ولماذا (Enter، Ctrl+H).</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>اختر سطرًا أولًا.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Suppliers…</source>
        <translation>المورّدون…</translation>
    </message>
    <message>
        <source>Where the food comes from: names, pickup days, addresses and contacts for collection days.</source>
        <translation>من أين يأتي الطعام: الأسماء، وأيام الاستلام منهم، والعناوين، وجهات الاتصال لأيام الجمع.</translation>
    </message>
    <message>
        <source>Search items, categories or places (Ctrl+F)</source>
        <translation>ابحث في الأصناف أو الفئات أو الأماكن (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search inventory</source>
        <translation>البحث في المخزون</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>حسب الصنف</translation>
    </message>
    <message>
        <source>By place and date</source>
        <translation>حسب المكان والتاريخ</translation>
    </message>
    <message>
        <source>Every lot on every shelf, with its use-by date.</source>
        <translation>كل دفعة على كل رف، مع تاريخ انتهاء صلاحيتها.</translation>
    </message>
    <message>
        <source>Items with less on hand than the pantry aims to keep (their par level), the emptiest first: what to ask suppliers and drives for.</source>
        <translation>الأصناف التي يقل المتوفر منها عما يسعى مخزن الطعام إلى الاحتفاظ به (الحد المطلوب)، والأكثر نقصًا أولًا: ما يجب طلبه من المورّدين وحملات التبرع.</translation>
    </message>
    <message>
        <source>Every item is at or above its par level.</source>
        <translation>كل الأصناف عند حدها المطلوب أو فوقه.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>&amp;Use first (%1)</source>
        <translation>&amp;للاستخدام أولًا (%1)</translation>
    </message>
    <message>
        <source>Belo&amp;w par (%1)</source>
        <translation>&amp;دون الحد الأدنى (%1)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Counts (%n open)</source>
        <translation>
            <numerusform>&amp;الجرد (لا شيء مفتوح)</numerusform>
            <numerusform>&amp;الجرد (عملية مفتوحة واحدة)</numerusform>
            <numerusform>&amp;الجرد (عمليتان مفتوحتان)</numerusform>
            <numerusform>&amp;الجرد (%n عمليات مفتوحة)</numerusform>
            <numerusform>&amp;الجرد (%n عملية مفتوحة)</numerusform>
            <numerusform>&amp;الجرد (%n عملية مفتوحة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lots that expire within %n days, and lots already past their date, soonest first. Give these out first; throw away what has spoiled (Ctrl+D). The number of days is set on the Settings page.</source>
        <translation>
            <numerusform>الدفعات التي تنتهي صلاحيتها خلال %n يوم، والدفعات التي انتهت صلاحيتها بالفعل، الأقرب أولًا. وزّعها أولًا، وأتلف ما فسد منها (Ctrl+D). يُضبط عدد الأيام في صفحة الإعدادات.</numerusform>
            <numerusform>الدفعات التي تنتهي صلاحيتها خلال يوم واحد، والدفعات التي انتهت صلاحيتها بالفعل، الأقرب أولًا. وزّعها أولًا، وأتلف ما فسد منها (Ctrl+D). يُضبط عدد الأيام في صفحة الإعدادات.</numerusform>
            <numerusform>الدفعات التي تنتهي صلاحيتها خلال يومين، والدفعات التي انتهت صلاحيتها بالفعل، الأقرب أولًا. وزّعها أولًا، وأتلف ما فسد منها (Ctrl+D). يُضبط عدد الأيام في صفحة الإعدادات.</numerusform>
            <numerusform>الدفعات التي تنتهي صلاحيتها خلال %n أيام، والدفعات التي انتهت صلاحيتها بالفعل، الأقرب أولًا. وزّعها أولًا، وأتلف ما فسد منها (Ctrl+D). يُضبط عدد الأيام في صفحة الإعدادات.</numerusform>
            <numerusform>الدفعات التي تنتهي صلاحيتها خلال %n يومًا، والدفعات التي انتهت صلاحيتها بالفعل، الأقرب أولًا. وزّعها أولًا، وأتلف ما فسد منها (Ctrl+D). يُضبط عدد الأيام في صفحة الإعدادات.</numerusform>
            <numerusform>الدفعات التي تنتهي صلاحيتها خلال %n يوم، والدفعات التي انتهت صلاحيتها بالفعل، الأقرب أولًا. وزّعها أولًا، وأتلف ما فسد منها (Ctrl+D). يُضبط عدد الأيام في صفحة الإعدادات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n are past their date.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n دفعة انتهت صلاحيتها.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;دفعة واحدة انتهت صلاحيتها.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;دفعتان انتهت صلاحيتهما.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n دفعات انتهت صلاحيتها.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n دفعةً انتهت صلاحيتها.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n دفعة انتهت صلاحيتها.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing on the shelves expires within %n days.</source>
        <translation>
            <numerusform>لا شيء على الرفوف تنتهي صلاحيته خلال %n يوم.</numerusform>
            <numerusform>لا شيء على الرفوف تنتهي صلاحيته خلال يوم واحد.</numerusform>
            <numerusform>لا شيء على الرفوف تنتهي صلاحيته خلال يومين.</numerusform>
            <numerusform>لا شيء على الرفوف تنتهي صلاحيته خلال %n أيام.</numerusform>
            <numerusform>لا شيء على الرفوف تنتهي صلاحيته خلال %n يومًا.</numerusform>
            <numerusform>لا شيء على الرفوف تنتهي صلاحيته خلال %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>لا أسطر</numerusform>
            <numerusform>سطر واحد</numerusform>
            <numerusform>سطران</numerusform>
            <numerusform>%n أسطر</numerusform>
            <numerusform>%n سطرًا</numerusform>
            <numerusform>%n سطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lines match</source>
        <translation>
            <numerusform>يطابق %1 من أصل %n سطر</numerusform>
            <numerusform>يطابق %1 من أصل سطر واحد</numerusform>
            <numerusform>يطابق %1 من أصل سطرين</numerusform>
            <numerusform>يطابق %1 من أصل %n أسطر</numerusform>
            <numerusform>يطابق %1 من أصل %n سطرًا</numerusform>
            <numerusform>يطابق %1 من أصل %n سطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>لا أصناف</numerusform>
            <numerusform>صنف واحد</numerusform>
            <numerusform>صنفان</numerusform>
            <numerusform>%n أصناف</numerusform>
            <numerusform>%n صنفًا</numerusform>
            <numerusform>%n صنف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items match</source>
        <translation>
            <numerusform>يطابق %1 من أصل %n صنف</numerusform>
            <numerusform>يطابق %1 من أصل صنف واحد</numerusform>
            <numerusform>يطابق %1 من أصل صنفين</numerusform>
            <numerusform>يطابق %1 من أصل %n أصناف</numerusform>
            <numerusform>يطابق %1 من أصل %n صنفًا</numerusform>
            <numerusform>يطابق %1 من أصل %n صنف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below par (in red)</source>
        <translation>
            <numerusform>لا شيء دون الحد الأدنى (بالأحمر)</numerusform>
            <numerusform>صنف واحد دون الحد الأدنى (بالأحمر)</numerusform>
            <numerusform>صنفان دون الحد الأدنى (بالأحمر)</numerusform>
            <numerusform>%n أصناف دون الحد الأدنى (بالأحمر)</numerusform>
            <numerusform>%n صنفًا دون الحد الأدنى (بالأحمر)</numerusform>
            <numerusform>%n صنف دون الحد الأدنى (بالأحمر)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n lines show less than zero.&lt;/b&gt; More went out than was recorded coming in (or a sync brought both sides). Count those shelves to set them right. &lt;a href=&quot;show&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;في %n سطر كمية أقل من الصفر.&lt;/b&gt; خرج أكثر مما سُجّل دخوله (أو جلبت المزامنة الجانبين معًا). قم بجرد تلك الرفوف لتصحيحها. &lt;a href=&quot;show&quot;&gt;اعرضها&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;في سطر واحد كمية أقل من الصفر.&lt;/b&gt; خرج أكثر مما سُجّل دخوله (أو جلبت المزامنة الجانبين معًا). قم بجرد تلك الرفوف لتصحيحها. &lt;a href=&quot;show&quot;&gt;اعرضها&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;في سطرين كمية أقل من الصفر.&lt;/b&gt; خرج أكثر مما سُجّل دخوله (أو جلبت المزامنة الجانبين معًا). قم بجرد تلك الرفوف لتصحيحها. &lt;a href=&quot;show&quot;&gt;اعرضها&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;في %n أسطر كمية أقل من الصفر.&lt;/b&gt; خرج أكثر مما سُجّل دخوله (أو جلبت المزامنة الجانبين معًا). قم بجرد تلك الرفوف لتصحيحها. &lt;a href=&quot;show&quot;&gt;اعرضها&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;في %n سطرًا كمية أقل من الصفر.&lt;/b&gt; خرج أكثر مما سُجّل دخوله (أو جلبت المزامنة الجانبين معًا). قم بجرد تلك الرفوف لتصحيحها. &lt;a href=&quot;show&quot;&gt;اعرضها&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;في %n سطر كمية أقل من الصفر.&lt;/b&gt; خرج أكثر مما سُجّل دخوله (أو جلبت المزامنة الجانبين معًا). قم بجرد تلك الرفوف لتصحيحها. &lt;a href=&quot;show&quot;&gt;اعرضها&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>give out %1 × %2</source>
        <translation>توزيع %1 × %2</translation>
    </message>
    <message>
        <source>throw away %1 × %2</source>
        <translation>إتلاف %1 × %2</translation>
    </message>
    <message>
        <source>move %1 × %2</source>
        <translation>نقل %1 × %2</translation>
    </message>
    <message>
        <source>return %1 × %2</source>
        <translation>إرجاع %1 × %2</translation>
    </message>
    <message>
        <source>Done: %1. Ctrl+Z undoes it.</source>
        <translation>تم: %1. للتراجع اضغط Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>لا يوجد ما يمكن التراجع عنه في هذه الصفحة.</translation>
    </message>
    <message>
        <source>Undone: %1. Ctrl+Shift+Z does it again.</source>
        <translation>تم التراجع: %1. لإعادته اضغط Ctrl+Shift+Z.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>لا يوجد ما يمكن إعادته.</translation>
    </message>
    <message>
        <source>Done again: %1. Ctrl+Z undoes it.</source>
        <translation>تمت الإعادة: %1. للتراجع اضغط Ctrl+Z.</translation>
    </message>
    <message>
        <source>Items imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>تم استيراد الأصناف: أُضيف %1، وحُدّث %2، وبقي %3 دون تغيير.</translation>
    </message>
    <message>
        <source>One line for each item, with all of it on hand.</source>
        <translation>سطر واحد لكل صنف، مع كل الكمية المتوفرة منه.</translation>
    </message>
    <message>
        <source>Stock by item</source>
        <translation>المخزون حسب الصنف</translation>
    </message>
    <message>
        <source>Every item with what is on hand; Enter shows the item&apos;s history.</source>
        <translation>كل صنف مع الكمية المتوفرة منه؛ يعرض Enter سجل الصنف.</translation>
    </message>
    <message>
        <source>Stock by place and date</source>
        <translation>المخزون حسب المكان والتاريخ</translation>
    </message>
    <message>
        <source>Every lot on every shelf with its use-by date; Enter shows the item&apos;s history.</source>
        <translation>كل دفعة على كل رف مع تاريخ انتهاء صلاحيتها؛ يعرض Enter سجل الصنف.</translation>
    </message>
    <message>
        <source>Use first</source>
        <translation>استخدم أولًا</translation>
    </message>
    <message>
        <source>Lots to give out first, the soonest to expire at the top; Enter shows the item&apos;s history.</source>
        <translation>دفعات يجب توزيعها أولًا، الأقرب انتهاءً في الأعلى؛ يعرض Enter سجل الصنف.</translation>
    </message>
    <message>
        <source>Below par</source>
        <translation>دون الحد المطلوب</translation>
    </message>
    <message>
        <source>Items with less on hand than their par level, the emptiest first; Enter shows the item&apos;s history.</source>
        <translation>أصناف متوفرة بكمية أقل من حدها المطلوب، الأقل كمية أولًا؛ يعرض Enter سجل الصنف.</translation>
    </message>
</context>
<context>
    <name>larder::ui::ItemHistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>السجل: %1</translation>
    </message>
    <message>
        <source>On hand now: %1.</source>
        <translation>المتوفر الآن: %1.</translation>
    </message>
    <message>
        <source>Below zero: count the shelves to set it right.</source>
        <translation>أقل من الصفر: قم بجرد الرفوف لتصحيحه.</translation>
    </message>
    <message>
        <source>The newest %1 movements, newest first.</source>
        <translation>أحدث الحركات (%1)، الأحدث أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n movements, newest first. Nothing is ever edited: a correction is a new movement.</source>
        <translation>
            <numerusform>%n حركة، الأحدث أولًا. لا يُعدَّل أي شيء أبدًا: التصحيح يُسجَّل حركةً جديدة.</numerusform>
            <numerusform>حركة واحدة، الأحدث أولًا. لا يُعدَّل أي شيء أبدًا: التصحيح يُسجَّل حركةً جديدة.</numerusform>
            <numerusform>حركتان، الأحدث أولًا. لا يُعدَّل أي شيء أبدًا: التصحيح يُسجَّل حركةً جديدة.</numerusform>
            <numerusform>%n حركات، الأحدث أولًا. لا يُعدَّل أي شيء أبدًا: التصحيح يُسجَّل حركةً جديدة.</numerusform>
            <numerusform>%n حركةً، الأحدث أولًا. لا يُعدَّل أي شيء أبدًا: التصحيح يُسجَّل حركةً جديدة.</numerusform>
            <numerusform>%n حركة، الأحدث أولًا. لا يُعدَّل أي شيء أبدًا: التصحيح يُسجَّل حركةً جديدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The movements of this item&apos;s stock, newest first: when, what, how much, where, which lot, who, why and a note.</source>
        <translation>حركات مخزون هذا الصنف، الأحدث أولًا: متى، وماذا، وكم، وأين، وأي دفعة، ومن، ولماذا، وملاحظة.</translation>
    </message>
    <message>
        <source>Close this window.</source>
        <translation>إغلاق هذه النافذة.</translation>
    </message>
</context>
<context>
    <name>larder::ui::Labels</name>
    <message>
        <source>Food</source>
        <translation>طعام</translation>
    </message>
    <message>
        <source>Water and drinks</source>
        <translation>مياه ومشروبات</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>النظافة الشخصية</translation>
    </message>
    <message>
        <source>Baby</source>
        <translation>مستلزمات الرُّضّع</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>ملابس</translation>
    </message>
    <message>
        <source>School supplies</source>
        <translation>أدوات مدرسية</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>الرعاية الصحية</translation>
    </message>
    <message>
        <source>Household goods</source>
        <translation>أدوات منزلية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message numerus="yes">
        <source>In %n days (%1)</source>
        <translation>
            <numerusform>بعد %n يوم (%1)</numerusform>
            <numerusform>بعد يوم واحد (%1)</numerusform>
            <numerusform>بعد يومين (%1)</numerusform>
            <numerusform>بعد %n أيام (%1)</numerusform>
            <numerusform>بعد %n يومًا (%1)</numerusform>
            <numerusform>بعد %n يوم (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago (%1)</source>
        <translation>
            <numerusform>قبل %n يوم (%1)</numerusform>
            <numerusform>قبل يوم واحد (%1)</numerusform>
            <numerusform>قبل يومين (%1)</numerusform>
            <numerusform>قبل %n أيام (%1)</numerusform>
            <numerusform>قبل %n يومًا (%1)</numerusform>
            <numerusform>قبل %n يوم (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>توزيع</translation>
    </message>
    <message>
        <source>Thrown away</source>
        <translation>إتلاف</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>جرد</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>تبرّع</translation>
    </message>
    <message>
        <source>From a supplier</source>
        <translation>من مورّد</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>شراء</translation>
    </message>
    <message>
        <source>Food drive</source>
        <translation>حملة جمع طعام</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>فاسد</translation>
    </message>
    <message>
        <source>Past its date</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>مسحوب من السوق</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>جرد المخزون</translation>
    </message>
    <message>
        <source>Undone at intake</source>
        <translation>تم التراجع عنه عند الاستلام</translation>
    </message>
    <message>
        <source>Undone on the inventory page</source>
        <translation>تم التراجع عنه في صفحة المخزون</translation>
    </message>
    <message>
        <source>Undelivered, back on the shelf</source>
        <translation>لم يُسلَّم، وأُعيد إلى الرف</translation>
    </message>
    <message>
        <source>Given to a walk-in visitor</source>
        <translation>أُعطي لزائر حضر دون موعد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>reason: note</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>رف</translation>
    </message>
    <message>
        <source>Fridge</source>
        <translation>ثلاجة</translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation>مُجمِّد</translation>
    </message>
    <message>
        <source>Partner&apos;s hub</source>
        <translation>مركز جهة شريكة</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>متبرّع</translation>
    </message>
    <message>
        <source>Grocery</source>
        <translation>بقالة</translation>
    </message>
    <message>
        <source>Bakery</source>
        <translation>مخبز</translation>
    </message>
    <message>
        <source>Farm or garden</source>
        <translation>مزرعة أو حديقة</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>مطعم</translation>
    </message>
    <message>
        <source>Church or temple</source>
        <translation>كنيسة أو دار عبادة</translation>
    </message>
    <message>
        <source>Food bank</source>
        <translation>بنك طعام</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>كل أسبوعين</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <source>When they ask</source>
        <translation>عند الطلب</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>سائق</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>مُعبِّئ</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>منسِّق</translation>
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
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Undone: a correction was posted, so this line no longer counts. Redo (Ctrl+Shift+Z) records it again.</source>
        <translation>تم التراجع: سُجّل تصحيح، لذا لم يعد هذا السطر محتسبًا. الإعادة (Ctrl+Shift+Z) تسجّله من جديد.</translation>
    </message>
    <message>
        <source>Nobody was on shift</source>
        <translation>لم يكن أحد في المناوبة</translation>
    </message>
    <message>
        <source>Enter or double-click: the history of %1</source>
        <translation>Enter أو نقر مزدوج: سجل %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>larder::ui::LotsModel</name>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>%1 — below zero</source>
        <translation>%1 — أقل من الصفر</translation>
    </message>
    <message>
        <source>The books show less than zero here: more was given out, moved or thrown away than was recorded coming in (or a sync brought both sides). Count this shelf to set it right.</source>
        <translation>تُظهر السجلات هنا كمية أقل من الصفر: ما وُزّع أو نُقل أو أُتلف أكثر مما سُجّل دخوله (أو جلبت المزامنة الجانبين معًا). قم بجرد هذا الرف لتصحيحه.</translation>
    </message>
    <message>
        <source>Past its date. Check it: throw it away if it is spoiled (Ctrl+D).</source>
        <translation>منتهي الصلاحية. افحصه: أتلفه إن كان فاسدًا (Ctrl+D).</translation>
    </message>
    <message>
        <source>Enter or double-click: the history of %1</source>
        <translation>Enter أو نقر مزدوج: سجل %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
</context>
<context>
    <name>larder::ui::MainWindow</name>
    <message>
        <source>This is the demo pantry: made-up households and stock, for practice. Nothing you do here touches a real pantry&apos;s file.</source>
        <translation>هذا مخزن الطعام التجريبي: بيانات أسر ومخزون وهمية للتدريب. لا شيء مما تفعله هنا يمسّ ملف أي مخزن طعام حقيقي.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody is on shift.&lt;/b&gt; Type your name in “On shift” at the top right (Alt+S) and press Enter, so the changes you make are recorded under it.</source>
        <translation>&lt;b&gt;لا أحد في المناوبة.&lt;/b&gt; اكتب اسمك في خانة «في المناوبة» أعلى النافذة (Alt+S) ثم اضغط Enter، لتُسجَّل التغييرات التي تجريها باسمك.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Household details are locked.&lt;/b&gt; Names, addresses, phones and notes are hidden; stock, counts, packing and check-in by route and stop number work. A coordinator unlocks them with the pantry&apos;s passphrase: File ▸ Unlock details (Ctrl+Shift+U).</source>
        <translation>&lt;b&gt;بيانات الأسر مقفلة.&lt;/b&gt; الأسماء والعناوين والهواتف والملاحظات مخفية؛ أما المخزون والجرد والتعبئة وتسجيل الحضور برقم المسار والمحطة فتعمل. يفتح القفلَ منسّقٌ بعبارة مرور مخزن الطعام: ملف ◂ فتح قفل البيانات (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This pantry has no passphrase.&lt;/b&gt; Anyone who copies the file or a backup can read who lives where. Give it one: File ▸ Protect with a passphrase.</source>
        <translation>&lt;b&gt;ليس لمخزن الطعام هذا عبارة مرور.&lt;/b&gt; أي شخص ينسخ الملف أو نسخة احتياطية منه يستطيع أن يعرف من يسكن وأين. عيّن له عبارة مرور: ملف ◂ الحماية بعبارة مرور.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>%1 is on shift. Changes are recorded under this name.</source>
        <translation>%1 في المناوبة. تُسجَّل التغييرات بهذا الاسم.</translation>
    </message>
    <message>
        <source>Could not add this name</source>
        <translation>تعذّرت إضافة هذا الاسم</translation>
    </message>
    <message>
        <source>The household details were locked after a while without use.</source>
        <translation>قُفلت بيانات الأسر بعد فترة من عدم الاستخدام.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>الترويسة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New pantry file…</source>
        <translation>ملف مخزن طعام &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>فتح المخزن ال&amp;تجريبي</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Larder</source>
        <translation>&amp;حول Larder</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
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
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>Pantry: %1</source>
        <translation>مخزن الطعام: %1</translation>
    </message>
    <message>
        <source>&amp;Unlock details…</source>
        <translation>&amp;فتح قفل البيانات…</translation>
    </message>
    <message>
        <source>&amp;Lock details</source>
        <translation>&amp;قفل البيانات</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;الحماية بعبارة مرور…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n backup(s) taken before the passphrase still show names and addresses&lt;/b&gt; to anyone who copies them. &lt;a href=&quot;replace&quot;&gt;Replace them with a protected backup…&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n نسخة احتياطية أُنشئت قبل عبارة المرور لا تزال تُظهر الأسماء والعناوين&lt;/b&gt; لأي شخص ينسخها. &lt;a href=&quot;replace&quot;&gt;استبدلها بنسخة احتياطية محمية…&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;نسخة احتياطية واحدة أُنشئت قبل عبارة المرور لا تزال تُظهر الأسماء والعناوين&lt;/b&gt; لأي شخص ينسخها. &lt;a href=&quot;replace&quot;&gt;استبدلها بنسخة احتياطية محمية…&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;نسختان احتياطيتان أُنشئتا قبل عبارة المرور لا تزالان تُظهران الأسماء والعناوين&lt;/b&gt; لأي شخص ينسخهما. &lt;a href=&quot;replace&quot;&gt;استبدلهما بنسخة احتياطية محمية…&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n نسخ احتياطية أُنشئت قبل عبارة المرور لا تزال تُظهر الأسماء والعناوين&lt;/b&gt; لأي شخص ينسخها. &lt;a href=&quot;replace&quot;&gt;استبدلها بنسخة احتياطية محمية…&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n نسخةً احتياطية أُنشئت قبل عبارة المرور لا تزال تُظهر الأسماء والعناوين&lt;/b&gt; لأي شخص ينسخها. &lt;a href=&quot;replace&quot;&gt;استبدلها بنسخة احتياطية محمية…&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n نسخة احتياطية أُنشئت قبل عبارة المرور لا تزال تُظهر الأسماء والعناوين&lt;/b&gt; لأي شخص ينسخها. &lt;a href=&quot;replace&quot;&gt;استبدلها بنسخة احتياطية محمية…&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more second(s) before trying again.</source>
        <translation>
            <numerusform>انتظر %n ثانية قبل المحاولة مجددًا.</numerusform>
            <numerusform>انتظر ثانية واحدة أخرى قبل المحاولة مجددًا.</numerusform>
            <numerusform>انتظر ثانيتين أخريين قبل المحاولة مجددًا.</numerusform>
            <numerusform>انتظر %n ثوانٍ أخرى قبل المحاولة مجددًا.</numerusform>
            <numerusform>انتظر %n ثانيةً أخرى قبل المحاولة مجددًا.</numerusform>
            <numerusform>انتظر %n ثانية أخرى قبل المحاولة مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock household details</source>
        <translation>فتح قفل بيانات الأسر</translation>
    </message>
    <message>
        <source>The pantry&apos;s passphrase:</source>
        <translation>عبارة مرور مخزن الطعام:</translation>
    </message>
    <message>
        <source>Not unlocked</source>
        <translation>لم يُفتح القفل</translation>
    </message>
    <message>
        <source>This pantry is part of a network: type the network&apos;s passphrase. From now on it also seals every name, address, phone and note in this file.</source>
        <translation>مخزن الطعام هذا جزء من شبكة: اكتب عبارة مرور الشبكة. ومن الآن فصاعدًا ستحمي أيضًا كل اسم وعنوان وهاتف وملاحظة في هذا الملف.</translation>
    </message>
    <message>
        <source>The passphrase seals every name, address, phone and note in this file, its backups and its sync files. It is also the passphrase of the pantry&apos;s network: other pantries that share data with this one use the same.</source>
        <translation>تحمي عبارة المرور كل اسم وعنوان وهاتف وملاحظة في هذا الملف وفي نسخه الاحتياطية وملفات المزامنة الخاصة به. وهي أيضًا عبارة مرور شبكة مخزن الطعام: مخازن الطعام الأخرى التي تتشارك البيانات مع هذا المخزن تستخدم العبارة نفسها.</translation>
    </message>
    <message>
        <source>Sealing every name, address, phone and note with the passphrase… A pantry of thousands of households takes a minute or two; Larder is busy until then.</source>
        <translation>جارٍ حماية كل اسم وعنوان وهاتف وملاحظة بعبارة المرور… يستغرق ذلك دقيقة أو دقيقتين في مخزن طعام فيه آلاف الأسر، ويبقى Larder مشغولًا حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>الحماية بعبارة مرور</translation>
    </message>
    <message>
        <source>Backups taken before the passphrase</source>
        <translation>نسخ احتياطية أُنشئت قبل عبارة المرور</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of this pantry were taken before it had its passphrase: anyone who copies them can read every name, address and phone.</source>
        <translation>
            <numerusform>أُنشئت %n نسخة احتياطية من مخزن الطعام هذا قبل أن تكون له عبارة مرور: يستطيع أي شخص ينسخها قراءة كل اسم وعنوان وهاتف.</numerusform>
            <numerusform>أُنشئت نسخة احتياطية واحدة من مخزن الطعام هذا قبل أن تكون له عبارة مرور: يستطيع أي شخص ينسخها قراءة كل اسم وعنوان وهاتف.</numerusform>
            <numerusform>أُنشئت نسختان احتياطيتان من مخزن الطعام هذا قبل أن تكون له عبارة مرور: يستطيع أي شخص ينسخهما قراءة كل اسم وعنوان وهاتف.</numerusform>
            <numerusform>أُنشئت %n نسخ احتياطية من مخزن الطعام هذا قبل أن تكون له عبارة مرور: يستطيع أي شخص ينسخها قراءة كل اسم وعنوان وهاتف.</numerusform>
            <numerusform>أُنشئت %n نسخةً احتياطية من مخزن الطعام هذا قبل أن تكون له عبارة مرور: يستطيع أي شخص ينسخها قراءة كل اسم وعنوان وهاتف.</numerusform>
            <numerusform>أُنشئت %n نسخة احتياطية من مخزن الطعام هذا قبل أن تكون له عبارة مرور: يستطيع أي شخص ينسخها قراءة كل اسم وعنوان وهاتف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them and take one protected backup now? The files:
%1</source>
        <translation>هل تريد حذفها وإنشاء نسخة احتياطية محمية واحدة الآن؟ الملفات:
%1</translation>
    </message>
    <message>
        <source>&amp;Delete them and back up</source>
        <translation>&amp;احذفها وأنشئ نسخة احتياطية</translation>
    </message>
    <message>
        <source>&amp;Keep them for now</source>
        <translation>ا&amp;حتفظ بها حاليًا</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n unprotected backup(s); a protected backup was taken.</source>
        <translation>
            <numerusform>حُذفت %n نسخة احتياطية غير محمية؛ وأُنشئت نسخة احتياطية محمية.</numerusform>
            <numerusform>حُذفت نسخة احتياطية واحدة غير محمية؛ وأُنشئت نسخة احتياطية محمية.</numerusform>
            <numerusform>حُذفت نسختان احتياطيتان غير محميتين؛ وأُنشئت نسخة احتياطية محمية.</numerusform>
            <numerusform>حُذفت %n نسخ احتياطية غير محمية؛ وأُنشئت نسخة احتياطية محمية.</numerusform>
            <numerusform>حُذفت %n نسخةً احتياطية غير محمية؛ وأُنشئت نسخة احتياطية محمية.</numerusform>
            <numerusform>حُذفت %n نسخة احتياطية غير محمية؛ وأُنشئت نسخة احتياطية محمية.</numerusform>
        </translation>
    </message>
    <message>
        <source>On shift: &lt;b&gt;%1&lt;/b&gt;. What you change is recorded under this name; at the end of the shift, clear it at the top right (Alt+S).</source>
        <translation>في المناوبة: &lt;b&gt;%1&lt;/b&gt;. تُسجَّل تغييراتك بهذا الاسم؛ وفي نهاية المناوبة امسحه من أعلى النافذة (Alt+S).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Larder %1&lt;/h3&gt;&lt;p&gt;Stock, households and delivery routes for mutual-aid pantries. Larder works offline: a pantry&apos;s data stays in one file on this laptop.&lt;/p&gt;&lt;p&gt;Larder is free software, licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Larder %1&lt;/h3&gt;&lt;p&gt;المخزون والأسر ومسارات التوصيل لمخازن الطعام القائمة على التكافل. يعمل Larder دون اتصال بالإنترنت: تبقى بيانات مخزن الطعام في ملف واحد على هذا الحاسوب.&lt;/p&gt;&lt;p&gt;Larder برنامج حر، مرخّص بموجب رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق (GPL-3.0-or-later). ويأتي دون أي ضمان.&lt;/p&gt;&lt;p&gt;بُني باستخدام Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Larder</source>
        <translation>حول Larder</translation>
    </message>
    <message>
        <source>Choosing a page shows it; Ctrl+1 to Ctrl+%1 go straight to one.</source>
        <translation>اختيار صفحة يعرضها؛ ومن Ctrl+1 إلى Ctrl+%1 تنتقل مباشرة إلى إحداها.</translation>
    </message>
</context>
<context>
    <name>larder::ui::MembersPanel</name>
    <message>
        <source>Every laptop signs its changes with a key of its own; a file with a change its laptop did not sign is refused. To be sure a laptop is the one you think, compare its fingerprint here with the one on its own Sync page.</source>
        <translation>يوقّع كل حاسوب تغييراته بمفتاح خاص به، ويُرفض أي ملف فيه تغيير لم يوقّعه الحاسوب الذي أجراه. للتأكد من أن حاسوبًا ما هو الحاسوب الذي تظنه، قارن بصمته هنا بالبصمة الظاهرة في صفحة المزامنة على ذلك الحاسوب نفسه.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Changes held</source>
        <translation>التغييرات المحفوظة</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>معروف منذ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Re&amp;voke this laptop…</source>
        <translation>&amp;سحب الثقة من هذا الحاسوب…</translation>
    </message>
    <message>
        <source>For a lost, stolen or misused laptop: the other laptops refuse its new changes and its files.</source>
        <translation>للحاسوب المفقود أو المسروق أو الذي أُسيء استخدامه: سترفض الحواسيب الأخرى تغييراته الجديدة وملفاته.</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>بصمة هذا الحاسوب: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>made with its first sync file</source>
        <translation>تُنشأ مع أول ملف مزامنة له</translation>
    </message>
    <message>
        <source>Laptop id %1</source>
        <translation>معرّف الحاسوب %1</translation>
    </message>
    <message>
        <source>none yet (vouched for by %1)</source>
        <translation>لا توجد بعد (بضمانة %1)</translation>
    </message>
    <message>
        <source>A laptop from before signed changes: its history reached this laptop signed by &quot;%1&quot;. Its own key comes with its next file.</source>
        <translation>حاسوب من فترة ما قبل توقيع التغييرات: وصل سجله إلى هذا الحاسوب موقّعًا من «%1». وسيصل مفتاحه الخاص مع ملفه التالي.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1، من %2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Revoked by %1 on %2</source>
        <translation>سحب %1 الثقة منه في %2</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;</source>
        <translation>سحب الثقة من «%1»</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;?

Every laptop this one&apos;s sync files reach will refuse the changes it makes from now on, and its files. What it made before stays. This cannot be undone.

Revoking does not stop it reading new files: if it was lost or stolen, give the network a new key too (&quot;A laptop was lost…&quot;).</source>
        <translation>هل تريد سحب الثقة من «%1»؟

كل حاسوب تصل إليه ملفات المزامنة من هذا الحاسوب سيرفض التغييرات التي يجريها ذلك الحاسوب من الآن فصاعدًا، وسيرفض ملفاته أيضًا. أما ما أنشأه من قبل فيبقى. لا يمكن التراجع عن هذا.

سحب الثقة لا يمنعه من قراءة الملفات الجديدة: إذا فُقد أو سُرق، فامنح الشبكة مفتاحًا جديدًا أيضًا («فُقد حاسوب…»).</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>لم تُسحب الثقة</translation>
    </message>
    <message>
        <source>Laptops of the network</source>
        <translation>حواسيب الشبكة</translation>
    </message>
    <message>
        <source>The other laptops of the network with their fingerprints; choose one to revoke it.</source>
        <translation>حواسيب الشبكة الأخرى مع بصماتها؛ اختر أحدها لسحب الثقة منه.</translation>
    </message>
</context>
<context>
    <name>larder::ui::MovementsModel</name>
    <message>
        <source>Reversed later</source>
        <translation>أُلغي لاحقًا</translation>
    </message>
    <message>
        <source>Corrects an earlier movement</source>
        <translation>يصحّح حركة سابقة</translation>
    </message>
    <message>
        <source>Cancels: %1 %2 (%3)</source>
        <translation>يُلغي: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Nobody was on shift</source>
        <translation>لم يكن أحد في المناوبة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Lot (use by)</source>
        <translation>الدفعة (صالحة حتى)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>larder::ui::NewItemDialog</name>
    <message>
        <source>Each (a can, a pack, a loaf)</source>
        <translation>بالقطعة (علبة، عبوة، رغيف)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>رطل (lb)</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>كيلوغرام (kg)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>كراتين</translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>حلال</translation>
    </message>
    <message>
        <source>Kosher</source>
        <translation>كوشر</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>نباتي</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>نباتي صِرف</translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation>خالٍ من الغلوتين</translation>
    </message>
    <message>
        <source>Nut-free</source>
        <translation>خالٍ من المكسرات</translation>
    </message>
    <message>
        <source>Diabetic-friendly</source>
        <translation>مناسب لمرضى السكري</translation>
    </message>
    <message>
        <source>Low sodium</source>
        <translation>قليل الصوديوم</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>صنف جديد</translation>
    </message>
    <message>
        <source>Add an item to the catalog. Only the name is needed; press Enter to add it.</source>
        <translation>أضف صنفًا إلى قائمة الأصناف. لا يلزم سوى الاسم؛ اضغط Enter لإضافته.</translation>
    </message>
    <message>
        <source>The barcode %1 is not in the catalog yet. Say what it is, then press Enter to add it.</source>
        <translation>الرمز الشريطي %1 غير موجود في قائمة الأصناف بعد. اكتب ما هو، ثم اضغط Enter لإضافته.</translation>
    </message>
    <message>
        <source>What it is, with the size: &quot;Diapers size 4&quot;</source>
        <translation>ما هو، مع الحجم: «حفاضات مقاس 4»</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;الفئة:</translation>
    </message>
    <message>
        <source>Scan or type it; may stay empty</source>
        <translation>امسحه ضوئيًا أو اكتبه؛ يمكن تركه فارغًا</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>ال&amp;رمز الشريطي:</translation>
    </message>
    <message>
        <source>C&amp;ase of:</source>
        <translation>&amp;كرتونة فيها:</translation>
    </message>
    <message>
        <source>not sold by the case</source>
        <translation>لا يأتي بالكرتونة</translation>
    </message>
    <message>
        <source>How many units one case holds, so that &quot;3 cases&quot; can be typed at intake.</source>
        <translation>عدد الوحدات في الكرتونة الواحدة، ليمكن كتابة «3 كراتين» عند الاستلام.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <source>&amp;Perishable</source>
        <translation>&amp;سريع التلف</translation>
    </message>
    <message>
        <source>keeps about</source>
        <translation>يبقى صالحًا نحو</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>ask at intake</source>
        <translation>اسأل عند الاستلام</translation>
    </message>
    <message>
        <source>Proposed as the use-by date at intake; the date on the package wins.</source>
        <translation>يُقترح تاريخًا لانتهاء الصلاحية عند الاستلام؛ والتاريخ المكتوب على العبوة هو المعتمد.</translation>
    </message>
    <message>
        <source>Fresh food:</source>
        <translation>طعام طازج:</translation>
    </message>
    <message>
        <source>Dietary:</source>
        <translation>الحمية الغذائية:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The amount the pantry aims to keep; below it the item is listed under &quot;Below par&quot;.</source>
        <translation>الكمية التي يسعى مخزن الطعام إلى الاحتفاظ بها؛ وإذا قلّ الصنف عنها يظهر تحت «دون الحد الأدنى».</translation>
    </message>
    <message>
        <source>Pa&amp;r level:</source>
        <translation>ال&amp;حد الأدنى:</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>إضافة الصنف</translation>
    </message>
    <message>
        <source>What the item is, with its size; the only field that is needed.</source>
        <translation>ما هو الصنف، مع حجمه؛ وهو الحقل الوحيد المطلوب.</translation>
    </message>
    <message>
        <source>The group the item is filed under in the catalog.</source>
        <translation>المجموعة التي يُصنَّف تحتها الصنف في الفهرس.</translation>
    </message>
    <message>
        <source>Scanning this barcode at intake then finds the item.</source>
        <translation>مسح هذا الرمز الشريطي عند الاستلام يعثر بعد ذلك على الصنف.</translation>
    </message>
    <message>
        <source>How the item is counted in stock.</source>
        <translation>طريقة عدّ الصنف في المخزون.</translation>
    </message>
    <message>
        <source>Tick for fresh food that spoils, to say how long it keeps.</source>
        <translation>حدّد هذا الخيار للطعام الطازج الذي يفسد، لتذكر مدة صلاحيته.</translation>
    </message>
    <message>
        <source>Days it keeps</source>
        <translation>أيام الصلاحية</translation>
    </message>
    <message>
        <source>Tick when this item suits a diet marked &quot;%1&quot;.</source>
        <translation>حدّد هذا الخيار إذا كان هذا الصنف يناسب نظامًا غذائيًا موسومًا بـ&quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Add the item to the catalog (Enter does the same).</source>
        <translation>إضافة الصنف إلى الفهرس (الضغط على Enter يؤدي الأمر نفسه).</translation>
    </message>
    <message>
        <source>Close this window without adding the item.</source>
        <translation>إغلاق هذه النافذة دون إضافة الصنف.</translation>
    </message>
</context>
<context>
    <name>larder::ui::PackingDialog</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 وواحد آخر</numerusform>
            <numerusform>%1 واثنان آخران</numerusform>
            <numerusform>%1 و%n آخرون</numerusform>
            <numerusform>%1 و%n آخرون</numerusform>
            <numerusform>%1 و%n آخرون</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>التعبئة</translation>
    </message>
    <message>
        <source>Set stock aside for every household&apos;s package, check what is short before anyone packs, then pack from the pick list. Stock set aside stays on the shelf until the outcomes are recorded: delivered boxes leave stock then, the others return to it.</source>
        <translation>احجز من المخزون ما يلزم لطرد كل أسرة، وتحقّق مما ينقص قبل أن يبدأ أحد التعبئة، ثم عبّئ وفق قائمة التجهيز. يبقى المخزون المحجوز على الرف حتى تُسجَّل النتائج: عندها تخرج الصناديق المُسلَّمة من المخزون، ويعود الباقي إليه.</translation>
    </message>
    <message>
        <source>Set aside stock</source>
        <translation>حجز المخزون</translation>
    </message>
    <message>
        <source>Sets aside, first expiry first, what every package needs. Run it again after changing templates or stock.</source>
        <translation>يحجز ما يحتاجه كل طرد، بدءًا بالأقرب انتهاءً للصلاحية. أعد تشغيله بعد تغيير القوالب أو المخزون.</translation>
    </message>
    <message>
        <source>Box templates…</source>
        <translation>قوالب الصناديق…</translation>
    </message>
    <message>
        <source>What goes in a package for each household size.</source>
        <translation>ما يوضع في الطرد حسب حجم الأسرة.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>النقص</translation>
    </message>
    <message>
        <source>Households going without</source>
        <translation>الأسر التي لن تحصل عليه</translation>
    </message>
    <message>
        <source>Give instead:</source>
        <translation>أعطِ بدلًا منه:</translation>
    </message>
    <message>
        <source>Use for these households</source>
        <translation>استخدمه لهذه الأسر</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>النواقص</translation>
    </message>
    <message>
        <source>Where / item</source>
        <translation>المكان / الصنف</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>خذ</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>قائمة التجهيز</translation>
    </message>
    <message>
        <source>Stop / item</source>
        <translation>المحطة / الصنف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Packages by stop</source>
        <translation>الطرود حسب المحطة</translation>
    </message>
    <message>
        <source>There are no box templates in use yet, so nothing says what a package holds. Press &quot;Box templates…&quot; and add one for each household size.</source>
        <translation>لا توجد بعد قوالب صناديق مستخدمة، لذا لا شيء يحدد محتوى الطرد. اضغط «قوالب الصناديق…» وأضف قالبًا لكل حجم أسرة.</translation>
    </message>
    <message>
        <source>No stock was set aside: %1</source>
        <translation>لم يُحجز أي مخزون: %1</translation>
    </message>
    <message>
        <source>Stock is set aside for every package. Pack from the pick list.</source>
        <translation>حُجز المخزون لكل طرد. عبّئ وفق قائمة التجهيز.</translation>
    </message>
    <message>
        <source>Stock is set aside, but not everything is there (short: %1). See what could stand in before packing.</source>
        <translation>حُجز المخزون، لكن ليس كل شيء متوفرًا (النقص: %1). انظر ما يمكن أن يحل محله قبل التعبئة.</translation>
    </message>
    <message>
        <source>Choose a short item in the list, then what to give instead.</source>
        <translation>اختر صنفًا ناقصًا من القائمة، ثم ما تعطيه بدلًا منه.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>لم يتغير شيء: %1</translation>
    </message>
    <message>
        <source>%1 now goes instead of %2 to the households that were short of it.</source>
        <translation>سيُعطى %1 الآن بدلًا من %2 للأسر التي كان ينقصها.</translation>
    </message>
    <message>
        <source>This run is no longer in the file (deleted, perhaps on another laptop). Close this window and choose the run again.</source>
        <translation>لم تعد جولة التوزيع هذه موجودة في الملف (ربما حُذفت على حاسوب آخر). أغلق هذه النافذة واختر الجولة مجددًا.</translation>
    </message>
    <message>
        <source>Packing for %1</source>
        <translation>التعبئة: %1</translation>
    </message>
    <message>
        <source>Packing for %1 (%2)</source>
        <translation>التعبئة ليوم %1 (%2)</translation>
    </message>
    <message>
        <source>This run is closed: its outcomes are recorded.</source>
        <translation>جولة التوزيع هذه مغلقة: نتائجها مسجّلة.</translation>
    </message>
    <message>
        <source>Nothing set aside yet: press &quot;Set aside stock&quot;.</source>
        <translation>لم يُحجز شيء بعد: اضغط «حجز المخزون».</translation>
    </message>
    <message>
        <source>Stock is set aside for this run.</source>
        <translation>المخزون محجوز لجولة التوزيع هذه.</translation>
    </message>
    <message>
        <source>Shortages show here once stock is set aside.</source>
        <translation>تظهر النواقص هنا بعد حجز المخزون.</translation>
    </message>
    <message>
        <source>Nothing is short: every package has all its items.</source>
        <translation>لا نقص في شيء: كل طرد فيه جميع أصنافه.</translation>
    </message>
    <message>
        <source>Short (%1)</source>
        <translation>النواقص (%1)</translation>
    </message>
    <message>
        <source>Instead of %1, give:</source>
        <translation>بدلًا من %1، أعطِ:</translation>
    </message>
    <message>
        <source>%1 (%2 to spare)</source>
        <translation>%1 (فائض %2)</translation>
    </message>
    <message>
        <source>nothing of the same kind suits them</source>
        <translation>لا شيء من النوع نفسه يناسبهم</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>بلا مكان</translation>
    </message>
    <message>
        <source>boxes: %1</source>
        <translation>الصناديق: %1</translation>
    </message>
    <message>
        <source>Route %1, stop %2 — %3</source>
        <translation>المسار %1، المحطة %2 — %3</translation>
    </message>
    <message>
        <source>Not on a route — %1</source>
        <translation>ليس على أي مسار — %1</translation>
    </message>
    <message>
        <source>nothing set aside: see the Short tab</source>
        <translation>لم يُحجز شيء: انظر تبويب «النواقص»</translation>
    </message>
    <message>
        <source>%1 (instead of %2)</source>
        <translation>%1 (بدلًا من %2)</translation>
    </message>
    <message>
        <source>%1, use by %2</source>
        <translation>%1، صالح حتى %2</translation>
    </message>
    <message>
        <source>The items there is not enough of for every package, and the households going without; choose one to give something else instead.</source>
        <translation>الأصناف التي لا تكفي لكل الطرود، والأسر التي ستبقى بدونها؛ اختر صنفًا لتقديم شيء آخر بدلًا منه.</translation>
    </message>
    <message>
        <source>An item on hand to give instead of the short item chosen in the list.</source>
        <translation>صنف متوفر يُقدَّم بدلًا من الصنف الناقص المختار في القائمة.</translation>
    </message>
    <message>
        <source>Give the item chosen beside it instead, to the households short of the item chosen in the list.</source>
        <translation>تقديم الصنف المختار بجانبه بدلًا منه، للأسر التي ينقصها الصنف المختار في القائمة.</translation>
    </message>
    <message>
        <source>What to take from each place to pack every package, with its use-by date.</source>
        <translation>ما يجب أخذه من كل مكان لتعبئة كل الطرود، مع تاريخ انتهاء صلاحيته.</translation>
    </message>
    <message>
        <source>What goes in each stop&apos;s package, and where each item is taken from.</source>
        <translation>ما يوضع في طرد كل محطة، ومن أين يؤخذ كل صنف.</translation>
    </message>
    <message>
        <source>Close this window; the stock set aside stays set aside.</source>
        <translation>إغلاق هذه النافذة؛ يبقى المخزون المحجوز محجوزًا.</translation>
    </message>
</context>
<context>
    <name>larder::ui::Page</name>
    <message>
        <source>&lt;b&gt;Names and addresses are locked on this laptop.&lt;/b&gt; %1 A coordinator unlocks them with the pantry&apos;s passphrase: File ▸ Unlock details (Ctrl+Shift+U).</source>
        <translation>&lt;b&gt;الأسماء والعناوين مقفلة على هذا الحاسوب.&lt;/b&gt; %1 يفتح القفلَ منسّقٌ بعبارة مرور مخزن الطعام: ملف ◂ فتح قفل البيانات (Ctrl+Shift+U).</translation>
    </message>
</context>
<context>
    <name>larder::ui::PassphraseDialog</name>
    <message>
        <source>Choose the pantry&apos;s passphrase</source>
        <translation>اختر عبارة مرور لمخزن الطعام</translation>
    </message>
    <message>
        <source>The network&apos;s passphrase</source>
        <translation>عبارة مرور الشبكة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;إظهار ما أكتبه</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write it down&lt;/b&gt; and keep the paper apart from the laptop (not in its bag). Without the passphrase nobody, not even Larder&apos;s makers, can read the household details again.</source>
        <translation>&lt;b&gt;اكتبها على ورقة&lt;/b&gt; واحفظ الورقة بعيدًا عن الحاسوب (لا في حقيبته). فبدون عبارة المرور لا يستطيع أحد، ولا حتى صانعو Larder، قراءة بيانات الأسر مرة أخرى.</translation>
    </message>
    <message>
        <source>S&amp;uggest one</source>
        <translation>ا&amp;قترح عبارة</translation>
    </message>
    <message>
        <source>Six words chosen at random from Larder&apos;s list: about %1 bits, stronger than most passwords and easier to type.</source>
        <translation>ست كلمات مختارة عشوائيًا من قائمة Larder: نحو %1 بت، أقوى من معظم كلمات السر وأسهل في الكتابة.</translation>
    </message>
    <message>
        <source>Type it again below, to be sure of it.</source>
        <translation>اكتبها مرة أخرى في الأسفل للتأكد منها.</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation>العبارتان غير متطابقتين بعد.</translation>
    </message>
    <message>
        <source>At least %1 characters: a few words that mean something to you and nothing to anyone else.</source>
        <translation>يجب ألا يقل طولها عن %1 حرفًا: بضع كلمات لها معنى عندك ولا معنى لها عند غيرك.</translation>
    </message>
    <message>
        <source>The new passphrase: a few words that mean something to you and nothing to anyone else.</source>
        <translation>عبارة المرور الجديدة: بضع كلمات تعني لك شيئًا ولا تعني لغيرك شيئًا.</translation>
    </message>
    <message>
        <source>Type the passphrase the text above asks for.</source>
        <translation>اكتب عبارة المرور التي يطلبها النص أعلاه.</translation>
    </message>
    <message>
        <source>The same passphrase once more, to be sure it was typed as meant.</source>
        <translation>عبارة المرور نفسها مرة أخرى، للتأكد من كتابتها كما أردت.</translation>
    </message>
    <message>
        <source>Show the passphrase as it is typed, instead of hiding it.</source>
        <translation>إظهار عبارة المرور أثناء كتابتها بدلًا من إخفائها.</translation>
    </message>
    <message>
        <source>Use this passphrase; possible once it is strong enough and typed the same twice.</source>
        <translation>استخدام عبارة المرور هذه؛ يصبح ممكنًا متى كانت قوية بما يكفي وكُتبت مرتين متطابقتين.</translation>
    </message>
    <message>
        <source>Use this passphrase.</source>
        <translation>استخدام عبارة المرور هذه.</translation>
    </message>
    <message>
        <source>Close this window without using a passphrase.</source>
        <translation>إغلاق هذه النافذة دون استخدام عبارة مرور.</translation>
    </message>
</context>
<context>
    <name>larder::ui::PeoplePanel</name>
    <message>
        <source>Search volunteers by name, role or language…</source>
        <translation>ابحث عن المتطوعين بالاسم أو الدور أو اللغة…</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>متطوع جديد</translation>
    </message>
    <message>
        <source>What the team calls them</source>
        <translation>الاسم الذي يناديه به الفريق</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>No vehicle</source>
        <translation>بلا مركبة</translation>
    </message>
    <message>
        <source> boxes</source>
        <translation> صندوق</translation>
    </message>
    <message>
        <source>Vehicle holds</source>
        <translation>سعة المركبة</translation>
    </message>
    <message>
        <source>Spanish, English</source>
        <translation>العربية، الإنجليزية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Where a driver usually starts</source>
        <translation>المكان الذي ينطلق منه السائق عادةً</translation>
    </message>
    <message>
        <source>Start point</source>
        <translation>نقطة الانطلاق</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>الأيام المعتادة</translation>
    </message>
    <message>
        <source>Type to find their household, if they receive too</source>
        <translation>اكتب للبحث عن أسرته، إن كان يتلقى المساعدة أيضًا</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>فك الربط</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Active volunteer</source>
        <translation>متطوع نشط</translation>
    </message>
    <message>
        <source>Add volunteer</source>
        <translation>إضافة متطوع</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Removes this person from the file. Ctrl+Z brings them back.</source>
        <translation>يزيل هذا الشخص من الملف. Ctrl+Z يعيده.</translation>
    </message>
    <message>
        <source>Type a name, then press Enter to add them.</source>
        <translation>اكتب اسمًا، ثم اضغط Enter لإضافته.</translation>
    </message>
    <message>
        <source>Every change is saved when you leave a field.</source>
        <translation>يُحفظ كل تغيير عند مغادرة الحقل.</translation>
    </message>
    <message>
        <source>Added. Ctrl+Z takes it back.</source>
        <translation>تمت الإضافة. Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>تمت الإضافة.</translation>
    </message>
    <message>
        <source>Saved at %1. Ctrl+Z undoes.</source>
        <translation>حُفظ الساعة %1. Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>حُفظ الساعة %1.</translation>
    </message>
    <message>
        <source>This person is no longer on file; they may have been removed on another laptop.</source>
        <translation>لم يعد هذا الشخص مسجّلًا في الملف؛ ربما أُزيل على حاسوب آخر.</translation>
    </message>
    <message>
        <source>No longer linked to a household.</source>
        <translation>لم يعد مرتبطًا بأسرة.</translation>
    </message>
    <message>
        <source>Linked: they also receive deliveries.</source>
        <translation>مرتبط: يتلقى التوصيلات أيضًا.</translation>
    </message>
    <message>
        <source>%1 removed. Ctrl+Z brings them back.</source>
        <translation>أُزيل %1. Ctrl+Z يعيده.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>أُزيل %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delivers boxes: drivers can be added to a distribution day.</source>
        <translation>يوصل الصناديق: يمكن إضافة السائقين إلى يوم توزيع.</translation>
    </message>
    <message>
        <source>Packs the boxes for distribution days.</source>
        <translation>يعبّئ الصناديق لأيام التوزيع.</translation>
    </message>
    <message>
        <source>Receives and records the stock that comes in.</source>
        <translation>يستلم المخزون الوارد ويسجّله.</translation>
    </message>
    <message>
        <source>Coordinates the pantry&apos;s volunteers and distribution days.</source>
        <translation>ينسّق متطوعي مخزن الطعام وأيام التوزيع.</translation>
    </message>
    <message>
        <source>One of the jobs this person does at the pantry.</source>
        <translation>إحدى المهام التي يقوم بها هذا الشخص في مخزن الطعام.</translation>
    </message>
    <message>
        <source>Search volunteers</source>
        <translation>البحث في المتطوعين</translation>
    </message>
    <message>
        <source>Empty the form beside the list, to add a volunteer or driver.</source>
        <translation>تفريغ النموذج المجاور للقائمة، لإضافة متطوع أو سائق.</translation>
    </message>
    <message>
        <source>Volunteers and drivers</source>
        <translation>المتطوعون والسائقون</translation>
    </message>
    <message>
        <source>Everyone who helps the pantry; choosing one shows their details in the form beside the list.</source>
        <translation>كل من يساعد في مخزن الطعام؛ اختيار أحدهم يعرض بياناته في النموذج المجاور للقائمة.</translation>
    </message>
    <message>
        <source>How many boxes their vehicle carries; 0 means no vehicle.</source>
        <translation>عدد الصناديق التي تحملها مركبته؛ 0 يعني بلا مركبة.</translation>
    </message>
    <message>
        <source>Ticked when this person usually helps on %1.</source>
        <translation>يُحدَّد إذا كان هذا الشخص يساعد عادةً يوم %1.</translation>
    </message>
    <message>
        <source>Take away the link to their household; the household stays on file.</source>
        <translation>إزالة الربط بأسرته؛ وتبقى الأسرة مسجَّلة.</translation>
    </message>
    <message>
        <source>Untick when they stop helping: they stay on file but leave the on-shift and driver lists.</source>
        <translation>أزل التحديد عندما يتوقف عن المساعدة: يبقى مسجَّلًا لكنه يخرج من قائمتي المناوبة والسائقين.</translation>
    </message>
    <message>
        <source>Add this person to the file (Enter in a field does the same).</source>
        <translation>إضافة هذا الشخص إلى الملف (الضغط على Enter في أي حقل يؤدي الأمر نفسه).</translation>
    </message>
</context>
<context>
    <name>larder::ui::PeopleTableModel</name>
    <message>
        <source>%1 (not active)</source>
        <translation>%1 (غير نشط)</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>لا صناديق</numerusform>
            <numerusform>صندوق واحد</numerusform>
            <numerusform>صندوقان</numerusform>
            <numerusform>%n صناديق</numerusform>
            <numerusform>%n صندوقًا</numerusform>
            <numerusform>%n صندوق</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>المركبة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>الأيام المعتادة</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
</context>
<context>
    <name>larder::ui::PersonEditUndoCommand</name>
    <message>
        <source>change to %1</source>
        <translation>تعديل %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::PersonPresenceUndoCommand</name>
    <message>
        <source>adding %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>larder::ui::ReportFiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>larder::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>What came in, went out, was thrown away and delivered, from the ledger and the recorded outcomes: for the pantry&apos;s own records, its network and its suppliers.</source>
        <translation>ما دخل وما خرج وما أُتلف وما سُلِّم، من السجل والنتائج المسجّلة: لسجلات مخزن الطعام نفسه، ولشبكته، ولمورّديه.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>الأسبوع الماضي</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>هذا الربع</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>السنة الماضية</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصّصة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>P&amp;antry:</source>
        <translation>&amp;مخزن الطعام:</translation>
    </message>
    <message>
        <source>Pantry</source>
        <translation>مخزن الطعام</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>Every figure as a spreadsheet, without personal data; counts of fewer than %1 households are shown as &quot;&lt;%1&quot;.</source>
        <translation>كل الأرقام في جدول بيانات، دون بيانات شخصية؛ وأعداد الأسر الأقل من %1 تظهر بالشكل «&lt;%1».</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>تصدير P&amp;DF…</translation>
    </message>
    <message>
        <source>The key figures and four charts on one page, to hand to the network or a supplier; no personal data.</source>
        <translation>الأرقام الرئيسية وأربعة رسوم بيانية في صفحة واحدة، لتقديمها إلى الشبكة أو إلى مورّد؛ دون بيانات شخصية.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Figures of the period</source>
        <translation>أرقام الفترة</translation>
    </message>
    <message>
        <source>What this counts</source>
        <translation>ما يحسبه هذا الرقم</translation>
    </message>
    <message>
        <source>&amp;Show the rows behind it</source>
        <translation>&amp;إظهار الصفوف التي يستند إليها</translation>
    </message>
    <message>
        <source>Or press Enter, or double-click a figure.</source>
        <translation>أو اضغط Enter، أو انقر نقرًا مزدوجًا على رقم.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Stock by week</source>
        <translation>المخزون حسب الأسبوع</translation>
    </message>
    <message>
        <source>Households served by week</source>
        <translation>الأسر المخدومة حسب الأسبوع</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>الأسبوع بدءًا من</translation>
    </message>
    <message>
        <source>Given out</source>
        <translation>الموزَّع</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المُستلَم</translation>
    </message>
    <message>
        <source>Thrown away</source>
        <translation>المُتلَف</translation>
    </message>
    <message>
        <source>Households served</source>
        <translation>الأسر المخدومة</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>التوصيلات</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>أسبوعًا بأسبوع</translation>
    </message>
    <message>
        <source>Deliveries by outcome</source>
        <translation>التوصيلات حسب النتيجة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>المحطات</translation>
    </message>
    <message>
        <source>Given out by category</source>
        <translation>الموزَّع حسب الفئة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>الحركات</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>What the stock counts found against the ledger, and stock given out with no delivery behind it. Per shelf and item, never per person.</source>
        <translation>ما وجده جرد المخزون مقارنةً بالسجل، والمخزون الذي وُزّع دون توصيل يقابله. حسب الرف والصنف، لا حسب الأشخاص أبدًا.</translation>
    </message>
    <message>
        <source>What the counts found, by week</source>
        <translation>ما وجده الجرد، حسب الأسبوع</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>الناقص</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>الزائد</translation>
    </message>
    <message>
        <source>Given out with no delivery behind it</source>
        <translation>موزَّع دون توصيل يقابله</translation>
    </message>
    <message>
        <source>Supply checks</source>
        <translation>مراجعات المخزون</translation>
    </message>
    <message>
        <source>The same period for every pantry whose records reached this laptop by sync, and for the network as a whole. A pantry&apos;s figures are its own ledger rows, distribution days and shelves.</source>
        <translation>الفترة نفسها لكل مخزن طعام وصلت سجلاته إلى هذا الحاسوب عبر المزامنة، وللشبكة ككل. أرقام كل مخزن طعام هي صفوف سجله وأيام التوزيع الخاصة به ورفوفه.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>All pantries in this file</source>
        <translation>كل مخازن الطعام في هذا الملف</translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation>%1 (هذا الحاسوب)</translation>
    </message>
    <message>
        <source>%1 · every figure from the ledger and the recorded outcomes; choose a figure to see what it counts.</source>
        <translation>%1 · كل رقم مأخوذ من السجل والنتائج المسجّلة؛ اختر رقمًا لترى ما يحسبه.</translation>
    </message>
    <message>
        <source>Choose a figure to see what it counts.</source>
        <translation>اختر رقمًا لترى ما يحسبه.</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>لا نتيجة بعد</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>الشبكة كلها</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>الأشخاص المستفيدون</translation>
    </message>
    <message>
        <source>Deliveries completed</source>
        <translation>التوصيلات المكتملة</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>المتوفر الآن</translation>
    </message>
    <message>
        <source>Counts found missing (units)</source>
        <translation>النقص في الجرد (وحدات)</translation>
    </message>
    <message>
        <source>Could not write the CSV file (%1).</source>
        <translation>تعذّرت كتابة ملف CSV (%1).</translation>
    </message>
    <message>
        <source>Choose a folder you can save in.</source>
        <translation>اختر مجلدًا يمكنك الحفظ فيه.</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>تصدير التقرير بصيغة CSV</translation>
    </message>
    <message>
        <source>report-%1-%2.csv</source>
        <translation>report-%1-%2.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Exported to %1. It holds no personal data; counts of fewer than %2 households are shown as &quot;&lt;%2&quot;.</source>
        <translation>صُدِّر إلى %1. لا يحتوي على بيانات شخصية؛ وأعداد الأسر الأقل من %2 تظهر بالشكل «&lt;%2».</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>تصدير التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>report-%1-%2.pdf</source>
        <translation>report-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to %1. It holds no personal data.</source>
        <translation>صُدِّر إلى %1. لا يحتوي على بيانات شخصية.</translation>
    </message>
    <message>
        <source>The period every report covers; choosing one fills in its first and last day.</source>
        <translation>الفترة التي تغطيها كل التقارير؛ اختيار فترة يملأ يومها الأول والأخير.</translation>
    </message>
    <message>
        <source>The first day of the period; changing it makes the period custom.</source>
        <translation>اليوم الأول من الفترة؛ تغييره يجعل الفترة مخصّصة.</translation>
    </message>
    <message>
        <source>The last day of the period; changing it makes the period custom.</source>
        <translation>اليوم الأخير من الفترة؛ تغييره يجعل الفترة مخصّصة.</translation>
    </message>
    <message>
        <source>The pantry whose figures are shown, or all the pantries in this file.</source>
        <translation>مخزن الطعام الذي تُعرض أرقامه، أو كل مخازن الطعام في هذا الملف.</translation>
    </message>
    <message>
        <source>Every figure of the period; Enter or a double-click shows the rows behind one.</source>
        <translation>كل أرقام الفترة؛ يعرض Enter أو النقر المزدوج الصفوف التي يستند إليها الرقم.</translation>
    </message>
    <message>
        <source>List the stops or stock movements that the chosen figure counts.</source>
        <translation>عرض المحطات أو حركات المخزون التي يحسبها الرقم المختار.</translation>
    </message>
    <message>
        <source>For each week of the period: what was given out, received and thrown away, the households served and the deliveries.</source>
        <translation>لكل أسبوع من الفترة: ما وُزِّع وما استُلم وما أُتلف، والأسر المخدومة وعمليات التوصيل.</translation>
    </message>
    <message>
        <source>How many stops of the period ended with each outcome: the chart&apos;s numbers.</source>
        <translation>عدد محطات الفترة التي انتهت بكل نتيجة: أرقام الرسم البياني.</translation>
    </message>
    <message>
        <source>The weight, units and movements given out in each category during the period.</source>
        <translation>الوزن والوحدات والحركات الموزَّعة في كل فئة خلال الفترة.</translation>
    </message>
    <message>
        <source>What the counts found</source>
        <translation>ما وجدته عمليات الجرد</translation>
    </message>
    <message>
        <source>For each item and shelf, how much the stock counts found missing or extra against the ledger.</source>
        <translation>لكل صنف ورف، مقدار ما وجدته عمليات الجرد ناقصًا أو زائدًا مقارنةً بدفتر الحركات.</translation>
    </message>
    <message>
        <source>Each item given out in the period with no delivery to account for it.</source>
        <translation>كل صنف وُزِّع خلال الفترة دون توصيل مقابل له.</translation>
    </message>
    <message>
        <source>Pantries of the network</source>
        <translation>مخازن الطعام في الشبكة</translation>
    </message>
    <message>
        <source>The period&apos;s figures for each pantry whose records reached this laptop, and for the whole network.</source>
        <translation>أرقام الفترة لكل مخزن طعام وصلت سجلاته إلى هذا الحاسوب، وللشبكة كلها.</translation>
    </message>
</context>
<context>
    <name>larder::ui::RouteMapWidget</name>
    <message>
        <source>Choose a route with stops to see its map.</source>
        <translation>اختر مسارًا فيه محطات لترى خريطته.</translation>
    </message>
    <message>
        <source>The route map is not part of this build.</source>
        <translation>خريطة المسارات غير مضمّنة في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>larder::ui::RoutesTab</name>
    <message>
        <source>Plan routes</source>
        <translation>تخطيط المسارات</translation>
    </message>
    <message>
        <source>Share the stops out between the drivers within their limits, keeping locked routes as they are (Ctrl+R).</source>
        <translation>وزّع المحطات على السائقين ضمن حدودهم، مع إبقاء المسارات المقفلة كما هي (Ctrl+R).</translation>
    </message>
    <message>
        <source>Move to route…</source>
        <translation>نقل إلى مسار…</translation>
    </message>
    <message>
        <source>Give the selected stop to another driver (Ctrl+M). Alt+Up and Alt+Down change its place on the route.</source>
        <translation>أعطِ المحطة المحددة لسائق آخر (Ctrl+M). ويغيّر Alt+Up وAlt+Down موضعها في المسار.</translation>
    </message>
    <message>
        <source>Lock route</source>
        <translation>قفل المسار</translation>
    </message>
    <message>
        <source>A locked route stays as it is when you re-plan the rest (Ctrl+L).</source>
        <translation>يبقى المسار المقفل كما هو عند إعادة تخطيط البقية (Ctrl+L).</translation>
    </message>
    <message>
        <source>Choose a stop in the route&apos;s list first.</source>
        <translation>اختر أولًا محطة من قائمة المسار.</translation>
    </message>
    <message>
        <source>Choose a driver&apos;s route first.</source>
        <translation>اختر أولًا مسار أحد السائقين.</translation>
    </message>
    <message>
        <source>Re-plan the rest</source>
        <translation>إعادة تخطيط البقية</translation>
    </message>
    <message>
        <source>Unlock route</source>
        <translation>فتح قفل المسار</translation>
    </message>
    <message>
        <source>Add the drivers who came (Drivers tab), then press Plan routes (Ctrl+R).</source>
        <translation>أضف السائقين الذين حضروا (تبويب السائقين)، ثم اضغط «تخطيط المسارات» (Ctrl+R).</translation>
    </message>
    <message>
        <source>Select a route to see its stops and map. Ctrl+M moves a stop, Alt+Up/Down reorders, Ctrl+L locks a route, Ctrl+Z undoes.</source>
        <translation>حدّد مسارًا لترى محطاته وخريطته. Ctrl+M ينقل محطة، وAlt+Up/Down يغيّر الترتيب، وCtrl+L يقفل مسارًا، وCtrl+Z يتراجع.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) placed on routes, </source>
        <translation>
            <numerusform>وُضعت %n محطة على المسارات، </numerusform>
            <numerusform>وُضعت محطة واحدة على المسارات، </numerusform>
            <numerusform>وُضعت محطتان على المسارات، </numerusform>
            <numerusform>وُضعت %n محطات على المسارات، </numerusform>
            <numerusform>وُضعت %n محطةً على المسارات، </numerusform>
            <numerusform>وُضعت %n محطة على المسارات، </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km in all.</source>
        <translation>بمسافة إجمالية %1 km.</translation>
    </message>
    <message>
        <source>Stopped early: these are the best routes found so far.</source>
        <translation>توقّف قبل الانتهاء: هذه أفضل المسارات التي وُجدت حتى الآن.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) fit on no route: add a driver, raise a capacity or a limit, or move them by hand.</source>
        <translation>
            <numerusform>لم تجد %n محطة مكانًا في أي مسار: أضف سائقًا، أو ارفع سعة أو حدًّا، أو انقلها يدويًا.</numerusform>
            <numerusform>لم تجد محطة واحدة مكانًا في أي مسار: أضف سائقًا، أو ارفع سعة أو حدًّا، أو انقلها يدويًا.</numerusform>
            <numerusform>لم تجد محطتان مكانًا في أي مسار: أضف سائقًا، أو ارفع سعة أو حدًّا، أو انقلهما يدويًا.</numerusform>
            <numerusform>لم تجد %n محطات مكانًا في أي مسار: أضف سائقًا، أو ارفع سعة أو حدًّا، أو انقلها يدويًا.</numerusform>
            <numerusform>لم تجد %n محطةً مكانًا في أي مسار: أضف سائقًا، أو ارفع سعة أو حدًّا، أو انقلها يدويًا.</numerusform>
            <numerusform>لم تجد %n محطة مكانًا في أي مسار: أضف سائقًا، أو ارفع سعة أو حدًّا، أو انقلها يدويًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) without coordinates could not be planned.</source>
        <translation>
            <numerusform>تعذّر تخطيط %n محطة بلا إحداثيات.</numerusform>
            <numerusform>تعذّر تخطيط محطة واحدة بلا إحداثيات.</numerusform>
            <numerusform>تعذّر تخطيط محطتين بلا إحداثيات.</numerusform>
            <numerusform>تعذّر تخطيط %n محطات بلا إحداثيات.</numerusform>
            <numerusform>تعذّر تخطيط %n محطةً بلا إحداثيات.</numerusform>
            <numerusform>تعذّر تخطيط %n محطة بلا إحداثيات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) placed by postal area: check them.</source>
        <translation>
            <numerusform>حُدّد موقع %n محطة حسب المنطقة البريدية: تحقّق منها.</numerusform>
            <numerusform>حُدّد موقع محطة واحدة حسب المنطقة البريدية: تحقّق منها.</numerusform>
            <numerusform>حُدّد موقع محطتين حسب المنطقة البريدية: تحقّق منهما.</numerusform>
            <numerusform>حُدّد موقع %n محطات حسب المنطقة البريدية: تحقّق منها.</numerusform>
            <numerusform>حُدّد موقع %n محطةً حسب المنطقة البريدية: تحقّق منها.</numerusform>
            <numerusform>حُدّد موقع %n محطة حسب المنطقة البريدية: تحقّق منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest route %1 min, shortest %2 min (%3 min apart).</source>
        <translation>أطول مسار %1 دقيقة، وأقصرها %2 دقيقة (بفارق %3 دقيقة).</translation>
    </message>
    <message>
        <source>%1 has no stop: %2.</source>
        <translation>ليس لدى %1 أي محطة: %2.</translation>
    </message>
    <message>
        <source>Stops on no route have no map.</source>
        <translation>المحطات التي ليست على مسار ليس لها خريطة.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>Pantry</source>
        <translation>مخزن الطعام</translation>
    </message>
    <message>
        <source>Route %1 · %2</source>
        <translation>المسار %1 · %2</translation>
    </message>
    <message>
        <source>set the pantry&apos;s coordinates in Settings to mark the start</source>
        <translation>حدّد إحداثيات مخزن الطعام في الإعدادات لتمييز نقطة الانطلاق</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) not on the map (no coordinates)</source>
        <translation>
            <numerusform>%n محطة ليست على الخريطة (بلا إحداثيات)</numerusform>
            <numerusform>محطة واحدة ليست على الخريطة (بلا إحداثيات)</numerusform>
            <numerusform>محطتان ليستا على الخريطة (بلا إحداثيات)</numerusform>
            <numerusform>%n محطات ليست على الخريطة (بلا إحداثيات)</numerusform>
            <numerusform>%n محطةً ليست على الخريطة (بلا إحداثيات)</numerusform>
            <numerusform>%n محطة ليست على الخريطة (بلا إحداثيات)</numerusform>
        </translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <source>Each driver&apos;s route with its stops, load and minutes; choosing one lists its stops and shows its map.</source>
        <translation>مسار كل سائق مع محطاته وحمولته ودقائقه؛ اختيار مسار يعرض محطاته وخريطته.</translation>
    </message>
    <message>
        <source>Stops on the chosen route</source>
        <translation>محطات المسار المختار</translation>
    </message>
    <message>
        <source>The chosen route&apos;s stops in order; Alt+Up and Alt+Down change a stop&apos;s place, Ctrl+M gives it to another driver.</source>
        <translation>محطات المسار المختار بالترتيب؛ يغيّر Alt+Up وAlt+Down موضع المحطة، وينقلها Ctrl+M إلى سائق آخر.</translation>
    </message>
</context>
<context>
    <name>larder::ui::RunDriversModel</name>
    <message>
        <source>home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>pantry</source>
        <translation>مخزن الطعام</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>يعود</translation>
    </message>
    <message>
        <source>ends at last stop</source>
        <translation>ينتهي عند آخر محطة</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>في أي وقت</translation>
    </message>
    <message>
        <source>Boxes this driver&apos;s vehicle carries today.</source>
        <translation>عدد الصناديق التي تحملها مركبة هذا السائق اليوم.</translation>
    </message>
    <message>
        <source>Starts at home, but Larder has no coordinates for it: add them to the driver on the Households page, or start at the pantry.</source>
        <translation>ينطلق من المنزل، لكن ليس لدى Larder إحداثياته: أضفها للسائق في صفحة الأسر، أو اجعله ينطلق من مخزن الطعام.</translation>
    </message>
    <message>
        <source>Checked: the route starts at the driver&apos;s home; otherwise at the pantry.</source>
        <translation>عند التحديد: ينطلق المسار من منزل السائق؛ وإلا فمن مخزن الطعام.</translation>
    </message>
    <message>
        <source>Checked: the driver comes back to the pantry after the last stop.</source>
        <translation>عند التحديد: يعود السائق إلى مخزن الطعام بعد آخر محطة.</translation>
    </message>
    <message>
        <source>0 means no limit.</source>
        <translation>0 تعني بلا حد.</translation>
    </message>
    <message>
        <source>The earliest this driver can leave today, such as 11 or 11:30. Empty: when the routes leave.</source>
        <translation>أبكر وقت يمكن أن ينطلق فيه هذا السائق اليوم، مثل 11 أو 11:30. فارغ: عند انطلاق المسارات.</translation>
    </message>
    <message>
        <source>When this driver must be back (or done, when they end at the last stop), such as 2 pm. Empty: no limit.</source>
        <translation>الوقت الذي يجب أن يعود فيه هذا السائق (أو أن ينتهي، إن كان ينتهي عند آخر محطة)، مثل 14:00 أو 2 pm. فارغ: بلا حد.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>السائق</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>الصناديق</translation>
    </message>
    <message>
        <source>Starts at home</source>
        <translation>ينطلق من المنزل</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>يعود</translation>
    </message>
    <message>
        <source>Most stops</source>
        <translation>أقصى عدد محطات</translation>
    </message>
    <message>
        <source>Most minutes</source>
        <translation>أقصى عدد دقائق</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Back by</source>
        <translation>يعود قبل</translation>
    </message>
</context>
<context>
    <name>larder::ui::RunRoutesModel</name>
    <message>
        <source>Not on a route</source>
        <translation>ليس على أي مسار</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>لا صناديق</numerusform>
            <numerusform>صندوق واحد</numerusform>
            <numerusform>صندوقان</numerusform>
            <numerusform>%n صناديق</numerusform>
            <numerusform>%n صندوقًا</numerusform>
            <numerusform>%n صندوق</numerusform>
        </translation>
    </message>
    <message>
        <source>Stops no driver could take within the limits, or not planned yet. Plan routes (Ctrl+R), add a driver, or move them by hand (Ctrl+M).</source>
        <translation>محطات لم يتمكن أي سائق من أخذها ضمن الحدود، أو لم تُخطَّط بعد. خطّط المسارات (Ctrl+R)، أو أضف سائقًا، أو انقلها يدويًا (Ctrl+M).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 / %2 boxes</source>
        <translation>الصناديق: %1 / %2</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>When the route leaves, so that it reaches its households within their windows (Settings: routes leave from).</source>
        <translation>وقت انطلاق المسار لكي يصل إلى أسره ضمن الأوقات المناسبة لها (الإعدادات: تنطلق المسارات ابتداءً من).</translation>
    </message>
    <message>
        <source>Re-planning keeps this route as it is (Ctrl+L unlocks).</source>
        <translation>عند إعادة التخطيط يبقى هذا المسار كما هو (Ctrl+L لفتح القفل).</translation>
    </message>
    <message>
        <source>Ctrl+L locks the route: re-planning then leaves it alone.</source>
        <translation>Ctrl+L يقفل المسار: فلا تغيّره إعادة التخطيط بعد ذلك.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>السائق</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>المحطات</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>الحمولة</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>الانطلاق</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
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
        <translation>ليست على أي مسار</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>بلا إحداثيات</translation>
    </message>
    <message>
        <source>placed by postal area</source>
        <translation>حُدّد موقعها حسب المنطقة البريدية</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>أُضيفت يدويًا</translation>
    </message>
    <message>
        <source>outcome recorded</source>
        <translation>سُجّلت النتيجة</translation>
    </message>
    <message>
        <source>Larder does not know where this supplier is. Add its coordinates with Suppliers…, or move the stop to a route by hand (Ctrl+M).</source>
        <translation>لا يعرف Larder مكان هذا المورّد. أضف إحداثياته من «المورّدون…»، أو انقل المحطة إلى مسار يدويًا (Ctrl+M).</translation>
    </message>
    <message>
        <source>Larder does not know where this household is: it has no coordinates and no other household in its postal area has any. Add coordinates on the Households page, or move the stop to a route by hand (Ctrl+M).</source>
        <translation>لا يعرف Larder مكان هذه الأسرة: ليست لها إحداثيات، ولا توجد إحداثيات لأي أسرة أخرى في منطقتها البريدية. أضف الإحداثيات في صفحة الأسر، أو انقل المحطة إلى مسار يدويًا (Ctrl+M).</translation>
    </message>
    <message>
        <source>No coordinates of its own: planned at the centre of its postal area. Check its place on the route.</source>
        <translation>ليست لها إحداثيات خاصة: خُطّط لها في وسط منطقتها البريدية. تحقّق من موضعها في المسار.</translation>
    </message>
    <message>
        <source>Boxes to collect here (room in the vehicle). Type a number to change it.</source>
        <translation>الصناديق التي ستُجمع من هنا (المساحة التي تشغلها في المركبة). اكتب رقمًا لتغييره.</translation>
    </message>
    <message>
        <source>Boxes for this household. Type a number to change it.</source>
        <translation>صناديق هذه الأسرة. اكتب رقمًا لتغييره.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>الصناديق</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>للمراجعة</translation>
    </message>
</context>
<context>
    <name>larder::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>About this pantry file. Every change is saved the moment it is made; there is no Save button.</source>
        <translation>معلومات عن ملف مخزن الطعام هذا. يُحفظ كل تغيير فور إجرائه؛ لا يوجد زر حفظ.</translation>
    </message>
    <message>
        <source>Pantry name</source>
        <translation>اسم مخزن الطعام</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>This laptop&apos;s id</source>
        <translation>معرّف هذا الحاسوب</translation>
    </message>
    <message>
        <source>Network id</source>
        <translation>معرّف الشبكة</translation>
    </message>
    <message>
        <source>File format version</source>
        <translation>إصدار تنسيق الملف</translation>
    </message>
    <message>
        <source>Larder version</source>
        <translation>إصدار Larder</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Show the file&apos;s folder</source>
        <translation>إظهار مجلد الملف</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>The pantry</source>
        <translation>مخزن الطعام</translation>
    </message>
    <message>
        <source>Routes and route sheets</source>
        <translation>المسارات وأوراق المسارات</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>من المفيد أن تعرف</translation>
    </message>
    <message>
        <source>A backup copy of this file is made once a day when Larder opens it, in the folder next to it ending in &lt;tt&gt;.backups&lt;/tt&gt;; the last 7 days and 4 weeks are kept. Erased households are erased from those copies too.</source>
        <translation>تُنشأ نسخة احتياطية من هذا الملف مرة في اليوم عندما يفتحه Larder، في المجلد المجاور له الذي ينتهي اسمه بـ &lt;tt&gt;.backups&lt;/tt&gt;؛ وتُحفظ نسخ آخر 7 أيام وآخر 4 أسابيع. والأسر التي تُمحى تُمحى من تلك النسخ أيضًا.</translation>
    </message>
    <message>
        <source>The network passphrase that protects sync files is set on the Sync page.</source>
        <translation>تُعيَّن عبارة مرور الشبكة التي تحمي ملفات المزامنة في صفحة المزامنة.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>&amp;Name on the papers:</source>
        <translation>&amp;الاسم على الأوراق:</translation>
    </message>
    <message>
        <source>Printed at the top of route sheets and packing lists.</source>
        <translation>يُطبع في أعلى أوراق المسارات وقوائم التعبئة.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>Where drivers start and come back to, as printed on the sheets.</source>
        <translation>المكان الذي ينطلق منه السائقون ويعودون إليه، كما يُطبع على الأوراق.</translation>
    </message>
    <message>
        <source>&amp;Phone for drivers:</source>
        <translation>&amp;هاتف للسائقين:</translation>
    </message>
    <message>
        <source>The number a driver calls with a problem, printed on every sheet.</source>
        <translation>الرقم الذي يتصل به السائق عند حدوث مشكلة، ويُطبع على كل ورقة.</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>&amp;الإحداثيات:</translation>
    </message>
    <message>
        <source>Where routes start: &quot;41.8575, -87.6607&quot; or a map link copied from OpenStreetMap or Google Maps. Routes cannot be planned without them.</source>
        <translation>نقطة انطلاق المسارات: &quot;41.8575, -87.6607&quot; أو رابط خريطة منسوخ من OpenStreetMap أو Google Maps. لا يمكن تخطيط المسارات من دونها.</translation>
    </message>
    <message>
        <source>41.8575, -87.6607 or a map link</source>
        <translation>41.8575, -87.6607 أو رابط خريطة</translation>
    </message>
    <message>
        <source>Type the coordinates as &quot;41.8575, -87.6607&quot;.</source>
        <translation>اكتب الإحداثيات بهذا الشكل: &quot;41.8575, -87.6607&quot;.</translation>
    </message>
    <message>
        <source>Roads are longer than a straight line by:</source>
        <translation>الطرق أطول من الخط المستقيم بمقدار:</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Road distance ÷ straight-line distance; 1.3 suits most towns.</source>
        <translation>المسافة على الطريق ÷ المسافة في خط مستقيم؛ القيمة 1.3 تناسب معظم المدن.</translation>
    </message>
    <message>
        <source>Average driving &amp;speed:</source>
        <translation>متوسط &amp;سرعة القيادة:</translation>
    </message>
    <message>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <source>Used for the minutes of each route, with the time at each stop.</source>
        <translation>تُستخدم لحساب دقائق كل مسار، مع الوقت الذي يُقضى في كل محطة.</translation>
    </message>
    <message>
        <source>Minutes at each &amp;stop:</source>
        <translation>الدقائق في كل &amp;محطة:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Parking, carrying the boxes, a word at the door.</source>
        <translation>ركن السيارة، وحمل الصناديق، وكلمة عند الباب.</translation>
    </message>
    <message>
        <source>Most stops per driver (&amp;default):</source>
        <translation>أقصى عدد من المحطات لكل سائق (&amp;الافتراضي):</translation>
    </message>
    <message>
        <source>Filled in for each driver added to a day; 0 means no limit.</source>
        <translation>يُملأ لكل سائق يُضاف إلى يوم؛ والقيمة 0 تعني بلا حد.</translation>
    </message>
    <message>
        <source>Keep a household with last time&apos;s &amp;driver:</source>
        <translation>إبقاء الأسرة مع &amp;سائق المرة الماضية:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Worth this much extra driving to keep a household with the driver who came last time; 0 turns it off.</source>
        <translation>مقدار القيادة الإضافية المقبول لإبقاء الأسرة مع السائق الذي جاءها في المرة الماضية؛ والقيمة 0 توقف هذا الخيار.</translation>
    </message>
    <message>
        <source>Share the day among every driver who came</source>
        <translation>توزيع اليوم على كل السائقين الحاضرين</translation>
    </message>
    <message>
        <source>Fewest kilometres</source>
        <translation>أقل عدد من الكيلومترات</translation>
    </message>
    <message>
        <source>Sharing gives every driver stops and evens out their minutes and boxes, for a few more kilometres; fewest kilometres may send a driver home without a stop.</source>
        <translation>التوزيع يعطي كل سائق محطات ويوازن بين السائقين في الدقائق والصناديق، مقابل بضعة كيلومترات إضافية؛ أما أقل عدد من الكيلومترات فقد يعيد سائقًا إلى بيته دون أي محطة.</translation>
    </message>
    <message>
        <source>What route planning aims for</source>
        <translation>ما يهدف إليه تخطيط المسارات</translation>
    </message>
    <message>
        <source>Plan routes to:</source>
        <translation>تخطيط المسارات من أجل:</translation>
    </message>
    <message>
        <source>The earliest a route leaves; a route whose first household wants its boxes later leaves later.</source>
        <translation>أبكر وقت ينطلق فيه المسار؛ والمسار الذي تريد أول أسرة فيه استلام صناديقها في وقت لاحق ينطلق لاحقًا.</translation>
    </message>
    <message>
        <source>Routes leave from</source>
        <translation>تنطلق المسارات ابتداءً من</translation>
    </message>
    <message>
        <source>Routes &amp;leave from:</source>
        <translation>&amp;تنطلق المسارات ابتداءً من:</translation>
    </message>
    <message>
        <source>Keep them when possible (a stop may be late)</source>
        <translation>الالتزام بها قدر الإمكان (قد تتأخر محطة)</translation>
    </message>
    <message>
        <source>Always keep them (leave a stop off rather than late)</source>
        <translation>الالتزام بها دائمًا (ترك محطة خارج المسار بدلًا من التأخر)</translation>
    </message>
    <message>
        <source>Households&apos; delivery windows</source>
        <translation>أوقات التسليم المناسبة للأسر</translation>
    </message>
    <message>
        <source>Households&apos; &amp;windows:</source>
        <translation>&amp;أوقات الأسر:</translation>
    </message>
    <message>
        <source>A minute late is worth:</source>
        <translation>دقيقة التأخير تعادل:</translation>
    </message>
    <message>
        <source>How much extra driving planning accepts to save a minute of lateness, when windows are kept when possible.</source>
        <translation>مقدار القيادة الإضافية التي يقبلها التخطيط لتوفير دقيقة تأخير، عندما يكون الالتزام بالأوقات قدر الإمكان.</translation>
    </message>
    <message>
        <source>&amp;Time to spend planning:</source>
        <translation>&amp;الوقت المخصص للتخطيط:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Longer finds slightly shorter routes.</source>
        <translation>الوقت الأطول يجد مسارات أقصر قليلًا.</translation>
    </message>
    <message>
        <source>Print &amp;initials instead of names, and no phone numbers</source>
        <translation>طباعة &amp;الأحرف الأولى بدل الأسماء، ومن دون أرقام هواتف</translation>
    </message>
    <message>
        <source>Route sheets:</source>
        <translation>أوراق المسارات:</translation>
    </message>
    <message>
        <source>&amp;Compact: one row a stop (about twelve a page)</source>
        <translation>&amp;مختصرة: سطر واحد لكل محطة (نحو اثنتي عشرة محطة في الصفحة)</translation>
    </message>
    <message>
        <source>The default when printing; the print preview can switch it for one print.</source>
        <translation>الإعداد الافتراضي عند الطباعة؛ ويمكن تغييره في معاينة الطباعة لمرة واحدة.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;الورق:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Lots that expire within this many days are listed under Inventory → Use first.</source>
        <translation>الدفعات التي تنتهي صلاحيتها خلال هذا العدد من الأيام تظهر في المخزون ← استخدم أولًا.</translation>
    </message>
    <message>
        <source>&quot;Use first&quot; lists lots expiring &amp;within:</source>
        <translation>تعرض «استخدم أولًا» الدفعات التي تنتهي صلاحيتها &amp;خلال:</translation>
    </message>
    <message>
        <source>&amp;Month first, as in the United States</source>
        <translation>&amp;الشهر أولًا، كما في الولايات المتحدة</translation>
    </message>
    <message>
        <source>Typed dates:</source>
        <translation>التواريخ المكتوبة:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهر</translation>
    </message>
    <message>
        <source>A household closed for longer than this is erased: its name, address, phone and notes leave this file, its backups and, through sync, every laptop of the network.</source>
        <translation>تُمحى الأسرة المغلقة منذ مدة أطول من هذه: يُزال اسمها وعنوانها وهاتفها وملاحظاتها من هذا الملف ومن نسخه الاحتياطية، ومن كل حواسيب الشبكة عبر المزامنة.</translation>
    </message>
    <message>
        <source>Erase households closed for &amp;more than:</source>
        <translation>محو الأسر المغلقة منذ &amp;أكثر من:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>After this long without a key press or a click, the app locks names, addresses, phones and notes until a coordinator unlocks them with the passphrase.</source>
        <translation>بعد هذه المدة من دون ضغط أي مفتاح أو نقرة، يقفل التطبيق الأسماء والعناوين والهواتف والملاحظات إلى أن يفتحها منسّق باستخدام عبارة المرور.</translation>
    </message>
    <message>
        <source>&amp;Lock household details after:</source>
        <translation>&amp;قفل بيانات الأسر بعد:</translation>
    </message>
    <message>
        <source>&amp;Erase them now…</source>
        <translation>&amp;محوها الآن…</translation>
    </message>
    <message>
        <source>&amp;Accept these changes</source>
        <translation>&amp;قبول هذه التغييرات</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; here; &lt;b&gt;%3&lt;/b&gt; proposed</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; هنا؛ &lt;b&gt;%3&lt;/b&gt; مقترح</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another laptop of the network made these privacy settings weaker.&lt;/b&gt; They take effect on this laptop only when someone here accepts them; until then the stricter value stays.</source>
        <translation>&lt;b&gt;جعل حاسوب آخر في الشبكة إعدادات الخصوصية هذه أضعف.&lt;/b&gt; لا تسري على هذا الحاسوب إلا عندما يقبلها شخص هنا؛ وحتى ذلك الحين تبقى القيمة الأكثر صرامة.</translation>
    </message>
    <message>
        <source>No closed household is past that time.</source>
        <translation>لا توجد أسرة مغلقة تجاوزت تلك المدة.</translation>
    </message>
    <message>
        <source>%1 closed household(s) are past that time, the oldest closed since %2.</source>
        <translation>عدد الأسر المغلقة التي تجاوزت تلك المدة: %1، وأقدمها مغلقة منذ %2.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>و%1 أخرى</translation>
    </message>
    <message>
        <source>Erase closed households</source>
        <translation>محو الأسر المغلقة</translation>
    </message>
    <message>
        <source>Erase %1 household(s) closed for more than %2 months?</source>
        <translation>هل تريد محو الأسر المغلقة منذ أكثر من %2 شهر؟ (عددها: %1)</translation>
    </message>
    <message>
        <source>Their names, addresses, phones and notes leave this file, its backups at the next backup, and every laptop of the network at its next sync. This cannot be undone.&lt;br&gt;&lt;br&gt;%1</source>
        <translation>ستُزال أسماؤها وعناوينها وهواتفها وملاحظاتها من هذا الملف، ومن نسخه الاحتياطية عند النسخ الاحتياطي التالي، ومن كل حواسيب الشبكة عند مزامنتها التالية. لا يمكن التراجع عن ذلك.&lt;br&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <source>Erased %1 household(s).</source>
        <translation>عدد الأسر التي مُحيت: %1.</translation>
    </message>
    <message>
        <source>(at intake, &quot;12/5&quot; is read as %1)</source>
        <translation>(عند الاستلام، يُقرأ &quot;12/5&quot; على أنه %1)</translation>
    </message>
    <message>
        <source>The language chosen above can be overridden for one start: set &lt;tt&gt;LARDER_LANG=es&lt;/tt&gt; before starting Larder.</source>
        <translation>يمكن تجاوز اللغة المختارة أعلاه لتشغيل واحد: اضبط &lt;tt&gt;LARDER_LANG=es&lt;/tt&gt; قبل تشغيل Larder.</translation>
    </message>
    <message>
        <source>As this computer</source>
        <translation>مثل هذا الحاسوب</translation>
    </message>
    <message>
        <source>Language of Larder on this computer</source>
        <translation>لغة Larder على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Chosen for this computer, whoever&apos;s pantry file is open. Larder starts in it the next time.</source>
        <translation>تُختار لهذا الحاسوب أيًّا كان ملف مخزن الطعام المفتوح. يبدأ Larder بها في المرة القادمة.</translation>
    </message>
    <message>
        <source>&amp;Language on this computer:</source>
        <translation>ال&amp;لغة على هذا الحاسوب:</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>لغة النافذة</translation>
    </message>
    <message>
        <source>Language of route sheets and packing lists</source>
        <translation>لغة أوراق المسارات وقوائم التعبئة</translation>
    </message>
    <message>
        <source>A driver may read Spanish while the coordinator works in English. The print preview can choose another for one print.</source>
        <translation>قد يقرأ السائق بالإسبانية بينما يعمل المنسّق بالإنجليزية. يمكن لمعاينة الطباعة اختيار لغة أخرى لطبعة واحدة.</translation>
    </message>
    <message>
        <source>Papers &amp;print in:</source>
        <translation>ت&amp;طبع الأوراق بـ:</translation>
    </message>
    <message>
        <source>this computer&apos;s language</source>
        <translation>لغة هذا الحاسوب</translation>
    </message>
    <message>
        <source>Saved. Larder speaks %1 the next time it starts.</source>
        <translation>حُفظ. سيتحدث Larder بـ%1 في المرة القادمة التي يبدأ فيها.</translation>
    </message>
    <message>
        <source>Open the folder that holds this pantry&apos;s file, where its backups are kept too.</source>
        <translation>فتح المجلد الذي يضم ملف مخزن الطعام هذا، وفيه تُحفظ نسخه الاحتياطية أيضًا.</translation>
    </message>
    <message>
        <source>When a household&apos;s hours cannot all be kept, planning brings its stop late or leaves it off the routes.</source>
        <translation>عندما يتعذّر الالتزام بأوقات أسرة، يجعل التخطيط محطتها متأخرة أو يستبعدها من المسارات.</translation>
    </message>
    <message>
        <source>Route sheets then show each household by its initials, without phone numbers.</source>
        <translation>تُظهر أوراق المسارات حينئذٍ كل أسرة بالأحرف الأولى من اسمها، دون أرقام هواتف.</translation>
    </message>
    <message>
        <source>The paper size Larder&apos;s printed sheets use.</source>
        <translation>مقاس الورق الذي تُطبع عليه أوراق Larder.</translation>
    </message>
    <message>
        <source>A typed date such as 3/4 is read as March 4 rather than 3 April.</source>
        <translation>يُقرأ تاريخ مكتوب مثل 3/4 على أنه 4 مارس لا 3 أبريل.</translation>
    </message>
    <message>
        <source>Erase now the households closed for longer than that, after asking; this cannot be undone.</source>
        <translation>محو الأسر المغلقة منذ أكثر من تلك المدة الآن، بعد السؤال؛ ولا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>larder::ui::ShiftPicker</name>
    <message>
        <source>On &amp;shift:</source>
        <translation>&amp;المناوب الآن:</translation>
    </message>
    <message>
        <source>Who is on shift? Type your name</source>
        <translation>من المناوب الآن؟ اكتب اسمك</translation>
    </message>
    <message>
        <source>Who is on shift</source>
        <translation>من المناوب الآن</translation>
    </message>
    <message>
        <source>Pick your name, or type it and press Enter if you are new. Every change you make is recorded under this name.</source>
        <translation>اختر اسمك، أو اكتبه واضغط Enter إذا كنت جديدًا. يُسجَّل كل تغيير تجريه باسمك هذا.</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation>إنهاء المناوبة</translation>
    </message>
    <message>
        <source>Leave the laptop with nobody on shift, for the next volunteer.</source>
        <translation>اترك الحاسوب دون أحد في المناوبة، للمتطوع التالي.</translation>
    </message>
    <message>
        <source>Names are locked</source>
        <translation>الأسماء مقفلة</translation>
    </message>
    <message>
        <source>Names are locked on this laptop. Whoever was on shift stays on shift; a new name can be typed once a coordinator unlocks (Ctrl+Shift+U). Stock, counts and packing work meanwhile.</source>
        <translation>الأسماء مقفلة على هذا الحاسوب. يبقى المناوب الحالي في مناوبته؛ ويمكن كتابة اسم جديد بعد أن يفتح منسّق القفل (Ctrl+Shift+U). وفي الأثناء يعمل المخزون والجرد والتعبئة كالمعتاد.</translation>
    </message>
    <message>
        <source>Type your name first.</source>
        <translation>اكتب اسمك أولًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a scanned barcode, not a name. To receive stock, go to Inventory (Ctrl+2) and scan again.</source>
        <translation>يبدو أن &quot;%1&quot; رمز شريطي ممسوح ضوئيًا، وليس اسمًا. لاستلام أصناف في المخزون، انتقل إلى المخزون (Ctrl+2) وامسح الرمز مرة أخرى.</translation>
    </message>
    <message>
        <source>On shift (name locked)</source>
        <translation>في المناوبة (الاسم مقفل)</translation>
    </message>
</context>
<context>
    <name>larder::ui::StartDialog</name>
    <message>
        <source>Welcome to Larder</source>
        <translation>مرحبًا بك في Larder</translation>
    </message>
    <message>
        <source>Larder keeps a pantry&apos;s stock, the households it serves and its delivery routes in one file on this laptop. Nothing leaves the laptop unless you export it.</source>
        <translation>يحفظ Larder مخزون مخزن الطعام، والأسر التي يخدمها، ومسارات التوصيل الخاصة به في ملف واحد على هذا الحاسوب. لا يخرج أي شيء من الحاسوب ما لم تصدّره أنت.</translation>
    </message>
    <message>
        <source>Create a new pantry file…</source>
        <translation>إنشاء ملف جديد لمخزن الطعام…</translation>
    </message>
    <message>
        <source>Start empty, for a pantry that is new to Larder.</source>
        <translation>ابدأ بملف فارغ، لمخزن طعام يستخدم Larder لأول مرة.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>فتح ملف…</translation>
    </message>
    <message>
        <source>A .larder file kept on this laptop, a USB stick or a backup.</source>
        <translation>ملف .larder محفوظ على هذا الحاسوب، أو على ذاكرة USB، أو في نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Join a network…</source>
        <translation>الانضمام إلى شبكة…</translation>
    </message>
    <message>
        <source>Start from another pantry&apos;s sync file and its passphrase, to share data with it.</source>
        <translation>ابدأ من ملف مزامنة من مخزن طعام آخر ومن عبارة المرور الخاصة به، لمشاركة البيانات معه.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>جرّب النسخة التجريبية</translation>
    </message>
    <message numerus="yes">
        <source>A made-up pantry with %n households, to look around safely. Nothing real is in it.</source>
        <translation>
            <numerusform>مخزن طعام وهمي بلا أسر، لتتجول فيه بأمان. لا شيء فيه حقيقي.</numerusform>
            <numerusform>مخزن طعام وهمي فيه أسرة واحدة، لتتجول فيه بأمان. لا شيء فيه حقيقي.</numerusform>
            <numerusform>مخزن طعام وهمي فيه أسرتان، لتتجول فيه بأمان. لا شيء فيه حقيقي.</numerusform>
            <numerusform>مخزن طعام وهمي فيه %n أسر، لتتجول فيه بأمان. لا شيء فيه حقيقي.</numerusform>
            <numerusform>مخزن طعام وهمي فيه %n أسرة، لتتجول فيه بأمان. لا شيء فيه حقيقي.</numerusform>
            <numerusform>مخزن طعام وهمي فيه %n أسرة، لتتجول فيه بأمان. لا شيء فيه حقيقي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Closes Larder without opening a pantry file.</source>
        <translation>يغلق Larder دون فتح ملف مخزن طعام.</translation>
    </message>
</context>
<context>
    <name>larder::ui::Startup</name>
    <message>
        <source>Larder pantry files (*.larder);;All files (*)</source>
        <translation>ملفات مخزن الطعام الخاصة بـ Larder (*.larder);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>pantry</source>
        <translation>مخزن الطعام</translation>
    </message>
    <message>
        <source>Where to keep the new pantry file</source>
        <translation>أين يُحفظ ملف مخزن الطعام الجديد</translation>
    </message>
    <message>
        <source>A synced folder</source>
        <translation>مجلد تتم مزامنته</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>اختيار مجلد آخر</translation>
    </message>
    <message>
        <source>Keep it here</source>
        <translation>إبقاؤه هنا</translation>
    </message>
    <message>
        <source>What is this pantry called? Other pantries in your network will see this name.</source>
        <translation>ما اسم مخزن الطعام هذا؟ سترى مخازن الطعام الأخرى في شبكتك هذا الاسم.</translation>
    </message>
    <message>
        <source>A copy then lives outside this laptop, on every computer and server the folder is synced to (names, addresses and phones readable unless the pantry has a passphrase), and a file copied while Larder has it open can arrive damaged. Close Larder, move the file and its .backups folder to a folder on this laptop only, and open it from there.</source>
        <translation>في هذه الحالة توجد نسخة منه خارج هذا الحاسوب، على كل حاسوب وخادم يُزامَن معه المجلد (وتكون الأسماء والعناوين والهواتف مقروءة ما لم تكن لمخزن الطعام عبارة مرور)، وقد يصل الملف تالفًا إذا نُسخ بينما يفتحه Larder. أغلق Larder، وانقل الملف ومجلد .backups الخاص به إلى مجلد موجود على هذا الحاسوب وحده، وافتحه من هناك.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This pantry file is in a folder that %1 copies off this laptop:&lt;/b&gt; %2. %3</source>
        <translation>&lt;b&gt;ملف مخزن الطعام هذا موجود في مجلد ينسخه %1 إلى خارج هذا الحاسوب:&lt;/b&gt; %2. %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;This pantry&apos;s backups are in a folder that %1 copies off this laptop:&lt;/b&gt; %2. %3</source>
        <translation>&lt;b&gt;النسخ الاحتياطية لمخزن الطعام هذا موجودة في مجلد ينسخه %1 إلى خارج هذا الحاسوب:&lt;/b&gt; %2. %3</translation>
    </message>
    <message>
        <source>This is not a Larder file</source>
        <translation>هذا ليس ملف Larder</translation>
    </message>
    <message>
        <source>This file needs a newer Larder</source>
        <translation>يحتاج هذا الملف إلى إصدار أحدث من Larder</translation>
    </message>
    <message>
        <source>Larder cannot write here</source>
        <translation>لا يستطيع Larder الكتابة هنا</translation>
    </message>
    <message>
        <source>This file is already open</source>
        <translation>هذا الملف مفتوح بالفعل</translation>
    </message>
    <message>
        <source>This file already exists</source>
        <translation>هذا الملف موجود بالفعل</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>لم يُعثر على الملف</translation>
    </message>
    <message>
        <source>Larder could not open the file</source>
        <translation>تعذّر على Larder فتح الملف</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>Larder could not open the demo pantry.</source>
        <translation>تعذّر على Larder فتح مخزن الطعام التجريبي.</translation>
    </message>
    <message>
        <source>Larder could not open the file you asked for.</source>
        <translation>تعذّر على Larder فتح الملف الذي طلبته.</translation>
    </message>
    <message>
        <source>Larder could not open the pantry file used last time.</source>
        <translation>تعذّر على Larder فتح ملف مخزن الطعام الذي استُخدم في المرة الماضية.</translation>
    </message>
    <message numerus="yes">
        <source>Making a demo pantry with %n households…</source>
        <translation>
            <numerusform>جارٍ إنشاء مخزن طعام تجريبي بلا أسر…</numerusform>
            <numerusform>جارٍ إنشاء مخزن طعام تجريبي فيه أسرة واحدة…</numerusform>
            <numerusform>جارٍ إنشاء مخزن طعام تجريبي فيه أسرتان…</numerusform>
            <numerusform>جارٍ إنشاء مخزن طعام تجريبي فيه %n أسر…</numerusform>
            <numerusform>جارٍ إنشاء مخزن طعام تجريبي فيه %n أسرة…</numerusform>
            <numerusform>جارٍ إنشاء مخزن طعام تجريبي فيه %n أسرة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>جرّب النسخة التجريبية</translation>
    </message>
    <message>
        <source>New pantry file</source>
        <translation>ملف جديد لمخزن الطعام</translation>
    </message>
    <message>
        <source>Names, addresses, phones and notes are kept sealed with this passphrase: someone who takes the laptop or copies the file cannot read them. Volunteers on shift do not need it (stock, counts and packing work without it); a coordinator types it to see or change the details. Pantries of one network share it.</source>
        <translation>تُحفظ الأسماء والعناوين والهواتف والملاحظات مشفّرة بعبارة المرور هذه: فمن يأخذ الحاسوب أو ينسخ الملف لا يستطيع قراءتها. لا يحتاج إليها المتطوعون في المناوبة (فالمخزون والجرد والتعبئة تعمل من دونها)؛ ويكتبها المنسّق لرؤية البيانات أو تغييرها. وتشترك فيها مخازن الطعام في الشبكة الواحدة.</translation>
    </message>
    <message>
        <source>A sync file from a pantry of the network</source>
        <translation>ملف مزامنة من أحد مخازن الطعام في الشبكة</translation>
    </message>
    <message>
        <source>Larder sync files (*.lardersync);;All files (*)</source>
        <translation>ملفات مزامنة Larder (*.lardersync);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Network passphrase</source>
        <translation>عبارة مرور الشبكة</translation>
    </message>
    <message>
        <source>Type the network&apos;s passphrase (ask the pantry that gave you the file).</source>
        <translation>اكتب عبارة مرور الشبكة (اطلبها من مخزن الطعام الذي أعطاك الملف).</translation>
    </message>
    <message>
        <source>This pantry&apos;s name</source>
        <translation>اسم مخزن الطعام هذا</translation>
    </message>
    <message>
        <source>Open a pantry file</source>
        <translation>فتح ملف مخزن طعام</translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation>الرفوف</translation>
    </message>
</context>
<context>
    <name>larder::ui::StockActionDialog</name>
    <message>
        <source>use by %1</source>
        <translation>يُستخدم قبل %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Give out</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>إتلاف</translation>
    </message>
    <message>
        <source>Move to another place</source>
        <translation>نقل إلى مكان آخر</translation>
    </message>
    <message>
        <source>Return undelivered</source>
        <translation>إرجاع ما لم يُسلَّم</translation>
    </message>
    <message>
        <source>Give &lt;b&gt;%1&lt;/b&gt; to a walk-in visitor. The oldest dates go first.</source>
        <translation>سلّم &lt;b&gt;%1&lt;/b&gt; لزائر حضر دون موعد. تُصرف التواريخ الأقدم أولًا.</translation>
    </message>
    <message>
        <source>Throw away &lt;b&gt;%1&lt;/b&gt; that cannot be given out. The reason is recorded.</source>
        <translation>أتلِف &lt;b&gt;%1&lt;/b&gt; مما لا يمكن تسليمه. يُسجَّل السبب.</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; to another place.</source>
        <translation>انقل &lt;b&gt;%1&lt;/b&gt; إلى مكان آخر.</translation>
    </message>
    <message>
        <source>Put undelivered &lt;b&gt;%1&lt;/b&gt; back on the shelf, into the lot it came from.</source>
        <translation>أعِد &lt;b&gt;%1&lt;/b&gt; الذي لم يُسلَّم إلى الرف، في الدفعة التي جاء منها.</translation>
    </message>
    <message>
        <source>Any place — oldest date first</source>
        <translation>أي مكان — التاريخ الأقدم أولًا</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>Lot %1 (was on %2)</source>
        <translation>الدفعة %1 (كانت في %2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 there</source>
        <translation>%1 · %2 · يوجد %3</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;الدفعة:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Back to:</source>
        <translation>&amp;إرجاع إلى:</translation>
    </message>
    <message>
        <source>14 or 2 cases</source>
        <translation>14 أو 2 cases</translation>
    </message>
    <message>
        <source>how many</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;الكمية:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>optional: what was wrong</source>
        <translation>اختياري: ما المشكلة</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>هذا الصنف لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This item has no lot to return into.</source>
        <translation>ليست لهذا الصنف دفعة يمكن إرجاعه إليها.</translation>
    </message>
    <message>
        <source>There is none of this item on hand.</source>
        <translation>لا يوجد شيء من هذا الصنف في المخزون.</translation>
    </message>
    <message>
        <source>Type how many: all of it is %1.</source>
        <translation>اكتب الكمية: الكمية كلها %1.</translation>
    </message>
    <message>
        <source>Type how many.</source>
        <translation>اكتب الكمية.</translation>
    </message>
    <message>
        <source>Only %1 on hand there.</source>
        <translation>لا يوجد هناك سوى %1.</translation>
    </message>
    <message>
        <source>%1 from %2, %3</source>
        <translation>%1 من %2، %3</translation>
    </message>
    <message>
        <source>%1 from %2 (no date)</source>
        <translation>%1 من %2 (بلا تاريخ)</translation>
    </message>
    <message>
        <source>Takes %1.</source>
        <translation>سيُؤخذ: %1.</translation>
    </message>
    <message>
        <source>Only %1 there.</source>
        <translation>لا يوجد هناك سوى %1.</translation>
    </message>
    <message>
        <source>It is already there: choose another place.</source>
        <translation>إنه هناك بالفعل: اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>%1 leave the stock, recorded as thrown away.</source>
        <translation>سيخرج %1 من المخزون، ويُسجَّل على أنه أُتلف.</translation>
    </message>
    <message>
        <source>%1 go from %2 to %3.</source>
        <translation>سيُنقل %1 من %2 إلى %3.</translation>
    </message>
    <message>
        <source>%1 go back to %2.</source>
        <translation>سيعود %1 إلى %2.</translation>
    </message>
    <message>
        <source>Where to give it out from; any place takes the oldest dates first.</source>
        <translation>المكان الذي يُسلَّم منه؛ أي مكان يأخذ الأقدم تاريخًا أولًا.</translation>
    </message>
    <message>
        <source>The lot it goes back into.</source>
        <translation>الدفعة التي يعود إليها.</translation>
    </message>
    <message>
        <source>The place and lot it is taken from.</source>
        <translation>المكان والدفعة اللذان يؤخذ منهما.</translation>
    </message>
    <message>
        <source>The place it goes to.</source>
        <translation>المكان الذي ينتقل إليه.</translation>
    </message>
    <message>
        <source>The place it goes back to.</source>
        <translation>المكان الذي يعود إليه.</translation>
    </message>
    <message>
        <source>How many to give out.</source>
        <translation>الكمية المراد تسليمها.</translation>
    </message>
    <message>
        <source>How many to throw away.</source>
        <translation>الكمية المراد إتلافها.</translation>
    </message>
    <message>
        <source>How many to move.</source>
        <translation>الكمية المراد نقلها.</translation>
    </message>
    <message>
        <source>How many go back on the shelf.</source>
        <translation>الكمية التي تعود إلى الرف.</translation>
    </message>
    <message>
        <source>Why it is thrown away; recorded with it.</source>
        <translation>سبب الإتلاف؛ يُسجَّل معه.</translation>
    </message>
    <message>
        <source>What was wrong, in a few words; recorded with it.</source>
        <translation>ما المشكلة، في كلمات قليلة؛ تُسجَّل معه.</translation>
    </message>
    <message>
        <source>Record that this many were given out, the oldest dates first.</source>
        <translation>تسجيل تسليم هذه الكمية، الأقدم تاريخًا أولًا.</translation>
    </message>
    <message>
        <source>Record that this many were thrown away, and why.</source>
        <translation>تسجيل إتلاف هذه الكمية، وسببه.</translation>
    </message>
    <message>
        <source>Record that this many moved to the chosen place.</source>
        <translation>تسجيل نقل هذه الكمية إلى المكان المختار.</translation>
    </message>
    <message>
        <source>Put this many back into the chosen lot.</source>
        <translation>إعادة هذه الكمية إلى الدفعة المختارة.</translation>
    </message>
    <message>
        <source>Close this window without changing the stock.</source>
        <translation>إغلاق هذه النافذة دون تغيير المخزون.</translation>
    </message>
</context>
<context>
    <name>larder::ui::StockModel</name>
    <message>
        <source>%1 — below zero</source>
        <translation>%1 — أقل من الصفر</translation>
    </message>
    <message>
        <source>The books show less than zero: more went out than was recorded coming in (or a sync brought both sides). Count it to set it right.</source>
        <translation>تُظهر السجلات كمية أقل من الصفر: خرج أكثر مما سُجّل دخوله (أو جلبت المزامنة العمليتين معًا). أجرِ جردًا لهذا الصنف لتصحيحه.</translation>
    </message>
    <message>
        <source>Below par: %1 on hand, the pantry aims to keep %2.</source>
        <translation>دون الحد الأدنى: المتوفر %1، ويهدف مخزن الطعام إلى الاحتفاظ بـ %2.</translation>
    </message>
    <message>
        <source>Par: the amount the pantry aims to keep on the shelf.</source>
        <translation>الحد الأدنى: الكمية التي يهدف مخزن الطعام إلى إبقائها على الرف.</translation>
    </message>
    <message>
        <source>Enter or double-click: the history of %1</source>
        <translation>Enter أو النقر المزدوج: سجل حركة %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>Use first by</source>
        <translation>يُستخدم أولًا قبل</translation>
    </message>
</context>
<context>
    <name>larder::ui::StopsTab</name>
    <message>
        <source>&amp;Add a household:</source>
        <translation>&amp;إضافة أسرة:</translation>
    </message>
    <message>
        <source>Type a name, street or phone, then Enter</source>
        <translation>اكتب اسمًا أو شارعًا أو رقم هاتف، ثم Enter</translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation>إزالة المحطة</translation>
    </message>
    <message>
        <source>Take the selected household off this day (Delete).</source>
        <translation>إزالة الأسرة المحددة من هذا اليوم (Delete).</translation>
    </message>
    <message>
        <source>Suppliers…</source>
        <translation>المورّدون…</translation>
    </message>
    <message>
        <source>Add a supplier, or its address, coordinates and pickup days.</source>
        <translation>إضافة مورّد، أو إضافة عنوانه وإحداثياته وأيام الجمع منه.</translation>
    </message>
    <message>
        <source>Choose a stop in the list first.</source>
        <translation>اختر محطة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>&amp;Add a supplier:</source>
        <translation>&amp;إضافة مورّد:</translation>
    </message>
    <message>
        <source>Type a supplier&apos;s name, then Enter</source>
        <translation>اكتب اسم مورّد، ثم Enter</translation>
    </message>
    <message>
        <source>No supplier has its pickup day on this day. Add suppliers above by name, or add their pickup days (Suppliers…).</source>
        <translation>ليس هذا اليوم يوم جمع لأي مورّد. أضف المورّدين أعلاه بأسمائهم، أو أضف أيام الجمع الخاصة بهم (المورّدون…).</translation>
    </message>
    <message>
        <source>No household is due this day. Add households above by name, street or phone.</source>
        <translation>لا توجد أسرة موعدها في هذا اليوم. أضف الأسر أعلاه بالاسم أو الشارع أو رقم الهاتف.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s), </source>
        <translation>
            <numerusform>لا محطات، </numerusform>
            <numerusform>محطة واحدة، </numerusform>
            <numerusform>محطتان، </numerusform>
            <numerusform>%n محطات، </numerusform>
            <numerusform>%n محطة، </numerusform>
            <numerusform>%n محطة، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) in all.</source>
        <translation>
            <numerusform>ولا صناديق.</numerusform>
            <numerusform>صندوق واحد إجمالًا.</numerusform>
            <numerusform>صندوقان إجمالًا.</numerusform>
            <numerusform>%n صناديق إجمالًا.</numerusform>
            <numerusform>%n صندوقًا إجمالًا.</numerusform>
            <numerusform>%n صندوق إجمالًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without coordinates: add them with Suppliers…, or place the stop on a route by hand (Ctrl+M).</source>
        <translation>
            <numerusform>لا توجد محطات بلا إحداثيات.</numerusform>
            <numerusform>محطة واحدة بلا إحداثيات: أضف إحداثياتها من «المورّدون…»، أو ضع المحطة على مسار يدويًا (Ctrl+M).</numerusform>
            <numerusform>محطتان بلا إحداثيات: أضف إحداثياتهما من «المورّدون…»، أو ضع المحطتين على مسار يدويًا (Ctrl+M).</numerusform>
            <numerusform>%n محطات بلا إحداثيات: أضف إحداثياتها من «المورّدون…»، أو ضع المحطات على مسار يدويًا (Ctrl+M).</numerusform>
            <numerusform>%n محطة بلا إحداثيات: أضف إحداثياتها من «المورّدون…»، أو ضع المحطات على مسار يدويًا (Ctrl+M).</numerusform>
            <numerusform>%n محطة بلا إحداثيات: أضف إحداثياتها من «المورّدون…»، أو ضع المحطات على مسار يدويًا (Ctrl+M).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without coordinates: add them on the Households page, or place the stop on a route by hand (Ctrl+M).</source>
        <translation>
            <numerusform>لا توجد محطات بلا إحداثيات.</numerusform>
            <numerusform>محطة واحدة بلا إحداثيات: أضف إحداثياتها في صفحة الأسر، أو ضع المحطة على مسار يدويًا (Ctrl+M).</numerusform>
            <numerusform>محطتان بلا إحداثيات: أضف إحداثياتهما في صفحة الأسر، أو ضع المحطتين على مسار يدويًا (Ctrl+M).</numerusform>
            <numerusform>%n محطات بلا إحداثيات: أضف إحداثياتها في صفحة الأسر، أو ضع المحطات على مسار يدويًا (Ctrl+M).</numerusform>
            <numerusform>%n محطة بلا إحداثيات: أضف إحداثياتها في صفحة الأسر، أو ضع المحطات على مسار يدويًا (Ctrl+M).</numerusform>
            <numerusform>%n محطة بلا إحداثيات: أضف إحداثياتها في صفحة الأسر، أو ضع المحطات على مسار يدويًا (Ctrl+M).</numerusform>
        </translation>
    </message>
    <message>
        <source>(already on this day)</source>
        <translation>(موجودة في هذا اليوم بالفعل)</translation>
    </message>
    <message>
        <source>(not on the map)</source>
        <translation>(ليست على الخريطة)</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(متوقفة مؤقتًا)</translation>
    </message>
    <message>
        <source>No supplier to add matches &quot;%1&quot;. Check the spelling, or add the supplier first (Suppliers…).</source>
        <translation>لا يوجد مورّد يمكن إضافته يطابق &quot;%1&quot;. تحقّق من الإملاء، أو أضف المورّد أولًا (المورّدون…).</translation>
    </message>
    <message>
        <source>No household to add matches &quot;%1&quot;. Check the spelling, or add the household on the Households page first.</source>
        <translation>لا توجد أسرة يمكن إضافتها تطابق &quot;%1&quot;. تحقّق من الإملاء، أو أضف الأسرة أولًا في صفحة الأسر.</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>المحطات</translation>
    </message>
    <message>
        <source>The stops of this day with their route and boxes; type a number in the Boxes column to change it, Delete takes the selected stop off the day.</source>
        <translation>محطات هذا اليوم مع مسارها وصناديقها؛ اكتب رقمًا في عمود الصناديق لتغييره، ويزيل مفتاح Delete المحطة المحددة من اليوم.</translation>
    </message>
    <message>
        <source>pick up</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Pick up from %1: %2</source>
        <translation>استلام من %1: %2</translation>
    </message>
    <message>
        <source>(on another day)</source>
        <translation>(في يوم آخر)</translation>
    </message>
</context>
<context>
    <name>larder::ui::StoreTask</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stopping… nothing of the file being read is kept.</source>
        <translation>جارٍ الإيقاف… لن يُحتفظ بأي شيء من الملف الذي تجري قراءته.</translation>
    </message>
</context>
<context>
    <name>larder::ui::SuppliersDialog</name>
    <message>
        <source>not on the map</source>
        <translation>ليس على الخريطة</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(موقوف)</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>المورّدون</translation>
    </message>
    <message>
        <source>Where the pantry&apos;s food comes from. A collection day picks up from the suppliers whose pickup day it is, planned by their coordinates. Changes are saved as you make them.</source>
        <translation>مصادر الطعام لمخزن الطعام. في يوم الجمع يُجمع الطعام من المورّدين الذين يكون ذلك اليوم يوم الجمع منهم، ويُخطَّط ذلك حسب إحداثياتهم. تُحفظ التغييرات فور إجرائها.</translation>
    </message>
    <message>
        <source>&amp;New supplier</source>
        <translation>مورّد &amp;جديد</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>e.g. Mercado El Sol</source>
        <translation>مثلًا: سوق النور</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;النوع</translation>
    </message>
    <message>
        <source>Pickup days</source>
        <translation>أيام الجمع</translation>
    </message>
    <message>
        <source> boxes</source>
        <translation> صندوق</translation>
    </message>
    <message>
        <source>How many boxes a pickup here usually fills: the room it takes in a vehicle on a collection day. Change it for one day on the Stops tab.</source>
        <translation>عدد الصناديق التي يملؤها الجمع من هنا عادةً: أي المساحة التي يشغلها في المركبة في يوم الجمع. غيّره ليوم واحد في تبويب المحطات.</translation>
    </message>
    <message>
        <source>&amp;Usual load</source>
        <translation>&amp;الحمولة المعتادة</translation>
    </message>
    <message>
        <source>Printed for the driver, e.g. 2011 W Cermak Rd</source>
        <translation>يُطبع للسائق، مثلًا: 2011 W Cermak Rd</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <source>41.8520, -87.6780 or a map link</source>
        <translation>41.8520, -87.6780 أو رابط خريطة</translation>
    </message>
    <message>
        <source>Where the driver collects, for planning the routes: latitude and longitude, or a link copied from OpenStreetMap or Google Maps.</source>
        <translation>المكان الذي يجمع منه السائق، لتخطيط المسارات: خط العرض وخط الطول، أو رابط منسوخ من OpenStreetMap أو Google Maps.</translation>
    </message>
    <message>
        <source>&amp;Coordinates</source>
        <translation>&amp;الإحداثيات</translation>
    </message>
    <message>
        <source>Who to ask for</source>
        <translation>الشخص الذي يُسأل عنه</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>&amp;جهة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;الهاتف</translation>
    </message>
    <message>
        <source>What the driver should know: the door, the hours, crates to bring back</source>
        <translation>ما يجب أن يعرفه السائق: الباب، والمواعيد، والصناديق البلاستيكية التي يجب إرجاعها</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Type the new supplier&apos;s name; it is saved when it has one.</source>
        <translation>اكتب اسم المورّد الجديد؛ يُحفظ عندما يصبح له اسم.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>إعادة تفعيل</translation>
    </message>
    <message>
        <source>Keep this supplier for the history, but offer it no more at intake or on collection days.</source>
        <translation>الاحتفاظ بهذا المورّد في السجل، لكن دون عرضه بعد الآن عند الاستلام أو في أيام الجمع.</translation>
    </message>
    <message>
        <source>Make this supplier active again.</source>
        <translation>إعادة تفعيل هذا المورّد.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another supplier is already called &quot;%1&quot;: choose another name.</source>
        <translation>يوجد مورّد آخر باسم &quot;%1&quot;: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Not saved until this is fixed.</source>
        <translation>لن يُحفظ حتى يُصحَّح هذا.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>تمت إضافة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>لم يتغيّر: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again.</source>
        <translation>أُعيد تفعيل &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired: kept for the history, offered no more.</source>
        <translation>&quot;%1&quot; موقوف: يُحتفظ به في السجل ولا يُعرض بعد الآن.</translation>
    </message>
    <message>
        <source>Every supplier, retired ones too; choosing one shows its details in the form beside the list.</source>
        <translation>كل المورّدين، ومنهم الموقوفون؛ اختيار مورّد يعرض تفاصيله في النموذج المجاور للقائمة.</translation>
    </message>
    <message>
        <source>Empty the form, to add a supplier; it is saved when it has a name.</source>
        <translation>تفريغ النموذج لإضافة مورّد؛ يُحفظ عندما يصبح له اسم.</translation>
    </message>
    <message>
        <source>The supplier&apos;s name, as offered at intake and on collection days.</source>
        <translation>اسم المورّد، كما يُعرض عند الاستلام وفي أيام الجمع.</translation>
    </message>
    <message>
        <source>What kind of supplier it is.</source>
        <translation>نوع المورّد.</translation>
    </message>
    <message>
        <source>Ticked when a collection day on %1 picks up from this supplier.</source>
        <translation>يُحدَّد إذا كان يوم الجمع الواقع يوم %1 يشمل الاستلام من هذا المورّد.</translation>
    </message>
    <message>
        <source>The street address, printed for the driver.</source>
        <translation>عنوان الشارع، يُطبع للسائق.</translation>
    </message>
    <message>
        <source>Who the driver asks for at this supplier.</source>
        <translation>من يسأل عنه السائق لدى هذا المورّد.</translation>
    </message>
    <message>
        <source>A number to call at this supplier.</source>
        <translation>رقم للاتصال بهذا المورّد.</translation>
    </message>
    <message>
        <source>What the driver should know about this supplier; saved when you leave the field.</source>
        <translation>ما يجب أن يعرفه السائق عن هذا المورّد؛ يُحفظ عند مغادرة الحقل.</translation>
    </message>
    <message>
        <source>Close this window; every change is already saved.</source>
        <translation>إغلاق هذه النافذة؛ كل التغييرات محفوظة بالفعل.</translation>
    </message>
</context>
<context>
    <name>larder::ui::SyncImportsModel</name>
    <message numerus="yes">
        <source>%n edit(s) to review</source>
        <translation>
            <numerusform>لا تعديلات للمراجعة</numerusform>
            <numerusform>تعديل واحد للمراجعة</numerusform>
            <numerusform>تعديلان للمراجعة</numerusform>
            <numerusform>%n تعديلات للمراجعة</numerusform>
            <numerusform>%n تعديلًا للمراجعة</numerusform>
            <numerusform>%n تعديل للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>sender&apos;s clock %1 h ahead</source>
        <translation>ساعة المُرسِل متقدمة %1 h</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>New changes</source>
        <translation>تغييرات جديدة</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>موجودة هنا مسبقًا</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>larder::ui::SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Share this pantry&apos;s changes with the other pantries of your network by file — a USB stick, a messaging app or a shared folder. No internet service is involved.</source>
        <translation>شارك تغييرات مخزن الطعام هذا مع مخازن الطعام الأخرى في شبكتك عبر ملف — ذاكرة USB، أو تطبيق مراسلة، أو مجلد مشترك. لا تُستخدم أي خدمة إنترنت.</translation>
    </message>
    <message>
        <source>Conflicts over personal details show no values; exporting and importing ask for the network&apos;s passphrase.</source>
        <translation>التعارضات المتعلقة بالبيانات الشخصية لا تُظهر القيم؛ ويطلب التصدير والاستيراد عبارة مرور الشبكة.</translation>
    </message>
    <message>
        <source>changes recorded on this laptop</source>
        <translation>تغييرات سُجّلت على هذا الحاسوب</translation>
    </message>
    <message>
        <source>other laptops heard from</source>
        <translation>حواسيب أخرى وصلت منها ملفات</translation>
    </message>
    <message>
        <source>edits to review</source>
        <translation>تعديلات للمراجعة</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Set the network passphrase…</source>
        <translation>تعيين عبارة مرور الشبكة…</translation>
    </message>
    <message>
        <source>Choose a passphrase for your network. Every laptop of the network uses the same one: it seals the names, addresses, phones and notes in this pantry&apos;s file and encrypts the sync files. Larder never stores it.</source>
        <translation>اختر عبارة مرور لشبكتك. كل حواسيب الشبكة تستخدم العبارة نفسها: فهي تشفّر الأسماء والعناوين والهواتف والملاحظات في ملف مخزن الطعام هذا، وتشفّر ملفات المزامنة. لا يحفظها Larder أبدًا.</translation>
    </message>
    <message>
        <source>Passphrase not set</source>
        <translation>لم تُعيَّن عبارة المرور</translation>
    </message>
    <message>
        <source>A laptop was lost…</source>
        <translation>فُقد أحد الحواسيب…</translation>
    </message>
    <message>
        <source>Give the network a new key and passphrase, so a lost or stolen laptop opens nothing made from now on.</source>
        <translation>امنح الشبكة مفتاحًا جديدًا وعبارة مرور جديدة، حتى لا يفتح حاسوب مفقود أو مسروق أي شيء يُنشأ من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>A laptop was lost</source>
        <translation>فُقد أحد الحواسيب</translation>
    </message>
    <message>
        <source>Larder will give the network a new key and a new passphrase, and seal every name, address, phone and note in this pantry again with it (a large pantry takes minutes).

Then export a sync file: each other laptop imports it and is asked for the new passphrase. The lost laptop, which knows only the old passphrase, opens nothing made from now on. What it held already it still holds: it is sealed with the old passphrase.

Continue?</source>
        <translation>سيمنح Larder الشبكة مفتاحًا جديدًا وعبارة مرور جديدة، وسيعيد تشفير كل اسم وعنوان وهاتف وملاحظة في مخزن الطعام هذا بها (يستغرق ذلك دقائق في مخزن طعام كبير).

بعد ذلك صدّر ملف مزامنة: يستورده كل حاسوب آخر، ويُطلب منه إدخال عبارة المرور الجديدة. أما الحاسوب المفقود، الذي لا يعرف إلا عبارة المرور القديمة، فلن يفتح أي شيء يُنشأ من الآن فصاعدًا. لكن ما كان عليه من قبل يبقى عليه: فهو مشفّر بعبارة المرور القديمة.

هل تريد المتابعة؟</translation>
    </message>
    <message>
        <source>The network&apos;s current passphrase.</source>
        <translation>عبارة مرور الشبكة الحالية.</translation>
    </message>
    <message>
        <source>The network&apos;s new passphrase. Tell it to the other laptops&apos; coordinators in person, never with the sync file.</source>
        <translation>عبارة مرور الشبكة الجديدة. أخبر بها منسّقي الحواسيب الأخرى شخصيًا، ولا ترسلها أبدًا مع ملف المزامنة.</translation>
    </message>
    <message>
        <source>Key not changed</source>
        <translation>لم يتغيّر المفتاح</translation>
    </message>
    <message>
        <source>A new key for the network</source>
        <translation>مفتاح جديد للشبكة</translation>
    </message>
    <message>
        <source>Done. Export a sync file now and bring it to the other laptops; each imports it with the new passphrase.</source>
        <translation>تم. صدّر الآن ملف مزامنة وانقله إلى الحواسيب الأخرى؛ يستورده كل منها باستخدام عبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>This pantry</source>
        <translation>مخزن الطعام هذا</translation>
    </message>
    <message>
        <source>This laptop&apos;s id</source>
        <translation>معرّف هذا الحاسوب</translation>
    </message>
    <message>
        <source>Network id</source>
        <translation>معرّف الشبكة</translation>
    </message>
    <message>
        <source>Laptops of the network</source>
        <translation>حواسيب الشبكة</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is revoked. Export a sync file now: the other laptops learn it from the next file they import from this one.</source>
        <translation>أُلغي &quot;%1&quot;. صدّر الآن ملف مزامنة: ستعرف الحواسيب الأخرى ذلك من الملف التالي الذي تستورده من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Exchange by file</source>
        <translation>التبادل عبر ملف</translation>
    </message>
    <message>
        <source>&amp;Export a sync file…</source>
        <translation>&amp;تصدير ملف مزامنة…</translation>
    </message>
    <message>
        <source>&amp;Import sync files…</source>
        <translation>&amp;استيراد ملفات مزامنة…</translation>
    </message>
    <message>
        <source>Send every change, or only what one laptop lacks (from the last file it sent here).</source>
        <translation>إرسال كل التغييرات، أو ما ينقص حاسوبًا واحدًا فقط (منذ آخر ملف أرسله إلى هنا).</translation>
    </message>
    <message>
        <source>for</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>مجلد مشترك</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>لم يُختر أي مجلد</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>مزامنة &amp;الآن</translation>
    </message>
    <message>
        <source>Sync when files arrive</source>
        <translation>المزامنة عند وصول ملفات</translation>
    </message>
    <message>
        <source>Set the network passphrase first (above), or join a network from the start screen.</source>
        <translation>عيّن عبارة مرور الشبكة أولًا (في الأعلى)، أو انضم إلى شبكة من شاشة البدء.</translation>
    </message>
    <message>
        <source>to sync with the shared folder</source>
        <translation>للمزامنة مع المجلد المشترك</translation>
    </message>
    <message>
        <source>to sync whenever files arrive</source>
        <translation>للمزامنة كلما وصلت ملفات</translation>
    </message>
    <message>
        <source>Choose the shared folder and set the network passphrase first.</source>
        <translation>اختر المجلد المشترك وعيّن عبارة مرور الشبكة أولًا.</translation>
    </message>
    <message>
        <source>Try refused files again</source>
        <translation>إعادة محاولة الملفات المرفوضة</translation>
    </message>
    <message>
        <source>Read the refused files again at the next sync, for example after the network&apos;s passphrase changed.</source>
        <translation>قراءة الملفات المرفوضة مرة أخرى في المزامنة التالية، مثلًا بعد تغيير عبارة مرور الشبكة.</translation>
    </message>
    <message>
        <source>The refused files will be read again at the next sync.</source>
        <translation>ستُقرأ الملفات المرفوضة مرة أخرى في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>الملفات الواردة</translation>
    </message>
    <message>
        <source>Nothing received yet. Each file imported here, by hand or from the shared folder, is listed with the pantry that sent it.</source>
        <translation>لم يصل شيء بعد. يظهر هنا كل ملف يُستورد، يدويًا أو من المجلد المشترك، مع اسم مخزن الطعام الذي أرسله.</translation>
    </message>
    <message>
        <source>Edits to review</source>
        <translation>تعديلات للمراجعة</translation>
    </message>
    <message>
        <source>The same field was changed on two laptops that had not seen each other&apos;s change. Larder kept the newer one everywhere; check it, and keep it or put the other back.</source>
        <translation>تغيّر الحقل نفسه على حاسوبين لم يرَ أيٌّ منهما تغيير الآخر. احتفظ Larder بالتغيير الأحدث في كل مكان؛ تحقّق منه، ثم أبقِه أو أعِد القيمة الأخرى.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>المُحتفَظ به</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>وقت الاكتشاف</translation>
    </message>
    <message>
        <source>&amp;Keep what Larder chose</source>
        <translation>&amp;إبقاء ما اختاره Larder</translation>
    </message>
    <message>
        <source>Put the &amp;other value back</source>
        <translation>إعادة &amp;القيمة الأخرى</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check the clocks.&lt;/b&gt; A file received recently was made on a laptop whose clock is %1 hours ahead of this one. Larder merged it correctly, but set the date and time right on both laptops: a file more than a day ahead is refused.</source>
        <translation>&lt;b&gt;تحقّق من الساعات.&lt;/b&gt; ملف وصل مؤخرًا أُنشئ على حاسوب ساعته متقدمة بمقدار %1 ساعة عن ساعة هذا الحاسوب. دمجه Larder بشكل صحيح، لكن اضبط التاريخ والوقت بدقة على الحاسوبين: فالملف المتقدم بأكثر من يوم يُرفض.</translation>
    </message>
    <message>
        <source>This laptop belongs to a network: files it exports open only with the network&apos;s passphrase.</source>
        <translation>هذا الحاسوب ينتمي إلى شبكة: الملفات التي يصدّرها لا تُفتح إلا بعبارة مرور الشبكة.</translation>
    </message>
    <message>
        <source>No network passphrase yet. Set one to start a network, or ask another pantry for its latest file and join it from the start screen.</source>
        <translation>لا توجد عبارة مرور للشبكة بعد. عيّن واحدة لبدء شبكة، أو اطلب من مخزن طعام آخر أحدث ملف لديه وانضم إلى شبكته من شاشة البدء.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The network&apos;s passphrase was changed on &quot;%1&quot;.&lt;/b&gt; The next time this pantry is locked, unlock it with the new passphrase: from then on only the new one opens it. Until then the old one still does.</source>
        <translation>&lt;b&gt;تم تغيير عبارة مرور الشبكة على &quot;%1&quot;.&lt;/b&gt; في المرة القادمة التي يُقفل فيها مخزن الطعام هذا، افتحه بعبارة المرور الجديدة: فمن بعدها لن تفتحه إلا الجديدة. وحتى ذلك الحين ما زالت القديمة تفتحه.</translation>
    </message>
    <message>
        <source>everyone (all changes)</source>
        <translation>الجميع (كل التغييرات)</translation>
    </message>
    <message>
        <source>%1 (only what it lacks)</source>
        <translation>%1 (ما ينقصه فقط)</translation>
    </message>
    <message>
        <source>Sealing every detail with the new key…</source>
        <translation>جارٍ تشفير كل البيانات بالمفتاح الجديد…</translation>
    </message>
    <message>
        <source>Writing the sync file…</source>
        <translation>جارٍ كتابة ملف المزامنة…</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2: %n new change(s)</source>
        <translation>
            <numerusform>%1 من %2: لا تغييرات جديدة</numerusform>
            <numerusform>%1 من %2: تغيير جديد واحد</numerusform>
            <numerusform>%1 من %2: تغييران جديدان</numerusform>
            <numerusform>%1 من %2: %n تغييرات جديدة</numerusform>
            <numerusform>%1 من %2: %n تغييرًا جديدًا</numerusform>
            <numerusform>%1 من %2: %n تغيير جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here</source>
        <translation>
            <numerusform>لا شيء موجود هنا مسبقًا</numerusform>
            <numerusform>تغيير واحد موجود هنا مسبقًا</numerusform>
            <numerusform>تغييران موجودان هنا مسبقًا</numerusform>
            <numerusform>%n تغييرات موجودة هنا مسبقًا</numerusform>
            <numerusform>%n تغييرًا موجودًا هنا مسبقًا</numerusform>
            <numerusform>%n تغيير موجود هنا مسبقًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) to review</source>
        <translation>
            <numerusform>لا تعديلات للمراجعة</numerusform>
            <numerusform>تعديل واحد للمراجعة</numerusform>
            <numerusform>تعديلان للمراجعة</numerusform>
            <numerusform>%n تعديلات للمراجعة</numerusform>
            <numerusform>%n تعديلًا للمراجعة</numerusform>
            <numerusform>%n تعديل للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Its clock is %1 hours ahead of this laptop&apos;s.</source>
        <translation>ساعته متقدمة بمقدار %1 ساعة عن ساعة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>%1: cancelled. Nothing of it was changed.</source>
        <translation>%1: أُلغي. لم يتغيّر شيء بسببه.</translation>
    </message>
    <message>
        <source>%1: not imported. %2</source>
        <translation>%1: لم يُستورد. %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>اختر المجلد المشترك أولًا.</translation>
    </message>
    <message>
        <source>Syncing with the shared folder…</source>
        <translation>جارٍ المزامنة مع المجلد المشترك…</translation>
    </message>
    <message>
        <source>Reading %1 from the shared folder…</source>
        <translation>جارٍ قراءة %1 من المجلد المشترك…</translation>
    </message>
    <message>
        <source>%1: skipped, refused on %2 and unchanged since: %3</source>
        <translation>%1: تم تخطيه، فقد رُفض في %2 ولم يتغيّر منذ ذلك الحين: %3</translation>
    </message>
    <message>
        <source>Cancelled. The file being read changed nothing; the others are read at the next sync. This laptop&apos;s file was not written.</source>
        <translation>أُلغي. الملف الذي كانت تجري قراءته لم يغيّر شيئًا؛ وستُقرأ الملفات الأخرى في المزامنة التالية. لم يُكتب ملف هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Nothing new from the other laptops.</source>
        <translation>لا جديد من الحواسيب الأخرى.</translation>
    </message>
    <message>
        <source>Writing this laptop&apos;s file in the shared folder…</source>
        <translation>جارٍ كتابة ملف هذا الحاسوب في المجلد المشترك…</translation>
    </message>
    <message>
        <source>This laptop&apos;s file (%1) is up to date in the folder.</source>
        <translation>ملف هذا الحاسوب (%1) محدَّث في المجلد.</translation>
    </message>
    <message>
        <source>This laptop&apos;s file could not be written: %1</source>
        <translation>تعذّرت كتابة ملف هذا الحاسوب: %1</translation>
    </message>
    <message>
        <source>A folder that Syncthing, Nextcloud or a shared drive keeps in step between the laptops of the network. Choose the same folder on each laptop: each writes its own file there and reads the others&apos; whenever you sync.</source>
        <translation>مجلد يبقيه Syncthing أو Nextcloud أو محرك أقراص مشترك متطابقًا بين حواسيب الشبكة. اختر المجلد نفسه على كل حاسوب: يكتب كل حاسوب ملفه الخاص فيه، ويقرأ ملفات الحواسيب الأخرى كلما أجريت المزامنة.</translation>
    </message>
    <message>
        <source>Each laptop writes its own file here and reads the others&apos;. This laptop&apos;s file is %1; the name tells nothing about the pantry, and the files open only with the network&apos;s passphrase.</source>
        <translation>يكتب كل حاسوب ملفه الخاص هنا ويقرأ ملفات الحواسيب الأخرى. ملف هذا الحاسوب هو %1؛ لا يكشف الاسم شيئًا عن مخزن الطعام، ولا تُفتح الملفات إلا بعبارة مرور الشبكة.</translation>
    </message>
    <message>
        <source>%1 (refused %2): %3</source>
        <translation>%1 (رُفض في %2): %3</translation>
    </message>
    <message>
        <source>These files in the folder were refused and are skipped until they change:</source>
        <translation>رُفضت هذه الملفات الموجودة في المجلد، وسيتم تخطيها إلى أن تتغيّر:</translation>
    </message>
    <message>
        <source>Network passphrase</source>
        <translation>عبارة مرور الشبكة</translation>
    </message>
    <message>
        <source>Type the network&apos;s passphrase %1.</source>
        <translation>اكتب عبارة مرور الشبكة %1.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Set the network passphrase first (above).</source>
        <translation>عيّن عبارة مرور الشبكة أولًا (في الأعلى).</translation>
    </message>
    <message>
        <source>Export a sync file</source>
        <translation>تصدير ملف مزامنة</translation>
    </message>
    <message>
        <source>Larder sync files (*.lardersync)</source>
        <translation>ملفات مزامنة Larder (*.lardersync)</translation>
    </message>
    <message>
        <source>to encrypt the file</source>
        <translation>لتشفير الملف</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي تغيير في %1.</numerusform>
            <numerusform>كُتب تغيير واحد في %1.</numerusform>
            <numerusform>كُتب تغييران في %1.</numerusform>
            <numerusform>كُتبت %n تغييرات في %1.</numerusform>
            <numerusform>كُتب %n تغييرًا في %1.</numerusform>
            <numerusform>كُتب %n تغيير في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import sync files</source>
        <translation>استيراد ملفات مزامنة</translation>
    </message>
    <message>
        <source>Larder sync files (*.lardersync);;All files (*)</source>
        <translation>ملفات مزامنة Larder (*.lardersync);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>to open the files</source>
        <translation>لفتح الملفات</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Choose the passphrase every laptop of the network shares: it seals personal details and encrypts the sync files.</source>
        <translation>اختيار عبارة المرور التي تشترك فيها كل حواسيب الشبكة: فهي تحمي البيانات الشخصية وتشفّر ملفات المزامنة.</translation>
    </message>
    <message>
        <source>Save this pantry&apos;s changes in an encrypted file, to carry to the other laptops.</source>
        <translation>حفظ تغييرات مخزن الطعام هذا في ملف مشفّر، لنقله إلى الحواسيب الأخرى.</translation>
    </message>
    <message>
        <source>Open sync files from the other laptops and merge their changes into this pantry&apos;s file.</source>
        <translation>فتح ملفات مزامنة من الحواسيب الأخرى ودمج تغييراتها في ملف مخزن الطعام هذا.</translation>
    </message>
    <message>
        <source>The folder this laptop syncs through; Choose… changes it.</source>
        <translation>المجلد الذي يُزامن من خلاله هذا الحاسوب؛ ويغيّره زر «اختيار…».</translation>
    </message>
    <message>
        <source>Choose the shared folder this laptop syncs through.</source>
        <translation>اختيار المجلد المشترك الذي يُزامن من خلاله هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Import the other laptops&apos; new files from the shared folder, then write this laptop&apos;s file there.</source>
        <translation>استيراد ملفات الحواسيب الأخرى الجديدة من المجلد المشترك، ثم كتابة ملف هذا الحاسوب فيه.</translation>
    </message>
    <message>
        <source>While Larder is open, import each file that arrives in the shared folder at once, and write this laptop&apos;s file.</source>
        <translation>ما دام Larder مفتوحًا، يُستورد فورًا كل ملف يصل إلى المجلد المشترك، ويُكتب ملف هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>الملفات المستلَمة</translation>
    </message>
    <message>
        <source>Each sync file imported here, with the pantry that sent it and how many changes it brought.</source>
        <translation>كل ملف مزامنة استُورد هنا، مع مخزن الطعام الذي أرسله وعدد التغييرات التي جاء بها.</translation>
    </message>
    <message>
        <source>Fields changed on two laptops at once, with the value kept and the other one; choose one, then keep it or put the other value back.</source>
        <translation>حقول غُيِّرت على حاسوبين في الوقت نفسه، مع القيمة المُبقاة والقيمة الأخرى؛ اختر أحدها، ثم أبقِه أو أعد القيمة الأخرى.</translation>
    </message>
    <message>
        <source>Mark the chosen edit as reviewed, keeping the value Larder kept.</source>
        <translation>تعليم التعديل المختار على أنه رُوجع، مع إبقاء القيمة التي أبقاها Larder.</translation>
    </message>
    <message>
        <source>Write the other laptop&apos;s value back in place of the one Larder kept.</source>
        <translation>إعادة كتابة قيمة الحاسوب الآخر بدلًا من القيمة التي أبقاها Larder.</translation>
    </message>
</context>
<context>
    <name>larder::ui::TemplatesDialog</name>
    <message>
        <source>households of %1 or more</source>
        <translation>أسر عدد أفرادها %1 أو أكثر</translation>
    </message>
    <message>
        <source>households of %1</source>
        <translation>أسر عدد أفرادها %1</translation>
    </message>
    <message>
        <source>households of %1-%2</source>
        <translation>أسر عدد أفرادها %1-%2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 أو أكثر</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>No template in use covers households of %1 people: they get no package.</source>
        <translation>لا يوجد قالب مستخدَم يشمل الأسر التي عدد أفرادها %1: لن تحصل هذه الأسر على طرد.</translation>
    </message>
    <message>
        <source>Box templates</source>
        <translation>قوالب الصناديق</translation>
    </message>
    <message>
        <source>What goes in a household&apos;s package, by household size. Each household gets the template for its size; items that do not suit its diet are swapped when stock is set aside. Changes are saved as you make them.</source>
        <translation>ما يوضع في طرد الأسرة، حسب حجم الأسرة. تحصل كل أسرة على القالب المناسب لحجمها؛ والأصناف التي لا تناسب نظامها الغذائي تُستبدل عند حجز المخزون. تُحفظ التغييرات فور إجرائها.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>قالب جديد</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>e.g. Small household</source>
        <translation>مثلًا: أسرة صغيرة</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;الاسم</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>people</source>
        <translation>أفراد</translation>
    </message>
    <message>
        <source>For households of</source>
        <translation>للأسر المكوّنة من</translation>
    </message>
    <message>
        <source>How many boxes the package fills: drivers&apos; capacity counts boxes.</source>
        <translation>عدد الصناديق التي يملؤها الطرد: سعة السائقين تُحسب بالصناديق.</translation>
    </message>
    <message>
        <source>&amp;Boxes</source>
        <translation>&amp;الصناديق</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>مُستخدَم</translation>
    </message>
    <message>
        <source>A template not in use is kept but given to nobody.</source>
        <translation>القالب غير المستخدَم يُحتفظ به لكن لا يُعطى لأحد.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Type part of an item&apos;s name, then Enter</source>
        <translation>اكتب جزءًا من اسم الصنف، ثم Enter</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>إضافة صنف</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>إزالة الصنف</translation>
    </message>
    <message>
        <source>%1
%2, boxes: %3</source>
        <translation>%1
%2، الصناديق: %3</translation>
    </message>
    <message>
        <source>(not in use)</source>
        <translation>(غير مستخدَم)</translation>
    </message>
    <message>
        <source>Give the template a name, such as &quot;Small household&quot;.</source>
        <translation>أعطِ القالب اسمًا، مثل &quot;أسرة صغيرة&quot;.</translation>
    </message>
    <message>
        <source>Another template is already called &quot;%1&quot;: choose another name.</source>
        <translation>يوجد قالب آخر باسم &quot;%1&quot;: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The largest household size (%1) is below the smallest (%2): raise it, or choose &quot;no limit&quot;.</source>
        <translation>أكبر حجم للأسرة (%1) أقل من أصغر حجم (%2): ارفعه، أو اختر &quot;بلا حد&quot;.</translation>
    </message>
    <message>
        <source>%1 has a quantity of 0: give at least 1, or remove the item.</source>
        <translation>كمية %1 تساوي 0: أدخل 1 على الأقل، أو أزل الصنف.</translation>
    </message>
    <message>
        <source>Not saved until this is fixed.</source>
        <translation>لن يُحفظ حتى يُصحَّح هذا.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>قالب جديد %1</translation>
    </message>
    <message>
        <source>No template was added: %1</source>
        <translation>لم يُضف أي قالب: %1</translation>
    </message>
    <message>
        <source>Template added: name it, set the household sizes and add its items.</source>
        <translation>أُضيف القالب: سمِّه، وحدّد أحجام الأسر، وأضف أصنافه.</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>إزالة القالب</translation>
    </message>
    <message>
        <source>Remove the template &quot;%1&quot;? Households of its sizes get no package until another template covers them.</source>
        <translation>هل تريد إزالة القالب &quot;%1&quot;؟ لن تحصل الأسر التي تناسب أحجامه على طرد حتى يشملها قالب آخر.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>لم تتم الإزالة: %1</translation>
    </message>
    <message>
        <source>Type part of an item&apos;s name first.</source>
        <translation>اكتب جزءًا من اسم الصنف أولًا.</translation>
    </message>
    <message>
        <source>No item in the catalog matches &quot;%1&quot;: check the spelling, or add the item on the Inventory page first.</source>
        <translation>لا يوجد صنف في الكتالوج يطابق &quot;%1&quot;: تحقّق من الإملاء، أو أضف الصنف أولًا في صفحة المخزون.</translation>
    </message>
    <message>
        <source>%1 is already in this template: change its quantity in the list.</source>
        <translation>%1 موجود بالفعل في هذا القالب: غيّر كميته في القائمة.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>لم تتم الإضافة: %1</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>تمت إضافة %1.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>تمت إزالة %1.</translation>
    </message>
    <message>
        <source>No templates yet: press &quot;New template&quot; to start.</source>
        <translation>لا توجد قوالب بعد: اضغط &quot;قالب جديد&quot; للبدء.</translation>
    </message>
    <message>
        <source>Every box template, those not in use too; choosing one shows it in the form beside the list.</source>
        <translation>كل قوالب الصناديق، ومنها غير المستخدمة؛ اختيار قالب يعرضه في النموذج المجاور للقائمة.</translation>
    </message>
    <message>
        <source>Add a template for the sizes after the largest covered so far, ready to be named.</source>
        <translation>إضافة قالب للأحجام التي تلي أكبر حجم مشمول حتى الآن، جاهز لتسميته.</translation>
    </message>
    <message>
        <source>Remove the chosen template, after asking; households of its sizes get no package until another template covers them.</source>
        <translation>حذف القالب المختار بعد السؤال؛ لا تحصل الأسر بأحجامه على طرد حتى يشملها قالب آخر.</translation>
    </message>
    <message>
        <source>The template&apos;s name; saved when you leave the field.</source>
        <translation>اسم القالب؛ يُحفظ عند مغادرة الحقل.</translation>
    </message>
    <message>
        <source>Smallest household</source>
        <translation>أصغر أسرة</translation>
    </message>
    <message>
        <source>The fewest people in a household this template is for.</source>
        <translation>أقل عدد من الأفراد في الأسرة التي يخصها هذا القالب.</translation>
    </message>
    <message>
        <source>Largest household</source>
        <translation>أكبر أسرة</translation>
    </message>
    <message>
        <source>The most people in a household this template is for; &quot;no limit&quot; for any more.</source>
        <translation>أكبر عدد من الأفراد في الأسرة التي يخصها هذا القالب؛ &quot;بلا حد&quot; لأي عدد أكبر.</translation>
    </message>
    <message>
        <source>Items in the package</source>
        <translation>أصناف الطرد</translation>
    </message>
    <message>
        <source>What goes in this template&apos;s package: each item with its quantity, which can be changed here, and unit.</source>
        <translation>ما يوضع في طرد هذا القالب: كل صنف مع كميته، التي يمكن تغييرها هنا، ووحدته.</translation>
    </message>
    <message>
        <source>Item to add</source>
        <translation>الصنف المراد إضافته</translation>
    </message>
    <message>
        <source>Type part of an item&apos;s name, then press Enter to add it to the package.</source>
        <translation>اكتب جزءًا من اسم صنف، ثم اضغط Enter لإضافته إلى الطرد.</translation>
    </message>
    <message>
        <source>How many of the item to add go in the package.</source>
        <translation>كم وحدة من الصنف المراد إضافته توضع في الطرد.</translation>
    </message>
    <message>
        <source>Add the item typed beside it to the package, this many of it.</source>
        <translation>إضافة الصنف المكتوب بجانبه إلى الطرد، بهذه الكمية.</translation>
    </message>
    <message>
        <source>Take the item chosen in the list out of the package.</source>
        <translation>إخراج الصنف المختار في القائمة من الطرد.</translation>
    </message>
    <message>
        <source>Close this window; every change is already saved.</source>
        <translation>إغلاق هذه النافذة؛ كل التغييرات محفوظة بالفعل.</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>كمية %1</translation>
    </message>
    <message>
        <source>How many of this item go in the package; saved as you change it.</source>
        <translation>كم وحدة من هذا الصنف توضع في الطرد؛ تُحفظ فور تغييرها.</translation>
    </message>
</context>
<context>
    <name>larder::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Stock, expiry dates and counts are all here; the follow-ups show no names.</source>
        <translation>المخزون وتواريخ انتهاء الصلاحية والجرد كلها هنا؛ والمتابعات لا تُظهر الأسماء.</translation>
    </message>
    <message>
        <source>active households</source>
        <translation>أسر نشطة</translation>
    </message>
    <message>
        <source>items in the catalog</source>
        <translation>أصناف في الكتالوج</translation>
    </message>
    <message numerus="yes">
        <source>lots to use within %n days</source>
        <translation>
            <numerusform>دفعات للاستخدام خلال %n يوم</numerusform>
            <numerusform>دفعات للاستخدام خلال يوم واحد</numerusform>
            <numerusform>دفعات للاستخدام خلال يومين</numerusform>
            <numerusform>دفعات للاستخدام خلال %n أيام</numerusform>
            <numerusform>دفعات للاستخدام خلال %n يومًا</numerusform>
            <numerusform>دفعات للاستخدام خلال %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>items below par</source>
        <translation>أصناف دون الحد الأدنى</translation>
    </message>
    <message>
        <source>volunteers and drivers</source>
        <translation>متطوعون وسائقون</translation>
    </message>
    <message>
        <source>Use first</source>
        <translation>استخدم أولًا</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>أوشكت على النفاد</translation>
    </message>
    <message>
        <source>Items with less on hand than the pantry aims to keep (its par level).</source>
        <translation>أصناف متوفرة بكمية أقل مما يهدف مخزن الطعام إلى الاحتفاظ به (حدها الأدنى).</translation>
    </message>
    <message>
        <source>Every item is at or above its par level.</source>
        <translation>كل الأصناف عند حدها الأدنى أو فوقه.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Driver&apos;s note</source>
        <translation>ملاحظة السائق</translation>
    </message>
    <message>
        <source>Done — dealt with</source>
        <translation>تم — عولجت</translation>
    </message>
    <message>
        <source>Someone has called or visited this household: take it off the list.</source>
        <translation>اتصل أحدٌ بهذه الأسرة أو زارها: أزلها من القائمة.</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>فتح الأسرة</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>للمتابعة</translation>
    </message>
    <message>
        <source>Deliveries that did not arrive: nobody was home, or the address was wrong. Call or visit, fix the address if needed, then press Done.</source>
        <translation>عمليات توصيل لم تصل: لم يكن أحد في البيت، أو كان العنوان خاطئًا. اتصل أو قم بزيارة، وصحّح العنوان إذا لزم الأمر، ثم اضغط «تم».</translation>
    </message>
    <message>
        <source>Nothing to follow up: every delivery arrived or was dealt with.</source>
        <translation>لا شيء للمتابعة: كل عمليات التوصيل وصلت أو عولجت.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>Lots on the shelf that expire within %n days, oldest first. Pack these before anything else.</source>
        <translation>
            <numerusform>الدفعات الموجودة على الرف التي تنتهي صلاحيتها خلال %n يوم، الأقدم أولًا. عبّئها قبل أي شيء آخر.</numerusform>
            <numerusform>الدفعات الموجودة على الرف التي تنتهي صلاحيتها خلال يوم واحد، الأقدم أولًا. عبّئها قبل أي شيء آخر.</numerusform>
            <numerusform>الدفعات الموجودة على الرف التي تنتهي صلاحيتها خلال يومين، الأقدم أولًا. عبّئها قبل أي شيء آخر.</numerusform>
            <numerusform>الدفعات الموجودة على الرف التي تنتهي صلاحيتها خلال %n أيام، الأقدم أولًا. عبّئها قبل أي شيء آخر.</numerusform>
            <numerusform>الدفعات الموجودة على الرف التي تنتهي صلاحيتها خلال %n يومًا، الأقدم أولًا. عبّئها قبل أي شيء آخر.</numerusform>
            <numerusform>الدفعات الموجودة على الرف التي تنتهي صلاحيتها خلال %n يوم، الأقدم أولًا. عبّئها قبل أي شيء آخر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing on the shelf expires within %n days.</source>
        <translation>
            <numerusform>لا شيء على الرف تنتهي صلاحيته خلال %n يوم.</numerusform>
            <numerusform>لا شيء على الرف تنتهي صلاحيته خلال يوم واحد.</numerusform>
            <numerusform>لا شيء على الرف تنتهي صلاحيته خلال يومين.</numerusform>
            <numerusform>لا شيء على الرف تنتهي صلاحيته خلال %n أيام.</numerusform>
            <numerusform>لا شيء على الرف تنتهي صلاحيته خلال %n يومًا.</numerusform>
            <numerusform>لا شيء على الرف تنتهي صلاحيته خلال %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2. What needs attention first.</source>
        <translation>%1 في %2. ما يحتاج إلى اهتمامك أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>and %n already past their date</source>
        <translation>
            <numerusform>ولا شيء انتهت صلاحيته</numerusform>
            <numerusform>ودفعة واحدة انتهت صلاحيتها بالفعل</numerusform>
            <numerusform>ودفعتان انتهت صلاحيتهما بالفعل</numerusform>
            <numerusform>و%n دفعات انتهت صلاحيتها بالفعل</numerusform>
            <numerusform>و%n دفعة انتهت صلاحيتها بالفعل</numerusform>
            <numerusform>و%n دفعة انتهت صلاحيتها بالفعل</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the chosen household&apos;s form on the Households page.</source>
        <translation>فتح نموذج الأسرة المختارة في صفحة الأسر.</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(تم)</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>%1: the pantry&apos;s address, and its place on the map (a map link copied from OpenStreetMap or Google Maps will do). Routes start there.</source>
        <translation>%1: عنوان مخزن الطعام ومكانه على الخريطة (يكفي رابط خريطة منسوخ من OpenStreetMap أو Google Maps). تبدأ المسارات من هناك.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>%1: receive the first donation. Scan or type an item; one the catalog does not know yet is added with New item (Alt+N).</source>
        <translation>%1: استلم أول تبرع. امسح صنفًا أو اكتب اسمه؛ والصنف الذي لا يعرفه الكتالوج بعد يُضاف بزر «صنف جديد» (Alt+N).</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>%1: add the households you deliver to, or import them from a spreadsheet (CSV).</source>
        <translation>%1: أضف الأسر التي توصل إليها، أو استوردها من جدول بيانات (CSV).</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>%1: make a delivery day, add the drivers who came, plan the routes and print a sheet for each driver.</source>
        <translation>%1: أنشئ يوم توصيل، وأضف السائقين الذين حضروا، وخطّط المسارات، واطبع ورقة لكل سائق.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>This list goes away when every step is done.</source>
        <translation>تختفي هذه القائمة عند إتمام كل الخطوات.</translation>
    </message>
    <message>
        <source>Requests and offers</source>
        <translation>الطلبات والعروض</translation>
    </message>
</context>
</TS>
