// Every word the calendar shows, in English and French: one small dictionary, so that it can join the
// extension's l10n bundles later. Functions where the words depend on a number or a name.
import type { Language, Status } from '../src/schedule/messages';

export interface Words {
  readonly months: readonly string[];
  readonly monthsShort: readonly string[];
  /** Monday first. */
  readonly weekdays: readonly string[];
  readonly weekdaysLong: readonly string[];
  readonly publications: (n: number) => string;
  readonly channels: (n: number) => string;
  readonly reposts: (n: number) => string;
  readonly afterExpiryCount: (n: number) => string;
  readonly afterExpiryTitle: string;
  readonly zoneTitle: string;
  readonly errorsBanner: (n: number) => string;
  readonly showProblems: string;
  readonly previousMonth: string;
  readonly nextMonth: string;
  readonly previousWeek: string;
  readonly nextWeek: string;
  readonly today: string;
  readonly todayTitle: string;
  readonly view: string;
  readonly navigation: string;
  readonly filters: string;
  readonly week: string;
  readonly month: string;
  readonly channelsGroup: string;
  readonly hide: (channel: string) => string;
  readonly show: (channel: string) => string;
  readonly keyFirst: string;
  readonly keyRepost: string;
  readonly keyLate: string;
  readonly statusGroup: string;
  readonly status: Record<Status | 'none', string>;
  readonly statusLine: (status: string) => string;
  readonly more: (n: number) => string;
  readonly dayTitle: (day: string, n: number) => string;
  readonly close: string;
  readonly showWeek: string;
  readonly calendar: (period: string) => string;
  readonly expired: string;
  readonly on: (post: string, channels: string) => string;
  readonly firstPublication: string;
  readonly repost: (k: number) => string;
  readonly fromQueue: (queue: string) => string;
  readonly afterExpiry: string;
  readonly empty: string;
  readonly loading: string;
}

/** English counts 0 as many, French as one (« 0 erreur »). */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const pluriel = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

const en: Words = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  weekdaysLong: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  publications: (n) => plural(n, 'publication', 'publications'),
  channels: (n) => plural(n, 'channel', 'channels'),
  reposts: (n) => `${n} ↻ ${n === 1 ? 'repost' : 'reposts'}`,
  afterExpiryCount: (n) => `${n} after expiry`,
  afterExpiryTitle: 'Published after the content expires: show the first one',
  zoneTitle: 'Times are local to the plan',
  errorsBanner: (n) => `${plural(n, 'error', 'errors')}: the schedule may be incomplete`,
  showProblems: 'Show problems',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousWeek: 'Previous week',
  nextWeek: 'Next week',
  today: 'Today',
  todayTitle: 'The day cmplan.now names, or today',
  view: 'View',
  navigation: 'Calendar navigation',
  filters: 'Filters',
  week: 'Week',
  month: 'Month',
  channelsGroup: 'Channels',
  hide: (c) => `Hide ${c}`,
  show: (c) => `Show ${c}`,
  keyFirst: 'first',
  keyRepost: 'repost',
  keyLate: 'after expiry',
  statusGroup: 'Status',
  status: { draft: 'draft', review: 'in review', approved: 'approved', none: 'no status' },
  statusLine: (s) => `Status: ${s}`,
  more: (n) => `+${n} more`,
  dayTitle: (day, n) => `${day}: ${plural(n, 'publication', 'publications')}`,
  close: 'Close',
  showWeek: 'Show this week',
  calendar: (period) => `Publications, ${period}`,
  expired: 'expired',
  on: (post, channels) => `${post} on ${channels}`,
  firstPublication: 'first publication',
  repost: (k) => `repost ${k}`,
  fromQueue: (q) => ` from queue ${q}`,
  afterExpiry: ' — after the content expires',
  empty: 'No publications yet: a post needs on and at, or a queue with slots and items.',
  loading: 'Loading the schedule…',
};

// French typography: a no-break space before ":" and inside the period; lower-case day and month names.
const fr: Words = {
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  monthsShort: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  weekdays: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
  weekdaysLong: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  publications: (n) => pluriel(n, 'publication', 'publications'),
  channels: (n) => pluriel(n, 'canal', 'canaux'),
  reposts: (n) => `${n} ↻ ${n <= 1 ? 'republication' : 'republications'}`,
  afterExpiryCount: (n) => `${n} après expiration`,
  afterExpiryTitle: 'Publiées après l’expiration du contenu\u00a0: afficher la première',
  zoneTitle: 'Heures locales du plan',
  errorsBanner: (n) => `${pluriel(n, 'erreur', 'erreurs')}\u00a0: le calendrier peut être incomplet`,
  showProblems: 'Afficher les problèmes',
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  previousWeek: 'Semaine précédente',
  nextWeek: 'Semaine suivante',
  today: 'Aujourd’hui',
  todayTitle: 'Le jour que donne cmplan.now, ou aujourd’hui',
  view: 'Vue',
  navigation: 'Navigation dans le calendrier',
  filters: 'Filtres',
  week: 'Semaine',
  month: 'Mois',
  channelsGroup: 'Canaux',
  hide: (c) => `Masquer ${c}`,
  show: (c) => `Afficher ${c}`,
  keyFirst: 'première',
  keyRepost: 'republication',
  keyLate: 'après expiration',
  statusGroup: 'Statut',
  status: { draft: 'brouillon', review: 'en relecture', approved: 'approuvé', none: 'sans statut' },
  statusLine: (s) => `Statut\u00a0: ${s}`,
  more: (n) => `+${n} autres`,
  dayTitle: (day, n) => `${day}\u00a0: ${pluriel(n, 'publication', 'publications')}`,
  close: 'Fermer',
  showWeek: 'Afficher la semaine',
  calendar: (period) => `Publications, ${period}`,
  expired: 'expirée',
  on: (post, channels) => `${post} sur ${channels}`,
  firstPublication: 'première publication',
  repost: (k) => `republication ${k}`,
  fromQueue: (q) => ` de la file ${q}`,
  afterExpiry: ' — après l’expiration du contenu',
  empty: 'Aucune publication pour l’instant\u00a0: un post a besoin de on et at, ou une file de créneaux et d’éléments.',
  loading: 'Chargement du calendrier…',
};

const dictionaries: Record<Language, Words> = { en, fr };

export function wordsFor(language: Language | undefined): Words {
  return dictionaries[language ?? 'en'] ?? en;
}
