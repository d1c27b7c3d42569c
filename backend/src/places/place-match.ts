import { gridDisk } from 'h3-js';
import { distanceM } from '../districts/geo';
import { fold, words } from '../analytics/themes/normalise';

/** Entries within this distance of a place's centre, with a similar name, belong to it. */
export const PLACE_RADIUS_M = 100;
/**
 * With the same name (equal, or one containing the other: "Phoenixsee", "Phoenix-See Dortmund") this far:
 * a lake, a park or a castle is larger than 100 m, and people put their pins all over it.
 */
export const SAME_NAME_RADIUS_M = 400;
export const NAME_SIMILARITY = 0.5;

export interface PlaceCandidate {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

/** Pure: a place name reduced to what identifies it ("Der Phoenix-See!" → "phoenixsee"). */
export function nameKey(name: string): string {
  return words(name)
    .map(fold)
    .filter((w) => !['der', 'die', 'das', 'am', 'im', 'an', 'in', 'zum', 'zur', 'beim', 'dem', 'den', 'und', 'platz'].includes(w) || words(name).length === 1)
    .join('');
}

function trigrams(s: string): Set<string> {
  const padded = `  ${s} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** Pure: similarity of two place names from 0 to 1 (trigram Jaccard; 1 when one contains the other). */
export function nameSimilarity(a: string, b: string): number {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return 0;
  if (x === y || (Math.min(x.length, y.length) >= 5 && (x.includes(y) || y.includes(x)))) return 1;
  const tx = trigrams(x);
  const ty = trigrams(y);
  let shared = 0;
  for (const t of tx) if (ty.has(t)) shared++;
  return shared / (tx.size + ty.size - shared);
}

/**
 * Pure: the best place for an entry among the candidates, or null: the same name within 400 m, or a
 * similar one within 100 m. The most similar name wins, then the nearest place.
 */
export function matchPlace(entry: { name: string; lon: number; lat: number }, candidates: PlaceCandidate[]): PlaceCandidate | null {
  let best: PlaceCandidate | null = null;
  let bestScore = 0;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = distanceM(c.lon, c.lat, entry.lon, entry.lat);
    if (distance > SAME_NAME_RADIUS_M) continue;
    const score = nameSimilarity(entry.name, c.name);
    if (score < NAME_SIMILARITY || (score < 1 && distance > PLACE_RADIUS_M)) continue;
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = c;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/** The H3 r9 cells (edge ≈ 175 m) that can hold a place within 400 m of a point in `cell`: two rings. */
export function placeSearchCells(h3r9: string): string[] {
  return gridDisk(h3r9, 2);
}
