import { defineLocale } from '../core/locale-registry.js';
import type { Translation } from '../core/strings.js';

/**
 * Turkish. A noun after a number stays singular, so `one` and `other` differ
 * only in wording. Suffixes follow the vowels of the word they attach to, so
 * no suffix is attached to a placeholder: "{platform} üzerinde", not "{platform}'da".
 */
const tr: Translation = {
  sources: { one: 'Kaynak', other: 'Kaynaklar' },
  updated: 'Son güncelleme: {date}',
  postBy: 'Gönderi: {name}',
  skipPost: 'Gönderiyi atla: {name}',
  endOfPost: 'Gönderinin sonu: {name}',
  viewOn: '{platform} üzerinde görüntüle',
  media: 'Fotoğraf veya video, {platform} üzerinde',
  loadOriginal: 'Orijinal gönderiyi yükle',
  loadOriginalNotice:
    'Orijinal gönderiyi yüklerseniz IP adresiniz ve tarayıcı bilgileriniz {platform} ile paylaşılır; bu platform çerez yerleştirebilir ve sizi takip edebilir.',
  demand: 'Talep',
  response: 'Yanıt',
  status: 'Durum',
  note: 'Not',
  statusRejected: 'Reddedildi',
  statusAccepted: 'Kabul edildi',
  statusPartial: 'Kısmen kabul edildi',
  statusOpen: 'Görüşmeye açık',
  statusPending: 'Henüz yanıt yok',
  statusUnknown: 'Belirsiz',
  countRejected: 'reddedilen: {count}',
  countAccepted: 'kabul edilen: {count}',
  countPartial: 'kısmen kabul edilen: {count}',
  countOpen: 'görüşmeye açık: {count}',
  countPending: 'yanıtsız: {count}',
  countUnknown: 'belirsiz: {count}',
  filterLabel: 'Sonuca göre göster',
  filterAll: 'Tümü',
  showingRows: {
    one: '{total} talepten {count} tanesi gösteriliyor',
    other: '{total} talepten {count} tanesi gösteriliyor',
  },
  noRows: 'Bu sonuçla eşleşen talep yok.',
  keyFacts: 'Temel bilgiler',
  showAll: { one: '{count} bilgiyi göster', other: 'Tüm {count} bilgiyi göster' },
  showFewer: 'Daha az göster',
  nthOf: '{index}/{total}',
};

defineLocale('tr', tr);
export default tr;
