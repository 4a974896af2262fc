import { defineLocale } from '../core/locale-registry.js';
import type { Translation } from '../core/strings.js';

/**
 * Hebrew (right to left). One and two say the number in words ("עובדה
 * אחת", "שתי העובדות"); counts of outcomes are written as "label: n".
 */
const he: Translation = {
  sources: { one: 'מקור', two: 'מקורות', other: 'מקורות' },
  updated: 'עדכון אחרון: {date}',
  postBy: 'פוסט של {name}',
  skipPost: 'דילוג על הפוסט של {name}',
  endOfPost: 'סוף הפוסט של {name}',
  viewOn: 'לצפייה ב-{platform}',
  media: 'תמונה או סרטון ב-{platform}',
  loadOriginal: 'טעינת הפוסט המקורי',
  loadOriginalNotice:
    'טעינת הפוסט המקורי שולחת את כתובת ה-IP שלך ופרטי הדפדפן שלך אל {platform}, והשירות עלול להציב קובצי Cookie ולעקוב אחריך.',
  demand: 'דרישה',
  response: 'תגובה',
  status: 'סטטוס',
  note: 'הערה',
  statusRejected: 'נדחתה',
  statusAccepted: 'התקבלה',
  statusPartial: 'התקבלה חלקית',
  statusOpen: 'נכונות למשא ומתן',
  statusPending: 'טרם התקבלה תשובה',
  statusUnknown: 'לא ברור',
  countRejected: 'נדחו: {count}',
  countAccepted: 'התקבלו: {count}',
  countPartial: 'התקבלו חלקית: {count}',
  countOpen: 'נכונות למשא ומתן: {count}',
  countPending: 'ללא תשובה: {count}',
  countUnknown: 'לא ברור: {count}',
  filterLabel: 'הצגה לפי תוצאה',
  filterAll: 'הכול',
  showingRows: {
    one: 'מוצגת דרישה אחת מתוך {total}',
    two: 'מוצגות שתי דרישות מתוך {total}',
    other: 'מוצגות {count} דרישות מתוך {total}',
  },
  noRows: 'אין דרישות עם תוצאה זו.',
  keyFacts: 'עובדות מרכזיות',
  showAll: { one: 'הצגת עובדה אחת', two: 'הצגת שתי העובדות', other: 'הצגת כל {count} העובדות' },
  showFewer: 'הצגת פחות',
  nthOf: '{index} מתוך {total}',
};

defineLocale('he', he);
export default he;
