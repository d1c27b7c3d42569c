// What happened during the campaign, marked in the weekly chart. The demo data runs from
// 1 April to 31 July 2026 (backend/src/seed/demo-data.generator.ts), with the DORTBUNT! city
// festival on 9/10 May, where entries were written on paper cards at the campaign's booth.
// Labels: herzensorte.dashboard.events.<id> in i18n/de.ts and en.ts.

export interface CampaignEvent {
    id: string;
    /** First day, `YYYY-MM-DD` (local). */
    date: string;
    /** Last day of a multi-day event. */
    end?: string;
}

export const CAMPAIGN_EVENTS: readonly CampaignEvent[] = [
    { id: 'launch', date: '2026-04-01' },
    { id: 'press_phoenix_see', date: '2026-04-16' },
    { id: 'dortbunt', date: '2026-05-09', end: '2026-05-10' },
    { id: 'halftime', date: '2026-06-01' },
    { id: 'raffle', date: '2026-07-15' },
    { id: 'end', date: '2026-07-31' },
];
