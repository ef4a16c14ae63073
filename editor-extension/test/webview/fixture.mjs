// A schedule as a busy team's plan gives it, with the 1.2 fields (status, media): 12 channels (one
// used but not declared, as in a plan with errors), a launch day of 36 publications, ids that differ
// only at their end, reposts, late reposts, thumbnails from a URL and from the plan's folder.
const CHANNELS = ['x', 'linkedin', 'instagram', 'mastodon', 'bluesky', 'facebook', 'threads', 'tiktok', 'youtube', 'pinterest', 'newsletter'];
const STATUSES = ['draft', 'review', 'approved'];
export const BUSY_DAY = '2027-03-16';
export const IMAGE_URL = 'https://cdn.example.test/affiche-webinar.png';
/** What asWebviewUri gives for img/cargo.png next to the plan, in this harness. */
export const LOCAL_IMAGE = 'http://webview.test/plan/img/cargo.png';

const at = (day, hour, minute = 0) => `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+01:00`;

export function fixture({ language = 'en', errors = 12 } = {}) {
  const publications = [];
  // The launch day: 36 publications, one post per quarter hour on rotating channels.
  for (let k = 0; k < 36; k++) {
    const minutes = 8 * 60 + k * 15;
    publications.push({
      post: `webinar-printemps-2027-replay-${k + 1}`,
      channel: CHANNELS[k % CHANNELS.length],
      at: at(BUSY_DAY, Math.floor(minutes / 60), minutes % 60),
      repost: k % 3 === 2 ? 1 : 0,
      afterExpiry: false,
      status: STATUSES[k % 3],
      ...(k === 0 ? { media: [{ src: IMAGE_URL, kind: 'image', alt: 'Affiche du webinar, 25 mars à 18h', view: IMAGE_URL }] } : {}),
    });
  }
  // Ids that differ only at their end, first publications and reposts, on narrow days.
  for (const [day, repost] of [['2027-03-02', 0], ['2027-03-09', 1], ['2027-03-23', 2]]) {
    for (const n of [1, 2]) {
      publications.push({
        post: `atelier-entretien-velo-cargo-${n}`,
        channel: n === 1 ? 'instagram' : 'x',
        at: at(day, 9 + n),
        repost,
        afterExpiry: false,
        status: 'approved',
        media: [{ src: 'img/cargo.png', kind: 'image', alt: 'Un vélo-cargo devant l’atelier', view: LOCAL_IMAGE }, { src: 'clip.mp4', kind: 'video' }],
      });
    }
  }
  // One post on four channels at once (one entry, four dots); a late repost; a channel nobody declared.
  for (const channel of ['x', 'linkedin', 'mastodon', 'bluesky']) {
    publications.push({ post: 'lancement-cargo', channel, at: at('2027-03-04', 12, 30), repost: 0, afterExpiry: false, status: 'review' });
  }
  publications.push({ post: 'soldes-hiver', channel: 'facebook', at: at('2027-03-18', 18), repost: 2, afterExpiry: true, status: 'approved' });
  publications.push({ post: 'sans-canal', channel: 'snapchat', at: at('2027-03-25', 10), repost: 0, afterExpiry: false });
  publications.sort((a, b) => a.at.localeCompare(b.at));
  return {
    uri: 'file:///plans/printemps.cmplan',
    fileName: 'plans/printemps.cmplan',
    timezone: 'Europe/Paris',
    channels: CHANNELS,
    publications,
    today: '2027-03-01',
    errors,
    language,
  };
}
