import { CLUSTER_CELL_SIZE, clusterPoints, clusterRadius, zoomIntoCluster } from './cluster';

const point = (id: string, lon: number, lat: number) => ({ id, lon, lat });

describe('clusterPoints', () => {
    const near = [point('a', 7.5, 51.5), point('b', 7.5001, 51.5001), point('c', 7.5002, 51.4999)];
    const far = point('d', 7.3, 51.6);

    it('groups nearby points at city zoom and keeps distant ones apart', () => {
        const clusters = clusterPoints([...near, far], 10);
        expect(clusters).toHaveLength(2);
        const group = clusters.find((c) => c.count === 3)!;
        expect(group.ids.sort()).toEqual(['a', 'b', 'c']);
        expect(group.key).toMatch(/^cell:10:/);
        expect(group.lon).toBeCloseTo(7.5001, 6);
        expect(group.lat).toBeCloseTo(51.5, 6);
        const single = clusters.find((c) => c.count === 1)!;
        expect(single).toEqual({ key: 'd', lon: 7.3, lat: 51.6, count: 1, ids: ['d'] });
    });

    it('lets every point stand alone from the maximum zoom', () => {
        expect(clusterPoints(near, 16).map((c) => c.key)).toEqual(['a', 'b', 'c']);
        expect(clusterPoints(near, 12, { maxZoom: 12 })).toHaveLength(3);
    });

    it('splits groups as the zoom grows and never loses a point', () => {
        const grid = Array.from({ length: 400 }, (_, i) => point(String(i), 7.3 + (i % 20) * 0.017, 51.42 + Math.floor(i / 20) * 0.009));
        let previous = 0;
        for (let zoom = 8; zoom <= 16; zoom++) {
            const clusters = clusterPoints(grid, zoom);
            expect(clusters.reduce((sum, c) => sum + c.count, 0)).toBe(400);
            expect(clusters.length).toBeGreaterThanOrEqual(previous);
            previous = clusters.length;
        }
        expect(clusterPoints(grid, 8).length).toBeLessThan(20);
        expect(previous).toBe(400);
    });

    it('uses whole zoom levels so that clusters do not flicker while zooming', () => {
        expect(clusterPoints(near, 10.2)).toEqual(clusterPoints(near, 10.9));
    });

    it('skips points without finite coordinates', () => {
        expect(clusterPoints([point('x', NaN, 51), point('y', 7.5, 51.5)], 10)).toHaveLength(1);
    });

    it('handles 10,000 points quickly', () => {
        const many = Array.from({ length: 10000 }, (_, i) => point(String(i), 7.3 + ((i * 7919) % 1000) / 3000, 51.42 + ((i * 104729) % 1000) / 5500));
        const start = Date.now();
        const clusters = clusterPoints(many, 11);
        expect(Date.now() - start).toBeLessThan(500);
        expect(clusters.length).toBeLessThan(1000);
        expect(clusters.reduce((sum, c) => sum + c.count, 0)).toBe(10000);
    });
});

describe('cluster helpers', () => {
    it('grows the radius with the count, within limits', () => {
        expect(clusterRadius(1)).toBe(7);
        expect(clusterRadius(2)).toBeGreaterThan(clusterRadius(1));
        expect(clusterRadius(100)).toBeGreaterThan(clusterRadius(10));
        expect(clusterRadius(1e6)).toBe(24);
        // a group never covers more than its cell, so neighbouring groups stay apart
        expect(2 * clusterRadius(1e6)).toBeLessThan(CLUSTER_CELL_SIZE);
    });

    it('zooms two levels into a cluster', () => {
        expect(zoomIntoCluster(10.4)).toBe(12);
        expect(zoomIntoCluster(15.5)).toBe(16);
    });
});
