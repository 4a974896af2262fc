import { defineLocale } from '../core/locale-registry.js';
import type { Translation } from '../core/strings.js';

/**
 * Arabic. The noun after a number agrees with it: a plural after 3 to 10
 * (`few`), a singular after 11 to 99 (`many`, accusative) and after 100
 * (`other`); one and two say the number in the noun itself. Counts of
 * outcomes are written as "label: n", which needs no agreement.
 */
const ar: Translation = {
  sources: { zero: 'المصادر', one: 'المصدر', two: 'المصدران', few: 'المصادر', many: 'المصادر', other: 'المصادر' },
  updated: 'آخر تحديث {date}',
  postBy: 'منشور {name}',
  skipPost: 'تخطي منشور {name}',
  endOfPost: 'نهاية منشور {name}',
  viewOn: 'عرض على {platform}',
  media: 'صورة أو فيديو على {platform}',
  loadOriginal: 'تحميل المنشور الأصلي',
  loadOriginalNotice:
    'يؤدي تحميل المنشور الأصلي إلى إرسال عنوان IP الخاص بك وبيانات متصفحك إلى {platform}، وقد يضع ملفات تعريف الارتباط ويتتبعك.',
  demand: 'المطلب',
  response: 'الرد',
  status: 'الحالة',
  note: 'ملاحظة',
  statusRejected: 'مرفوض',
  statusAccepted: 'مقبول',
  statusPartial: 'مقبول جزئيًا',
  statusOpen: 'مستعد للتفاوض',
  statusPending: 'لا رد بعد',
  statusUnknown: 'غير واضح',
  countRejected: 'مرفوض: {count}',
  countAccepted: 'مقبول: {count}',
  countPartial: 'مقبول جزئيًا: {count}',
  countOpen: 'مستعد للتفاوض: {count}',
  countPending: 'بلا رد: {count}',
  countUnknown: 'غير واضح: {count}',
  filterLabel: 'تصفية حسب النتيجة',
  filterAll: 'الكل',
  showingRows: {
    zero: 'لا يُعرض أي مطلب من أصل {total}',
    one: 'عرض مطلب واحد من أصل {total}',
    two: 'عرض مطلبين من أصل {total}',
    few: 'عرض {count} مطالب من أصل {total}',
    many: 'عرض {count} مطلبًا من أصل {total}',
    other: 'عرض {count} مطلب من أصل {total}',
  },
  noRows: 'لا توجد مطالب بهذه النتيجة.',
  keyFacts: 'حقائق رئيسية',
  showAll: {
    zero: 'عرض كل الحقائق ({count})',
    one: 'عرض حقيقة واحدة',
    two: 'عرض الحقيقتين',
    few: 'عرض كل الحقائق ({count})',
    many: 'عرض كل الحقائق ({count})',
    other: 'عرض كل الحقائق ({count})',
  },
  showFewer: 'عرض أقل',
  nthOf: '{index} من {total}',
};

defineLocale('ar', ar);
export default ar;
