// The `places` resource (entries about the same place, grouped): shared/API.md.

export interface Place {
    id: string;
    name: string;
    lon: number;
    lat: number;
    districtId: string | null;
    entryCount: number;
}
